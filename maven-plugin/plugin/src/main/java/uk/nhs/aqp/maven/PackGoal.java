package uk.nhs.aqp.maven;

import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import java.util.Map;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.load.LoadLimits;

/**
 * The parameters every goal shares: where the packs are, what paths are relative to, schema
 * overrides, reports and failOn. Holds no logic beyond building the request.
 */
abstract class PackGoal extends AbstractMojo {

    /**
     * The folder that printed paths, JSON and SARIF reports are relative to (for pull-request
     * annotations, the repository root). It is also the project whose files the toolkit reads:
     * nothing outside it and the folders given by {@code packs}, {@code schemas} and
     * {@code templates} is read, and a link that leads elsewhere is refused at the link.
     * Default: {@code ${project.basedir}}. User property: {@code aqp.root}.
     */
    @Parameter(property = "aqp.root", defaultValue = "${project.basedir}", required = true)
    protected File root;

    /**
     * The packs folder, holding {@code standard/}, {@code national/<pack-id>/} and
     * {@code local/<commissioner>/}. Default: {@code ${project.basedir}/packs}. User property:
     * {@code aqp.packs}.
     */
    @Parameter(property = "aqp.packs", defaultValue = "${project.basedir}/packs", required = true)
    protected File packs;

    /**
     * A folder of JSON Schema files that replace the built-in schemas of the same name (for
     * example {@code kpis.schema.json}); a file that is a link leading outside the project stops
     * the build. Default: none, the built-in schemas. User property: {@code aqp.schemas}.
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
     * Where the machine-readable reports {@code diagnostics.json} and {@code diagnostics.sarif}
     * are written (and, for {@code aqp:render}, the {@code docs/} and {@code adoc/} folders). It
     * must be new, empty or made by the toolkit (it holds {@code .aqp-output}); any other folder is
     * refused and left untouched. Default: {@code ${project.build.directory}/aqp}. User property:
     * {@code aqp.output}.
     */
    @Parameter(property = "aqp.output", defaultValue = "${project.build.directory}/aqp")
    protected File outputDirectory;

    /**
     * Validates once per build: goals bound in the same build (validate, render, bundle, site)
     * reuse the first result for the same request instead of reading every pack again.
     */
    @SuppressWarnings("unchecked")
    protected ValidationResult validated(Toolkit toolkit, ValidateRequest request, BuildLog log) {
        Map<Object, Object> context = getPluginContext();
        Object cached = context == null ? null : context.get(CachedValidation.class.getName());
        if (cached instanceof CachedValidation c && c.request().equals(request)) {
            getLog().debug("aqp: reusing this build's validation of " + request.packsDirectory());
            return c.result();
        }
        ValidationResult result = toolkit.validate(request, log);
        if (context != null) {
            context.put(CachedValidation.class.getName(), new CachedValidation(request, result));
        }
        return result;
    }

    /** A validation result and the request it answers, kept in the plugin context for the build. */
    private record CachedValidation(ValidateRequest request, ValidationResult result) {
    }

    protected ValidateRequest validateRequest() throws MojoExecutionException {
        return new ValidateRequest(root.toPath(), packs.toPath(), Optional.ofNullable(schemas).map(File::toPath),
                outputDirectory.toPath(), Parameters.severity("failOn", failOn), LoadLimits.DEFAULT);
    }
}
