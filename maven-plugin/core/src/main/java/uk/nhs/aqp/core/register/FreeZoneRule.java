package uk.nhs.aqp.core.register;

import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Decision;
import uk.nhs.aqp.core.model.Locality;

/**
 * {@code register.free-zone} (a warning): "no AQP free zones". Every locality of a commissioner
 * that recorded decisions has at least one service chosen, planned or offered as an alternative;
 * a decision without localities covers them all.
 */
final class FreeZoneRule implements RegisterRule {

    @Override
    public void check(Register.Entry entry, Register register, DiagnosticSink sink) {
        Commissioner c = entry.commissioner();
        if (c.decisions().isEmpty()) return;
        for (int i = 0; i < c.localities().size(); i++) {
            Locality locality = c.localities().get(i);
            boolean served = c.decisions().stream().filter(Decision::implemented)
                    .anyMatch(d -> d.localities().isEmpty() || d.localities().contains(locality.id()));
            if (!served) {
                sink.report("register.free-zone", entry.at("/localities/" + i),
                        locality.name() == null ? "'" + locality.id() + "'" : locality.name() + " (" + locality.id() + ")",
                        c.name());
            }
        }
    }
}
