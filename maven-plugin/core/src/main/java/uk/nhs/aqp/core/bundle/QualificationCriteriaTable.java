package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.List;
import uk.nhs.aqp.core.model.Evidence;
import uk.nhs.aqp.core.model.Qualification.Criterion;

/** {@code tables/qualification-criteria.csv}: one row per service-specific qualification criterion. */
final class QualificationCriteriaTable implements BundleTable {

    @Override
    public Table table(List<BundledPack> packs) {
        Table.Builder t = BundleTable.perPack("qualification-criteria", "Qualification criteria",
                "One row per service-specific qualification criterion of each pack, with the evidence a provider gives.")
                .columns(
                        Column.required("criterion_id", STRING, "The criterion's stable id, e.g. AH-QC-01."),
                        Column.required("category", STRING,
                                "clinical, workforce, premises, equipment, governance, information or pathway."),
                        Column.required("criterion", STRING, "What the provider must meet."),
                        Column.required("evidence", STRING,
                                "What the provider submits, one item per line (items are separated by a line feed)."),
                        Column.required("pass_rule", STRING, "How assessors decide pass or fail."),
                        Column.optional("criterion_basis", STRING,
                                "confirmed, local-example or illustrative: where the criterion itself comes from "
                                        + "(its own marking, else the qualification file's); empty when neither says."))
                .primaryKey(PACK_KEY.name(), "criterion_id");
        for (BundledPack p : packs) {
            for (Criterion c : p.pack().qualification().criteria()) {
                Evidence basis = p.pack().qualification().basisOf(c);
                t.row(BundleTable.row(p, c.id(), c.category(), c.criterion(), String.join("\n", c.evidence()),
                        c.passRule(), basis == null ? null : basis.basis()));
            }
        }
        return t.build();
    }
}
