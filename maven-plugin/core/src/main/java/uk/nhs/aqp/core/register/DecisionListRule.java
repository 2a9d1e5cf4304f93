package uk.nhs.aqp.core.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Decision;

/**
 * {@code register.duplicate-decision}: one decision per service line.
 * {@code register.unknown-locality}: a decision covers only localities the commissioner lists.
 */
final class DecisionListRule implements RegisterRule {

    @Override
    public void check(Register.Entry entry, Register register, DiagnosticSink sink) {
        Commissioner c = entry.commissioner();
        Map<String, Integer> first = new HashMap<>();
        List<Decision> decisions = c.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            Integer earlier = first.putIfAbsent(d.serviceLine(), i);
            if (earlier != null) {
                sink.report("register.duplicate-decision", entry.atDecision(i, "serviceLine"), d.serviceLine(),
                        entry.atDecision(earlier, "serviceLine").line());
            }
            for (int j = 0; j < d.localities().size(); j++) {
                String locality = d.localities().get(j);
                if (!c.localities().contains(locality)) {
                    sink.report("register.unknown-locality", entry.atDecision(i, "localities/" + j), locality,
                            c.localities().isEmpty() ? "none" : String.join(", ", c.localities()));
                }
            }
        }
    }
}
