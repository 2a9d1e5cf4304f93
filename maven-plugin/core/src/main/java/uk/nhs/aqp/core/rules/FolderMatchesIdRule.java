package uk.nhs.aqp.core.rules;

import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.FileKind;

/** {@code pack.folder-mismatch}: the pack folder's name equals the pack id. */
final class FolderMatchesIdRule implements PackRule {

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        String id = context.pack().manifest().id();
        String folder = context.pack().sources().folderName();
        if (!id.equals(folder)) {
            sink.report("pack.folder-mismatch", context.at(FileKind.PACK, "/id"), id, folder);
        }
    }
}
