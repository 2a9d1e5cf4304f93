package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.INTEGER;
import static uk.nhs.aqp.core.bundle.ColumnType.NUMBER;
import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.List;
import uk.nhs.aqp.core.model.KpiSchedule.Kpi;

/** {@code tables/kpis.csv}: one row per key performance indicator of every pack. */
final class KpiTable implements BundleTable {

    @Override
    public Table table(List<BundledPack> packs) {
        Table.Builder t = BundleTable.perPack("kpis", "Key performance indicators",
                "One row per key performance indicator of each pack, with its target.")
                .columns(
                        Column.required("kpi_id", STRING, "The indicator's stable id, e.g. AH-KPI-01."),
                        Column.required("name", STRING, "The indicator's name."),
                        Column.required("definition", STRING, "What the indicator measures and why."),
                        Column.required("numerator", STRING, "What is counted."),
                        Column.required("denominator", STRING, "What it is counted out of."),
                        Column.required("target_value", NUMBER,
                                "The target, a decimal in the unit given by target_unit."),
                        Column.required("target_unit", STRING,
                                "percent, count, days, working-days, weeks, score or ratio."),
                        Column.required("target_direction", STRING,
                                "at-least, at-most or exactly: which side of the target is a pass."),
                        Column.required("target_basis", STRING,
                                "confirmed, later-benchmark, local-example or illustrative: where the target comes "
                                        + "from. Illustrative targets are not official figures; a later-benchmark is a "
                                        + "real figure from a later year (target_source_year)."),
                        Column.optional("target_source_year", INTEGER,
                                "The year the target's source gave it, e.g. 2016; empty when the source gives none."),
                        Column.required("frequency", STRING, "How often the provider reports it."),
                        Column.required("data_source", STRING, "Where the figures come from."),
                        Column.required("domain", STRING,
                                "The NHS Outcomes Framework domain the indicator serves."),
                        Column.optional("outcome_id", STRING,
                                "The id of the outcome measure in the specification that the indicator evidences."),
                        Column.optional("consequence", STRING, "What follows a breach."))
                .primaryKey(PACK_KEY.name(), "kpi_id");
        for (BundledPack p : packs) {
            for (Kpi k : p.pack().kpis().kpis()) {
                t.row(BundleTable.row(p, k.id(), k.name(), k.definition(), k.numerator(), k.denominator(),
                        k.target().value(), k.target().unit(), k.target().direction(), k.target().evidence().basis(),
                        k.target().evidence().year(),
                        k.frequency(), k.dataSource(), k.domain(), k.outcome(), k.consequence()));
            }
        }
        return t.build();
    }
}
