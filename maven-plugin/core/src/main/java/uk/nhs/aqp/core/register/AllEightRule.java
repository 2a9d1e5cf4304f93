package uk.nhs.aqp.core.register;

import java.util.List;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.ServiceLines;

/**
 * {@code register.not-all-eight} (a warning): by 2013/14 a PCT or cluster has a decision on each of
 * the eight national lines; a line it will not implement is declined, with the reason.
 */
final class AllEightRule implements RegisterRule {

    @Override
    public void check(Register.Entry entry, Register register, DiagnosticSink sink) {
        Commissioner c = entry.commissioner();
        if (!c.choseIn2011()) return;
        List<String> missing = ServiceLines.ALL.stream().filter(line -> c.decision(line).isEmpty()).toList();
        if (!missing.isEmpty()) {
            sink.report("register.not-all-eight", entry.at("/decisions"), c.name(), String.join(", ", missing));
        }
    }
}
