package uk.nhs.aqp.core.rules;

import java.util.List;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.BundleLimits;
import uk.nhs.aqp.core.model.Qualification.Criterion;
import uk.nhs.aqp.core.source.FileKind;

/**
 * {@code qualification.evidence-length}: a criterion's evidence items, one per line, fit one
 * spreadsheet cell, because the bundle's qualification-criteria table holds them in one cell. Each
 * item is bounded by its schema; this bounds their sum. Reported at the item that crosses the limit.
 */
final class EvidenceLengthRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.QUALIFICATION);
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        List<Criterion> criteria = context.qualification().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            List<String> evidence = criteria.get(i).evidence();
            int total = 0;
            int crossing = -1;
            for (int k = 0; k < evidence.size(); k++) {
                total += (k == 0 ? 0 : 1) + evidence.get(k).length(); // items are joined by a line feed
                if (crossing < 0 && total > BundleLimits.CELL_CHARACTERS) {
                    crossing = k;
                }
            }
            if (crossing >= 0) {
                sink.report("qualification.evidence-length",
                        context.at(FileKind.QUALIFICATION, "/criteria/" + i + "/evidence/" + crossing),
                        criteria.get(i).id(), total, BundleLimits.CELL_CHARACTERS);
            }
        }
    }
}
