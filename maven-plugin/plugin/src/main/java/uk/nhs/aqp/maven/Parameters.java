package uk.nhs.aqp.maven;

import org.apache.maven.plugin.MojoExecutionException;
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
}
