package uk.nhs.aqp.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
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
import uk.nhs.aqp.core.load.LoadLimits;

/**
 * Validates every pack: YAML well-formedness, the JSON Schema of each file, and the semantic
 * rules across files. Prints every problem as {@code file:line:col: error: [rule.id] /pointer:
 * message}, writes {@code diagnostics.json} and {@code diagnostics.sarif}, and fails the build once
 * with the count if any problem is at or above {@code failOn}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

    /**
     * The folder that printed paths, JSON and SARIF reports are relative to (for pull-request
     * annotations, the repository root). Default: {@code ${project.basedir}}. User property:
     * {@code aqp.root}.
     */
    @Parameter(property = "aqp.root", defaultValue = "${project.basedir}", required = true)
    private File root;

    /**
     * The packs folder, holding {@code standard/}, {@code national/<pack-id>/} and
     * {@code local/}. Default: {@code ${project.basedir}/packs}. User property: {@code aqp.packs}.
     */
    @Parameter(property = "aqp.packs", defaultValue = "${project.basedir}/packs", required = true)
    private File packs;

    /**
     * A folder of JSON Schema files that replace the built-in schemas of the same name (for
     * example {@code kpis.schema.json}). Default: none, the built-in schemas. User property:
     * {@code aqp.schemas}.
     */
    @Parameter(property = "aqp.schemas")
    private File schemas;

    /**
     * The least serious problem that fails the build: {@code error} or {@code warning}.
     * Default: {@code error}. User property: {@code aqp.failOn}.
     */
    @Parameter(property = "aqp.failOn", defaultValue = "error")
    private String failOn;

    /**
     * Where the machine-readable reports {@code diagnostics.json} and {@code diagnostics.sarif}
     * are written. Default: {@code ${project.build.directory}/aqp}. User property: {@code aqp.output}.
     */
    @Parameter(property = "aqp.output", defaultValue = "${project.build.directory}/aqp")
    private File outputDirectory;

    /** Skips validation. Default: {@code false}. User property: {@code aqp.skip}. */
    @Parameter(property = "aqp.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("aqp:validate skipped (aqp.skip=true)");
            return;
        }
        ValidateRequest request = new ValidateRequest(root.toPath(), packs.toPath(),
                Optional.ofNullable(schemas).map(File::toPath), outputDirectory.toPath(),
                Parameters.severity("failOn", failOn), LoadLimits.DEFAULT);
        ValidationResult result;
        try (Toolkit toolkit = Toolkit.open(request.schemaDirectory())) {
            result = toolkit.validate(request, new MavenBuildLog(getLog()));
        } catch (ToolingException e) {
            throw new MojoExecutionException("aqp:validate could not run: " + e.getMessage(), e);
        }
        if (result.failed()) {
            throw new MojoFailureException("Pack validation failed with " + result.summary()
                    + " (failOn=" + request.failOn().label() + "); each problem is listed above with its file:line:column");
        }
    }
}
