package uk.nhs.aqp.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.qualify.QualifyRequest;
import uk.nhs.aqp.core.qualify.QualifyResult;

/**
 * The qualification dry run: validates the packs and the provider applications beside them
 * ({@code applications/<provider-id>.yaml} in a national or local pack's folder, also checked by
 * {@code aqp:validate}), then evaluates every application against the standard questionnaire as
 * its pack amends it, its criteria and its patient-choice items, and replaces the report folder
 * with an HTML page, a PDF and a JSON file per application and {@code index.html} and
 * {@code summary.json} listing the questions no application answered cleanly. A failing
 * application does not fail the build: reporting it is the point of a dry run. Bad packs or
 * applications do, as in {@code aqp:validate}. Not bound to a phase; run {@code mvn aqp:qualify}.
 */
@Mojo(name = "qualify", threadSafe = true)
public class QualifyMojo extends BuildGoal {

    /**
     * The report folder, replaced as a whole on every run. It must be new, empty or made by the
     * toolkit (it holds {@code .aqp-output}); any other folder is refused and left untouched.
     */
    @Parameter(property = "aqp.qualify.output", defaultValue = "${project.build.directory}/aqp/qualify", required = true)
    private File qualifyDirectory;

    /**
     * Whether each application's report is also a PDF, beside its HTML page (through the packs' PDF
     * theme; starts the Asciidoctor engine, which takes seconds). {@code false} for HTML and JSON only.
     */
    @Parameter(property = "aqp.pdf", defaultValue = "true")
    private boolean pdf;

    /** Skips this goal alone; {@code aqp.skip} skips it too. */
    @Parameter(property = "aqp.qualify.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("qualify", skipAll, skip, "aqp.qualify.skip")) {
            return;
        }
        QualifyRequest request = new QualifyRequest(validateRequest(), qualifyDirectory.toPath(), pdf);
        QualifyResult result;
        try (Toolkit toolkit = Toolkit.open(request.validation())) {
            result = toolkit.qualify(request, new MavenBuildLog(getLog()));
        } catch (ToolingException e) {
            throw new MojoExecutionException("aqp:qualify could not run: " + e.getMessage(), e);
        }
        if (!result.written()) {
            throw new MojoFailureException("Pack validation failed with " + result.validation().summary()
                    + " (failOn=" + request.validation().failOn().label() + "), so no application was dry-run and the "
                    + "previous reports are untouched; each problem is listed above with its file:line:column");
        }
    }
}
