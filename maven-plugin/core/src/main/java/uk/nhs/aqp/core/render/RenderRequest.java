package uk.nhs.aqp.core.render;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.Severity;

/**
 * Everything one render needs, fixed before any work starts.
 *
 * @param projectRoot diagnostics print paths relative to it
 * @param outputDirectory the toolkit's output folder ({@code target/aqp}): documents go to its
 *        {@code docs/<pack-id>/}, the generated AsciiDoc to {@code adoc/<pack-id>/}
 * @param templatesDirectory a folder whose {@code adoc/} files replace the built-in templates of the same name
 * @param pdf false to make HTML only (a quick preview)
 * @param failOn the least serious severity that fails the run
 * @param threads how many conversions run at once on the shared Asciidoctor instance
 */
public record RenderRequest(Path projectRoot, Path outputDirectory, Optional<Path> templatesDirectory, boolean pdf,
        Severity failOn, int threads) {

    public RenderRequest {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(templatesDirectory, "templatesDirectory");
        Objects.requireNonNull(failOn, "failOn");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** Defaults for a project: {@code target/aqp}, its {@code templates/} folder, HTML and PDF, fail on errors, 2 threads. */
    public static RenderRequest forProject(Path projectRoot) {
        return new RenderRequest(projectRoot, projectRoot.resolve("target/aqp"),
                Optional.of(projectRoot.resolve("templates")), true, Severity.ERROR, 2);
    }

    public Path documentsDirectory() {
        return outputDirectory.resolve("docs");
    }

    public Path asciidocDirectory() {
        return outputDirectory.resolve("adoc");
    }

    public RenderRequest withPdf(boolean newPdf) {
        return new RenderRequest(projectRoot, outputDirectory, templatesDirectory, newPdf, failOn, threads);
    }

    public RenderRequest withOutput(Path newOutput) {
        return new RenderRequest(projectRoot, newOutput, templatesDirectory, pdf, failOn, threads);
    }

    public RenderRequest withTemplates(Optional<Path> newTemplates) {
        return new RenderRequest(projectRoot, outputDirectory, newTemplates, pdf, failOn, threads);
    }

    public RenderRequest withFailOn(Severity severity) {
        return new RenderRequest(projectRoot, outputDirectory, templatesDirectory, pdf, severity, threads);
    }
}
