package uk.nhs.aqp.core.register;

import java.time.LocalDate;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Commissioner;

/**
 * {@code register.late-notification} (a warning): a PCT or cluster notified its SHA of its choices
 * for 2012/13 by 31 October 2011.
 */
final class NotificationDateRule implements RegisterRule {

    static final LocalDate DEADLINE = LocalDate.of(2011, 10, 31);

    @Override
    public void check(Register.Entry entry, Register register, DiagnosticSink sink) {
        Commissioner c = entry.commissioner();
        if (c.choseIn2011() && c.notified() != null && c.notified().isAfter(DEADLINE)) {
            sink.report("register.late-notification", entry.at("/notified"), c.notified(), DEADLINE);
        }
    }
}
