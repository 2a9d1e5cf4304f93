package uk.nhs.aqp.core.render;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.Severity;

/**
 * What a render produced.
 *
 * @param diagnostics the {@code template.*} and {@code adoc.*} diagnostics, sorted
 * @param documents how many documents were generated as AsciiDoc
 * @param html how many were converted to HTML
 * @param pdf how many were converted to PDF
 * @param documentsDirectory where the HTML and PDF are (unchanged when the render failed)
 * @param published true if the documents were written
 * @param elapsed the time the whole render took
 * @param failOn the least serious severity that fails the run
 * @param converted how many HTML and PDF files this build converted
 * @param fromCache how many it took from the render cache instead
 */
public record RenderResult(List<Diagnostic> diagnostics, int documents, int html, int pdf, Path documentsDirectory,
        boolean published, Duration elapsed, Severity failOn, int converted, int fromCache) {

    public RenderResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(d -> d.severity().atLeast(failOn));
    }

    /** {@code 1 error, 0 warnings}. */
    public String summary() {
        long errors = count(Severity.ERROR);
        long warnings = count(Severity.WARNING);
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
