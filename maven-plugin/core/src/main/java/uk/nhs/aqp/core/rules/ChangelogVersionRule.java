package uk.nhs.aqp.core.rules;

import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.PackManifest;
import uk.nhs.aqp.core.source.FileKind;

/** {@code pack.changelog-version}: the newest (first) changelog entry is the pack's version. */
final class ChangelogVersionRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.PACK);
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        PackManifest m = context.manifest();
        String newest = m.changelog().get(0).version();
        if (!newest.equals(m.version())) {
            sink.report("pack.changelog-version", context.at(FileKind.PACK, "/changelog/0/version"),
                    newest, m.version());
        }
    }
}
