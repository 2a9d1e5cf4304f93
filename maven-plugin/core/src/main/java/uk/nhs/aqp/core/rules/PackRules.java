package uk.nhs.aqp.core.rules;

import java.util.List;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;

/**
 * The list of semantic rules run on every pack, in order. Add a rule here, not in a switch. Each
 * rule runs when the files it reads passed their schema, so a broken file stops only the rules
 * that need it.
 */
public final class PackRules {

    private PackRules() {
    }

    public static List<PackRule> all() {
        return List.of(
                new FolderMatchesIdRule(),
                new ChangelogVersionRule(),
                new DateOrderRule(),
                new UniqueIdsRule(),
                new OutcomeReferenceRule(),
                new KpiReferenceRule(),
                new CurrencyReferenceRule(),
                new AmendmentTargetRule(),
                new EvidenceLengthRule(),
                new PercentTargetRule(),
                new PriceRule(),
                new PaymentSplitRule(),
                new MarketForcesFactorRule(),
                new AgeRangeRule(),
                new ConfirmedPeriodRule());
    }

    /** Runs each of {@code rules} whose files {@code context} holds. */
    public static void check(List<PackRule> rules, PackContext context, DiagnosticSink sink) {
        for (PackRule rule : rules) {
            if (context.hasAll(rule.reads())) {
                rule.check(context, sink);
            }
        }
    }
}
