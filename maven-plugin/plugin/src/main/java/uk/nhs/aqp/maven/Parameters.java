package uk.nhs.aqp.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import uk.nhs.aqp.core.MaintenanceResult;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.render.RenderRequest;
import java.nio.file.Path;
import java.util.Optional;

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

    /** {@code 0} for every core, else at least one. */
    static int threads(String name, int value) throws MojoExecutionException {
        if (value < 0) {
            throw new MojoExecutionException("parameter " + name + "=" + value
                    + " is not valid: use 0 for every core, or how many documents to convert at once");
        }
        return value == 0 ? Runtime.getRuntime().availableProcessors() : value;
    }

    /** {@code off}, or a folder, with its size bound in megabytes. */
    static RenderRequest.CacheSettings renderCache(String name, String value, long maxMegabytes)
            throws MojoExecutionException {
        if (maxMegabytes < 1) {
            throw new MojoExecutionException("parameter " + name + ".maxMegabytes=" + maxMegabytes
                    + " is not valid: give the cache's size bound in megabytes, e.g. 2048");
        }
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("off")) {
            return RenderRequest.CacheSettings.OFF;
        }
        return RenderRequest.CacheSettings.at(Path.of(value.trim()), maxMegabytes * 1024 * 1024);
    }

    /** {@code K/N}, or nothing. */
    /**
     * The warm converter a render uses: {@code warm} or {@code in-build}; unset, warm unless
     * {@code ci} (the environment's {@code CI}) is set.
     */
    static Optional<RenderRequest.WarmConverter> warmConverter(String name, String value, String ci, Path folder,
            int idleMinutes) throws MojoExecutionException {
        String choice = value == null || value.isBlank() ? (ci == null || ci.isBlank() ? "warm" : "in-build")
                : value.trim();
        if (idleMinutes < 1) {
            throw new MojoExecutionException("parameter converterIdleMinutes is " + idleMinutes
                    + ": give the minutes the warm converter waits for the next build, 1 or more");
        }
        return switch (choice) {
            case "warm" -> Optional.of(new RenderRequest.WarmConverter(folder, java.time.Duration.ofMinutes(idleMinutes)));
            case "in-build" -> Optional.empty();
            default -> throw new MojoExecutionException("parameter " + name + " is '" + value
                    + "': write warm (a converter kept between builds) or in-build (convert in the build's own JVM)");
        };
    }

    static Optional<RenderRequest.Shard> shard(String name, String value) throws MojoExecutionException {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RenderRequest.Shard.parse(value));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("parameter " + name + " is not valid: " + e.getMessage());
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
