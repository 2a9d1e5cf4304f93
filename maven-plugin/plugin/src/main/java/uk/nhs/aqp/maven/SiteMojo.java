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

    /** Skips the website. Default: {@code false}. User property: {@code aqp.site.skip}. */
    @Parameter(property = "aqp.site.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("aqp:site skipped (aqp.site.skip=true)");
            return;
        }
        SiteRequest request = siteRequest();
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
        }
        if (result.failed()) {
            throw new MojoFailureException("The site has " + result.diagnostics().size()
                    + " problems (listed above with page and target); the previous site was left in place");
        }
    }
}
