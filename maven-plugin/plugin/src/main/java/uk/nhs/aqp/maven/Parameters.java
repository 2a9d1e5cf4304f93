package uk.nhs.aqp.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import uk.nhs.aqp.core.MaintenanceResult;
import uk.nhs.aqp.core.diagnostic.Severity;

/** Checks parameter values that Maven cannot check by type, with a message naming the parameter. */
final class Parameters {

    private Parameters() {
    }

    static Severity severity(String name, String value) throws MojoExecutionException {
        try {
            Severity severity = Severity.parse(value);
            if (severity == Severity.INFO) {
                throw new IllegalArgumentException("info cannot fail a build");
            }
            return severity;
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("parameter " + name + "='" + value
                    + "' is not valid: use error or warning (" + e.getMessage() + ")");
        }
    }

    /** A commissioner or pack id given on the command line: a safe folder name. */
    static String slug(String name, String value) throws MojoExecutionException {
        if (value == null || !value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new MojoExecutionException("parameter " + name + "='" + value
                    + "' is not valid: use lower-case words joined by hyphens, e.g. calderdale-ccg");
        }
        return value;
    }

    /** Logs what a maintenance goal did and fails once if it had to leave anything. */
    static void report(Log log, MaintenanceResult result, String goal) throws MojoFailureException {
        result.report().forEach(log::info);
        if (result.refused()) {
            throw new MojoFailureException(goal + " left files untouched; see the lines above");
        }
    }
}
