package uk.nhs.aqp.core.register;

import java.util.List;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Commissioner;

/**
 * {@code register.not-all-eight} (a warning): by 2013/14 a PCT or cluster has a decision on each of
 * the eight national lines; a line it will not implement is declined, with the reason.
 */
final class AllEightRule implements RegisterRule {

    /** The eight national service lines, in the order of the programme's list. */
    static final List<String> SERVICE_LINES = List.of("msk-back-neck-pain", "adult-hearing", "continence",
            "diagnostics-direct-access", "wheelchairs", "leg-ulcer-wound-healing", "psychological-therapies",
            "podiatry");

    @Override
    public void check(Register.Entry entry, Register register, DiagnosticSink sink) {
        Commissioner c = entry.commissioner();
        if (!c.choseIn2011()) return;
        List<String> missing = SERVICE_LINES.stream().filter(line -> c.decision(line).isEmpty()).toList();
        if (!missing.isEmpty()) {
            sink.report("register.not-all-eight", entry.at("/decisions"), c.name(), String.join(", ", missing));
        }
    }
}
