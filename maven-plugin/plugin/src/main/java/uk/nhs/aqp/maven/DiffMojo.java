package uk.nhs.aqp.maven;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.PackComparison;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.adapt.TreeDiff;
import uk.nhs.aqp.core.adapt.VariationReport;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Prints the variation report of each local pack: every difference from its national pack with
 * the national value, the local value and the rationale. With {@code aqp.from} and {@code aqp.to}
 * it instead compares two versions of a national pack folder.
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends ProjectGoal {

    /** Only this commissioner's local packs. Unset: every commissioner's. */
    @Parameter(property = "aqp.commissioner")
    private String commissioner;

    /**
     * A national pack folder to compare from (the older version), with {@code to}. Unset: print the
     * variations of the local packs instead. A folder that does not exist fails the goal.
     */
    @Parameter(property = "aqp.from")
    private File from;

    /** A national pack folder to compare to (the newer version), with {@code from}. */
    @Parameter(property = "aqp.to")
    private File to;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if ((from == null) != (to == null)) {
            throw new MojoExecutionException("aqp.from and aqp.to go together: give both pack folders, or neither");
        }
        ValidateRequest request = readRequest();
        try (Toolkit toolkit = Toolkit.open(request)) {
            if (from != null) {
                compare(toolkit);
            } else {
                report(toolkit.check(request, BuildLog.silent()));
            }
        } catch (ToolingException e) {
            throw new MojoExecutionException("aqp:diff could not run: " + e.getMessage(), e);
        }
    }

    private void compare(Toolkit toolkit) throws MojoFailureException {
        PackComparison c = toolkit.compare(root.toPath(), from.toPath(), to.toPath());
        c.diagnostics().forEach(d -> getLog().error(d.format()));
        if (!c.diagnostics().isEmpty()) {
            throw new MojoFailureException("aqp:diff could not compare " + from + " with " + to + ": "
                    + c.diagnostics().size() + (c.diagnostics().size() == 1 ? " problem" : " problems")
                    + ", listed above");
        }
        getLog().info(from + " -> " + to + ": " + c.differences().size() + " differences");
        c.differences().stream().map(TreeDiff.Difference::describe).forEach(line -> getLog().info("  " + line));
    }

    private void report(ValidationResult result) throws MojoFailureException {
        if (result.failed()) {
            result.diagnostics().forEach(d -> getLog().error(d.format()));
            throw new MojoFailureException("fix the " + result.summary() + " above before reading variations");
        }
        result.localPacks().stream()
                .filter(p -> commissioner == null || p.local().get().commissioner().id().equals(commissioner))
                .flatMap(p -> VariationReport.text(p).stream())
                .forEach(getLog()::info);
    }
}
