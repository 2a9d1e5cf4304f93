package uk.nhs.aqp.maven;

import java.io.File;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.Severity;

/**
 * The goals that validate the packs and write the reports of it: {@code validate}, {@code render},
 * {@code bundle}, {@code site} and {@code serve}. Holds no logic beyond building the request and
 * reusing the build's validation.
 */
abstract class ReportingGoal extends ProjectGoal {

    /**
     * Where the machine-readable reports {@code diagnostics.json} and {@code diagnostics.sarif}
     * are written (and, for {@code aqp:render}, the {@code docs/} and {@code adoc/} folders). It
     * must be new, empty or made by the toolkit (it holds {@code .aqp-output}); any other folder is
     * refused and left untouched.
     */
    @Parameter(property = "aqp.output", defaultValue = "${project.build.directory}/aqp")
    protected File outputDirectory;

    protected ValidateRequest validateRequest(Severity failOn) {
        return request(outputDirectory, failOn);
    }

    /**
     * Validates once per build: goals bound in the same build (validate, render, bundle, site)
     * reuse the first result for the same request instead of reading every pack again.
     */
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

    /** Whether to skip this goal, logging why: {@code aqp.skip} skips every build goal, {@code own} this one. */
    protected boolean skipped(String goal, boolean all, boolean own, String ownProperty) {
        if (all || own) {
            getLog().info("aqp:" + goal + " skipped (" + (own ? ownProperty : "aqp.skip") + "=true)");
            return true;
        }
        return false;
    }
}
