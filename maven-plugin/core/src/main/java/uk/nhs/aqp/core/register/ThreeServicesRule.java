package uk.nhs.aqp.core.register;

import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Commissioner;

/**
 * {@code register.fewer-than-three} (a warning): a PCT or cluster that recorded its decisions chose
 * at least three services for 2012/13, national lines or alternative local services.
 */
final class ThreeServicesRule implements RegisterRule {

    static final int MINIMUM = 3;

    @Override
    public void check(Register.Entry entry, Register register, DiagnosticSink sink) {
        Commissioner c = entry.commissioner();
        if (!c.choseIn2011()) return;
        long chosen = c.decisions().stream()
                .filter(d -> "chosen-2012-13".equals(d.decision()) || "alternative".equals(d.decision())).count();
        if (chosen < MINIMUM) {
            sink.report("register.fewer-than-three", entry.at("/decisions"), c.name(),
                    chosen == 1 ? "1 service" : chosen + " services");
        }
    }
}
