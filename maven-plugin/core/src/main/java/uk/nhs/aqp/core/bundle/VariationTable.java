package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.INTEGER;
import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import uk.nhs.aqp.core.model.LocalAdaptation;
import uk.nhs.aqp.core.model.Variation;

/**
 * {@code tables/variations.csv}: every local variation across all commissioners, with the national
 * and local values side by side. Empty (header only) until the bundle holds local packs.
 */
final class VariationTable implements BundleTable {

    @Override
    public Table table(List<BundledPack> packs) {
        Table.Builder t = BundleTable.perPack("variations", "Local variations",
                "Every difference of every local pack from its national pack: what changed, how, the national and "
                        + "local values, and the commissioner's rationale.")
                .columns(
                        Column.required("sequence", INTEGER,
                                "The variation's position in its adaptation, from 1."),
                        Column.required("base_pack_id", STRING, "The national pack adapted."),
                        Column.required("base_version", STRING,
                                "The national version the adaptation was written against."),
                        Column.required("target", STRING,
                                "The changed value, as a path from the pack's root naming list items by id, e.g. "
                                        + "kpis/AH-KPI-01/target/value."),
                        Column.required("operation", STRING,
                                "set: a field was given a local value; add, replace or remove: a list item was.")
                                .allowing("set", "add", "replace", "remove"),
                        Column.optional("national_value", STRING,
                                "The national value: text as written, a number or date as in the pack, a list or item "
                                        + "as compact JSON; empty when the operation is add."),
                        Column.optional("local_value", STRING,
                                "The local value, written the same way; empty when the operation is remove."),
                        Column.required("rationale", STRING, "Why the commissioner differs."),
                        Column.required("layer", STRING,
                                "Whose change it is: own, the commissioner's; arrangement, a change of the joint "
                                        + "arrangement that this member commissioner adopts.")
                                .allowing("arrangement", "own"))
                .primaryKey(PACK_KEY.name(), "sequence");
        for (BundledPack p : packs) {
            if (p.adoption().isEmpty()) {
                continue;
            }
            LocalAdaptation a = p.adoption().get();
            int n = 0;
            for (Variation v : a.variations()) {
                t.row(BundleTable.row(p, ++n, a.basePack(), a.baseVersion(), v.target(), v.operation().key(),
                        cell(v.national().map(x -> ExactValues.of(ExactValues.field(v.target()), x))),
                        cell(v.local().map(x -> ExactValues.of(ExactValues.field(v.target()), x))), v.rationale(),
                        v.layer().key()));
            }
        }
        return t.build();
    }

    /** A scalar as its text (decimals exactly as held), anything else as compact JSON. */
    static String cell(Optional<JsonNode> value) {
        return value.map(node -> {
            if (node.isNull()) {
                return null;
            }
            if (node.isTextual()) {
                return node.textValue();
            }
            if (node.isBigDecimal()) {
                return Decimals.plain(node.decimalValue());
            }
            return node.isValueNode() ? node.asText() : node.toString();
        }).orElse(null);
    }
}
