package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.Comparator;
import java.util.List;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Decision;

/** {@code tables/stocktake.csv}: what each commissioner found about a service line before deciding. */
final class StocktakeTable implements ProgrammeTable {

    @Override
    public Table table(List<BundledPack> packs, Programme programme) {
        Table.Builder t = new Table.Builder("stocktake", "Stocktake",
                "One row per service line a commissioner took stock of: current provision and contract, the risk "
                        + "to incumbent providers, pathway dependencies and the market.")
                .columns(CommissionersTable.ID,
                        Column.required("service_line", STRING, "The service line."),
                        Column.optional("current_provision", STRING, "How the service is provided today."),
                        Column.optional("current_contract", STRING,
                                "block, cost-and-volume, cost-per-case, business-transfer-agreement or none.")
                                .allowing("block", "cost-and-volume", "cost-per-case", "business-transfer-agreement",
                                        "none"),
                        Column.optional("incumbent_risk", STRING, "low, medium or high.")
                                .allowing("low", "medium", "high"),
                        Column.optional("pathway_dependencies", STRING, "What the pathway depends on."),
                        Column.optional("market_notes", STRING, "What is known of the provider market."))
                .primaryKey(CommissionersTable.ID.name(), "service_line")
                .references(CommissionersTable.ID.name(), CommissionersTable.NAME, CommissionersTable.ID.name());
        for (Commissioner c : programme.register().stream().sorted(Comparator.comparing(Commissioner::id)).toList()) {
            for (Decision d : c.decisions().stream().sorted(Comparator.comparing(Decision::serviceLine)).toList()) {
                Decision.Stocktake s = d.stocktake();
                if (s == null) continue;
                t.row(c.id(), d.serviceLine(), s.currentProvision(), s.currentContract(), s.incumbentRisk(),
                        s.pathwayDependencies(), s.marketNotes());
            }
        }
        return t.build();
    }
}
