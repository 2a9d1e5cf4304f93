package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.INTEGER;
import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.List;
import uk.nhs.aqp.core.model.Specification.AgeRange;
import uk.nhs.aqp.core.model.Specification.Eligibility;
import uk.nhs.aqp.core.model.Specification.Exclusion;

/**
 * {@code tables/eligibility.csv}: who may be referred to each service. One row for the age range,
 * then one per referral source, eligibility criterion, urgent criterion and exclusion.
 */
final class EligibilityTable implements BundleTable {

    @Override
    public Table table(List<BundledPack> packs) {
        Table.Builder t = BundleTable.perPack("eligibility", "Eligibility",
                "Who may be referred: each pack's age range, referral sources, eligibility and urgent criteria, and "
                        + "exclusions with where to refer instead.")
                .columns(
                        Column.required("kind", STRING,
                                "age: the age range; referral-source: who may refer; criterion: a condition for "
                                        + "referral; urgent-criterion: when to refer urgently; exclusion: who is "
                                        + "not eligible, and where they go instead.")
                                .allowing("age", "referral-source", "criterion", "urgent-criterion", "exclusion"),
                        Column.required("sequence", INTEGER,
                                "The row's position among the pack's rows of the same kind, from 1."),
                        Column.optional("item_id", STRING, "The exclusion's stable id; empty for other kinds."),
                        Column.optional("text", STRING,
                                "The referral source, criterion or exclusion, as written; empty for the age row."),
                        Column.optional("min_age", INTEGER,
                                "Age row: the youngest eligible age in whole years, inclusive.").withUnit("years"),
                        Column.optional("max_age", INTEGER,
                                "Age row: the oldest eligible age in whole years, inclusive; empty for no upper limit.")
                                .withUnit("years"),
                        Column.optional("age_basis", STRING,
                                "Age row: confirmed, local-example or illustrative, where the range comes from."),
                        Column.optional("redirect_to", STRING,
                                "Exclusion rows: where an excluded patient should be referred instead."))
                .primaryKey(PACK_KEY.name(), "kind", "sequence");
        for (BundledPack p : packs) {
            Eligibility e = p.pack().specification().scope().eligibility();
            AgeRange age = e.age();
            t.row(BundleTable.row(p, "age", 1, null, null, age.min(), age.max(),
                    age.evidence() == null ? null : age.evidence().basis(), null));
            texts(t, p, "referral-source", e.referralSources());
            texts(t, p, "criterion", e.criteria());
            texts(t, p, "urgent-criterion", e.urgentCriteria());
            int n = 0;
            for (Exclusion x : p.pack().specification().scope().exclusions()) {
                t.row(BundleTable.row(p, "exclusion", ++n, x.id(), x.criterion(), null, null, null, x.redirectTo()));
            }
        }
        return t.build();
    }

    private static void texts(Table.Builder t, BundledPack p, String kind, List<String> texts) {
        int n = 0;
        for (String text : texts) {
            t.row(BundleTable.row(p, kind, ++n, null, text, null, null, null, null));
        }
    }
}
