package uk.nhs.aqp.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.load.LoadLimits;

/**
 * The parameters every goal that reads the packs shares, and the validation request they make.
 * Only configuration: each goal's {@code execute} makes its own call into the core.
 */
abstract class PackMojo extends AbstractMojo {

    /**
     * The folder that printed paths, JSON and SARIF reports are relative to (for pull-request
     * annotations, the repository root). Default: {@code ${project.basedir}}. User property:
     * {@code aqp.root}.
     */
    @Parameter(property = "aqp.root", defaultValue = "${project.basedir}", required = true)
    protected File root;

    /**
     * The packs folder, holding {@code standard/}, {@code national/<pack-id>/} and
     * {@code local/}. Default: {@code ${project.basedir}/packs}. User property: {@code aqp.packs}.
     */
    @Parameter(property = "aqp.packs", defaultValue = "${project.basedir}/packs", required = true)
    protected File packs;

    /**
     * A folder of JSON Schema files that replace the built-in schemas of the same name (for
     * example {@code kpis.schema.json}). Default: none, the built-in schemas. User property:
     * {@code aqp.schemas}.
     */
    @Parameter(property = "aqp.schemas")
    protected File schemas;

    /**
     * The least serious problem that fails the build: {@code error} or {@code warning}.
     * Default: {@code error}. User property: {@code aqp.failOn}.
     */
    @Parameter(property = "aqp.failOn", defaultValue = "error")
    protected String failOn;

    /**
     * The toolkit's output folder: the reports {@code diagnostics.json} and
     * {@code diagnostics.sarif}, and (aqp:render) the documents in {@code docs/<pack-id>/} and the
     * generated AsciiDoc in {@code adoc/<pack-id>/}. Default: {@code ${project.build.directory}/aqp}.
     * User property: {@code aqp.output}.
     */
    @Parameter(property = "aqp.output", defaultValue = "${project.build.directory}/aqp")
    protected File outputDirectory;

    /** Skips the goal. Default: {@code false}. User property: {@code aqp.skip}. */
    @Parameter(property = "aqp.skip", defaultValue = "false")
    protected boolean skip;

    /** The validation request these parameters describe. */
    protected ValidateRequest validateRequest() throws MojoExecutionException {
        return new ValidateRequest(root.toPath(), packs.toPath(), Optional.ofNullable(schemas).map(File::toPath),
                outputDirectory.toPath(), Parameters.severity("failOn", failOn), LoadLimits.DEFAULT);
    }
}
