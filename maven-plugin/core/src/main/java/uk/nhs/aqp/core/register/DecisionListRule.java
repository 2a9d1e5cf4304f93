package uk.nhs.aqp.core.register;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Decision;
import uk.nhs.aqp.core.model.Locality;

/**
 * {@code register.duplicate-decision}: one decision per service line.
 * {@code register.unknown-locality}: a decision covers only localities the commissioner lists.
 * {@code register.duplicate-locality}: the commissioner lists each locality once.
 */
final class DecisionListRule implements RegisterRule {

    @Override
    public void check(Register.Entry entry, Register register, DiagnosticSink sink) {
        Commissioner c = entry.commissioner();
        List<String> localities = Locality.ids(c.localities());
        Map<String, Integer> listed = new HashMap<>();
        for (int j = 0; j < localities.size(); j++) {
            Integer earlier = listed.putIfAbsent(localities.get(j), j);
            if (earlier != null) {
                sink.report("register.duplicate-locality", entry.at("/localities/" + j), localities.get(j),
                        entry.at("/localities/" + earlier).line());
            }
        }
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
                if (!localities.contains(locality)) {
                    sink.report("register.unknown-locality", entry.atDecision(i, "localities/" + j), locality,
                            localities.isEmpty() ? "none" : String.join(", ", localities));
                }
            }
        }
    }
}
