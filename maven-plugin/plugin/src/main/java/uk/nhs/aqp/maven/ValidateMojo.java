package uk.nhs.aqp.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Validates every pack: YAML well-formedness, the JSON Schema of each file, and the semantic
 * rules across files. Prints every problem as {@code file:line:col: error: [rule.id] /pointer:
 * message}, writes {@code diagnostics.json} and {@code diagnostics.sarif}, and fails the build once
 * with the count if any problem is at or above {@code failOn}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends BuildGoal {

    /** Skips this goal alone; {@code aqp.skip} skips it too. */
    @Parameter(property = "aqp.validate.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("validate", skipAll, skip, "aqp.validate.skip")) {
            return;
        }
        ValidateRequest request = validateRequest();
        ValidationResult result;
        try (Toolkit toolkit = Toolkit.open(request)) {
            result = validated(toolkit, request, new MavenBuildLog(getLog()));
        } catch (ToolingException e) {
            throw new MojoExecutionException("aqp:validate could not run: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw outOfMemory("aqp:validate", e);
        }
        if (result.failed()) {
            throw new MojoFailureException("Pack validation failed with " + result.summary()
                    + " (failOn=" + request.failOn().label() + "); each problem is listed above with its file:line:column");
        }
    }
}
