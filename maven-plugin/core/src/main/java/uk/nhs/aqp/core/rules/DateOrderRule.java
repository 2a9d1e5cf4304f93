package uk.nhs.aqp.core.rules;

import java.util.List;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.PackManifest;
import uk.nhs.aqp.core.model.PackManifest.ChangelogEntry;
import uk.nhs.aqp.core.source.FileKind;

/**
 * {@code pack.date-order}: the review date follows publication; the changelog runs newest first,
 * by date and by version. {@code pack.published-date}: a published pack says when.
 */
final class DateOrderRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.PACK);
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        PackManifest m = context.manifest();
        if (m.published() != null && m.reviewDate() != null && !m.reviewDate().isAfter(m.published())) {
            sink.report("pack.date-order", context.at(FileKind.PACK, "/reviewDate"),
                    "reviewDate " + m.reviewDate(), "after publication on " + m.published());
        }
        if ("published".equals(m.status()) && m.published() == null) {
            sink.report("pack.published-date", context.at(FileKind.PACK, "/status"));
        }
        List<ChangelogEntry> log = m.changelog();
        for (int i = 1; i < log.size(); i++) {
            ChangelogEntry newer = log.get(i - 1);
            ChangelogEntry older = log.get(i);
            if (older.date().isAfter(newer.date())) {
                sink.report("pack.date-order", context.at(FileKind.PACK, "/changelog/" + i + "/date"),
                        "entry " + older.version() + " dated " + older.date(),
                        "on or before " + newer.date() + ", the date of the entry above it (newest first)");
            }
            if (SemanticVersion.compare(older.version(), newer.version()) >= 0) {
                sink.report("pack.changelog-order", context.at(FileKind.PACK, "/changelog/" + i + "/version"),
                        older.version(), newer.version());
            }
        }
    }
}
