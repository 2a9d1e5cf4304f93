package uk.nhs.aqp.core;

import java.util.List;
import uk.nhs.aqp.core.adapt.TreeDiff;
import uk.nhs.aqp.core.diagnostic.Diagnostic;

/** Differences between two versions of a national pack, and any file that could not be read. */
public record PackComparison(List<TreeDiff.Difference> differences, List<Diagnostic> diagnostics) {

    public PackComparison {
        differences = List.copyOf(differences);
        diagnostics = List.copyOf(diagnostics);
    }
}
