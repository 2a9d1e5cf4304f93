package uk.nhs.aqp.core.rules;

import java.util.List;

/** The list of semantic rules run on every pack, in order. Add a rule here, not in a switch. */
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
                new PercentTargetRule(),
                new PriceRule(),
                new PaymentSplitRule(),
                new AgeRangeRule());
    }
}
