package uk.nhs.aqp.core.register;

import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Decision;

/**
 * {@code register.alternative-unassessed} (a warning): an alternative local service records the
 * SHA's assessment of it, with its date once assessed.
 */
final class AlternativeAssessmentRule implements RegisterRule {

    @Override
    public void check(Register.Entry entry, Register register, DiagnosticSink sink) {
        var decisions = entry.commissioner().decisions();
        for (int i = 0; i < decisions.size(); i++) {
            Decision.Alternative alt = decisions.get(i).alternative();
            if (alt == null) continue;
            if (alt.shaAssessment() == null) {
                sink.report("register.alternative-unassessed", entry.atDecision(i, "alternative"), alt.name(),
                        "no SHA assessment recorded");
            } else if (!"pending".equals(alt.shaAssessment()) && alt.assessed() == null) {
                sink.report("register.alternative-unassessed", entry.atDecision(i, "alternative/shaAssessment"),
                        alt.name(), "an assessment of " + alt.shaAssessment() + " without the date it was assessed");
            }
        }
    }
}
