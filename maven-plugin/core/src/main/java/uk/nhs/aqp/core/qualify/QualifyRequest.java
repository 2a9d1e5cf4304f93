package uk.nhs.aqp.core.qualify;

import java.nio.file.Path;
import java.util.Objects;
import uk.nhs.aqp.core.ValidateRequest;

/**
 * One qualification dry run: the validation it starts with, and the folder its reports replace.
 *
 * @param outputDirectory replaced as a whole on every run: {@code index.html}, {@code summary.json},
 *     and per application {@code <pack output>/<provider-id>.html} and {@code .json}
 */
public record QualifyRequest(ValidateRequest validation, Path outputDirectory) {

    public QualifyRequest {
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
    }

    /** Defaults for a project: its validation defaults, reports in {@code target/aqp/qualify}. */
    public static QualifyRequest forProject(Path projectRoot) {
        return new QualifyRequest(ValidateRequest.forProject(projectRoot), projectRoot.resolve("target/aqp/qualify"));
    }
}
