package uk.nhs.aqp.core.rules;

import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.PackManifest;
import uk.nhs.aqp.core.source.FileKind;

/** {@code pack.changelog-version}: the newest (first) changelog entry is the pack's version. */
final class ChangelogVersionRule implements PackRule {

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        PackManifest m = context.pack().manifest();
        String newest = m.changelog().get(0).version();
        if (!newest.equals(m.version())) {
            sink.report("pack.changelog-version", context.at(FileKind.PACK, "/changelog/0/version"),
                    newest, m.version());
        }
    }
}
