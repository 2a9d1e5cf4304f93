package uk.nhs.aqp.core.register;

import java.util.List;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;

/** Every rule of the programme register, run over every commissioner in the register's order. */
public final class RegisterRules {

    private RegisterRules() {
    }

    static List<RegisterRule> all() {
        return List.of(new ParentRule(), new DecisionListRule(), new ThreeServicesRule(), new NotificationDateRule(),
                new AllEightRule(), new FreeZoneRule(), new AlternativeAssessmentRule(), new LocalPackDecisionRule());
    }

    /** Checks every commissioner against every rule. */
    public static void check(Register register, DiagnosticSink sink) {
        for (Register.Entry entry : register.entries()) {
            for (RegisterRule rule : all()) {
                rule.check(entry, register, sink);
            }
        }
    }
}
