package uk.nhs.aqp.core.qualify;

import java.nio.file.Path;
import java.util.Objects;
import uk.nhs.aqp.core.ValidateRequest;

/**
 * One qualification dry run: the validation it starts with, and the folder its reports replace.
 *
 * @param outputDirectory replaced as a whole on every run: {@code index.html}, {@code summary.json},
 *     and per application {@code <pack output>/<provider-id>.html} and {@code .json}
 * @param pdf whether each application's report is also a PDF ({@code .pdf}; starts the Asciidoctor engine)
 */
public record QualifyRequest(ValidateRequest validation, Path outputDirectory, boolean pdf) {

    public QualifyRequest {
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
    }

    /** Defaults for a project: its validation defaults, reports in {@code target/aqp/qualify}, no PDF. */
    public static QualifyRequest forProject(Path projectRoot) {
        return new QualifyRequest(ValidateRequest.forProject(projectRoot), projectRoot.resolve("target/aqp/qualify"), false);
    }

    public QualifyRequest withPdf(boolean withPdf) {
        return new QualifyRequest(validation, outputDirectory, withPdf);
    }
}
