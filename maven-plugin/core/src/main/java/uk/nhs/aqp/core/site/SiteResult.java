package uk.nhs.aqp.core.site;

import java.nio.file.Path;
import java.util.List;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.Severity;

/**
 * What a site build did.
 *
 * @param diagnostics the site's own problems ({@code site.*}): broken links and anchors, broken templates
 * @param index the home page written, or where it would have been
 * @param pages how many pages the site has
 * @param stages how long each stage took, for the log
 */
public record SiteResult(List<Diagnostic> diagnostics, Path index, int pages, StageTimes stages) {

    public SiteResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when the site had errors and was not written. */
    public boolean failed() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
