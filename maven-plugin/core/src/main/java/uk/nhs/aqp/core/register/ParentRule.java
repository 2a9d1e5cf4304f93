package uk.nhs.aqp.core.register;

import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Commissioner;

/**
 * {@code register.parent}: a commissioner's {@code sha} names a commissioner of kind sha, and its
 * {@code cluster} one of kind pct-cluster, in the same register.
 */
final class ParentRule implements RegisterRule {

    @Override
    public void check(Register.Entry entry, Register register, DiagnosticSink sink) {
        Commissioner c = entry.commissioner();
        parent(entry, register, "sha", c.sha(), "sha", sink);
        parent(entry, register, "cluster", c.cluster(), "pct-cluster", sink);
    }

    private static void parent(Register.Entry entry, Register register, String field, String id, String kind,
            DiagnosticSink sink) {
        if (id == null) return;
        var parent = register.byId(id);
        if (parent.isEmpty()) {
            sink.report("register.parent", entry.at("/" + field), field, id,
                    "no commissioner folder has that id" + DidYouMean.hint(id, register.ids()));
        } else if (!kind.equals(parent.get().commissioner().kind())) {
            sink.report("register.parent", entry.at("/" + field), field, id,
                    "it is of kind " + parent.get().commissioner().kind() + ", not " + kind);
        }
    }
}
