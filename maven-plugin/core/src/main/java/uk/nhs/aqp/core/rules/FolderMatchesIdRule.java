package uk.nhs.aqp.core.rules;

import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.FileKind;

/** {@code pack.folder-mismatch}: the pack folder's name equals the pack id. */
final class FolderMatchesIdRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.PACK);
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        String id = context.manifest().id();
        String folder = context.folderName();
        if (!id.equals(folder)) {
            sink.report("pack.folder-mismatch", context.at(FileKind.PACK, "/id"), id, folder);
        }
    }
}
