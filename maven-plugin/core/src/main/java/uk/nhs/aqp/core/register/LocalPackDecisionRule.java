package uk.nhs.aqp.core.register;

import java.util.List;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Decision;

/**
 * Decisions and local packs agree, once a commissioner records decisions.
 * {@code register.pack-missing}: a decision's {@code localPack} is a folder of the commissioner's
 * with an adaptation. {@code register.pack-without-decision}: every local pack has a decision that
 * names it. {@code register.pack-line}: the local pack named is of the decision's service line.
 * {@code register.aqp-without-pack} (a warning): a line chosen for 2012/13 through AQP
 * names the local pack implementing it.
 */
final class LocalPackDecisionRule implements RegisterRule {

    @Override
    public void check(Register.Entry entry, Register register, DiagnosticSink sink) {
        Commissioner c = entry.commissioner();
        if (c.decisions().isEmpty()) return;
        List<Decision> decisions = c.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            if (d.localPack() != null && !entry.localPacks().contains(d.localPack())) {
                sink.report("register.pack-missing", entry.atDecision(i, "localPack"), d.localPack(), c.id(),
                        DidYouMean.hint(d.localPack(), entry.localPacks()));
            } else if (d.localPack() != null && entry.serviceLines().containsKey(d.localPack())
                    && !entry.serviceLines().get(d.localPack()).equals(d.serviceLine())) {
                sink.report("register.pack-line", entry.atDecision(i, "localPack"), d.localPack(),
                        entry.serviceLines().get(d.localPack()), d.serviceLine());
            } else if (d.localPack() == null && d.aqp() && "chosen-2012-13".equals(d.decision())) {
                sink.report("register.aqp-without-pack", entry.atDecision(i, "decision"), d.serviceLine());
            }
        }
        for (String pack : entry.localPacks()) {
            if (decisions.stream().noneMatch(d -> pack.equals(d.localPack()))) {
                sink.report("register.pack-without-decision", entry.at("/decisions"), pack, c.id());
            }
        }
    }
}
