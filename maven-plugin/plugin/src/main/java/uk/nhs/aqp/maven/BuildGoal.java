package uk.nhs.aqp.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.ValidateRequest;

/**
 * The goals a build binds that fail on bad packs: {@code validate}, {@code render} and
 * {@code bundle} (and {@code site}, which declares the same two parameters beside the website's).
 */
abstract class BuildGoal extends ReportingGoal {

    /** The least serious problem that fails the build: {@code error} or {@code warning}. */
    @Parameter(property = "aqp.failOn", defaultValue = "error")
    protected String failOn;

    /**
     * Skips every goal of this plugin that a build runs: {@code validate}, {@code render},
     * {@code bundle} and {@code site}. Each also has a property of its own, such as
     * {@code aqp.render.skip}, to skip it alone.
     */
    @Parameter(property = "aqp.skip", defaultValue = "false")
    protected boolean skipAll;

    protected ValidateRequest validateRequest() throws MojoExecutionException {
        return validateRequest(Parameters.severity("failOn", failOn));
    }
}
