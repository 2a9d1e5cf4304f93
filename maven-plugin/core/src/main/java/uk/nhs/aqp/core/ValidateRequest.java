package uk.nhs.aqp.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.load.LoadLimits;

/**
 * Everything one validation run needs, fixed before any work starts.
 *
 * @param projectRoot diagnostics print paths relative to it
 * @param packsDirectory the folder holding {@code standard/}, {@code national/} and {@code local/}
 * @param schemaDirectory a folder whose schema files replace the built-in ones of the same name
 * @param outputDirectory where {@code diagnostics.json} and {@code diagnostics.sarif} are written
 * @param failOn the least serious severity that fails the run
 * @param limits file-size, alias, depth and node limits for YAML
 */
public record ValidateRequest(Path projectRoot, Path packsDirectory, Optional<Path> schemaDirectory,
        Path outputDirectory, Severity failOn, LoadLimits limits) {

    public ValidateRequest {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(packsDirectory, "packsDirectory");
        Objects.requireNonNull(schemaDirectory, "schemaDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(limits, "limits");
    }

    /** Defaults for a project: {@code packs/}, built-in schemas, {@code target/aqp}, fail on errors. */
    public static ValidateRequest forProject(Path projectRoot) {
        return new ValidateRequest(projectRoot, projectRoot.resolve("packs"), Optional.empty(),
                projectRoot.resolve("target/aqp"), Severity.ERROR, LoadLimits.DEFAULT);
    }

    /** The folders this request reads (the packs and any schema folder): no output may be, or hold, one of them. */
    public List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(List.of(packsDirectory));
        schemaDirectory.ifPresent(inputs::add);
        return List.copyOf(inputs);
    }

    public ValidateRequest withPacks(Path packs) {
        return new ValidateRequest(projectRoot, packs, schemaDirectory, outputDirectory, failOn, limits);
    }

    public ValidateRequest withLimits(LoadLimits newLimits) {
        return new ValidateRequest(projectRoot, packsDirectory, schemaDirectory, outputDirectory, failOn, newLimits);
    }

    public ValidateRequest withFailOn(Severity severity) {
        return new ValidateRequest(projectRoot, packsDirectory, schemaDirectory, outputDirectory, severity, limits);
    }
}
