package uk.nhs.aqp.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.site.SiteRequest;
import uk.nhs.aqp.core.site.SiteResult;

/**
 * Builds the published website into one folder: a page per national and local pack, the AQP map,
 * the rules, the quality report, search with an A to Z, a sitemap and a 404 page, in the NHS.UK
 * design system, with the documents and bundle of the same build copied in. Validates first;
 * checks every internal link and anchor, and fails on a broken one. Prints the path of
 * {@code index.html}.
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class SiteMojo extends SiteGoal {

    /** The least serious problem that fails the build: {@code error} or {@code warning}. */
    @Parameter(property = "aqp.failOn", defaultValue = "error")
    private String failOn;

    /**
     * Skips every goal of this plugin that a build runs: {@code validate}, {@code render},
     * {@code bundle} and {@code site}. Each also has a property of its own, such as
     * {@code aqp.site.skip}, to skip it alone.
     */
    @Parameter(property = "aqp.skip", defaultValue = "false")
    private boolean skipAll;

    /** Skips this goal alone; {@code aqp.skip} skips it too. */
    @Parameter(property = "aqp.site.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("site", skipAll, skip, "aqp.site.skip")) {
            return;
        }
        SiteRequest request = siteRequest(Parameters.severity("failOn", failOn));
        SiteResult result;
        try (Toolkit toolkit = Toolkit.open(request.validation())) {
            ValidationResult validation = validated(toolkit, request.validation(), new MavenBuildLog(getLog()));
            if (validation.failed()) {
                throw new MojoFailureException("Pack validation failed with " + validation.summary()
                        + "; the site was not built. Each problem is listed above with its file:line:column");
            }
            result = toolkit.site(request, validation, new MavenBuildLog(getLog()));
        } catch (ToolingException e) {
            throw new MojoExecutionException("aqp:site could not run: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw outOfMemory("aqp:site", e);
        }
        if (result.failed()) {
            throw new MojoFailureException("The site has " + result.diagnostics().size()
                    + " problems (listed above with page and target); the previous site was left in place");
        }
    }
}
