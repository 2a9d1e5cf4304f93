package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.BOOLEAN;
import static uk.nhs.aqp.core.bundle.ColumnType.DATE;
import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.Comparator;
import java.util.List;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Decision;

/** {@code tables/decisions.csv}: each commissioner's decision on each service line it recorded. */
final class DecisionsTable implements ProgrammeTable {

    @Override
    public Table table(List<BundledPack> packs, Programme programme) {
        Table.Builder t = new Table.Builder("decisions", "Decisions",
                "One row per decision of the programme register: a commissioner's decision on one service line, "
                        + "with its date, contracting model, local pack, and for an alternative local service the "
                        + "SHA's assessment.")
                .columns(CommissionersTable.ID,
                        Column.required("service_line", STRING, "The service line decided on."),
                        Column.required("decision", STRING,
                                "chosen-2012-13, planned-2013-14, chosen-later, declined or alternative.")
                                .allowing("chosen-2012-13", "planned-2013-14", "chosen-later", "declined", "alternative"),
                        Column.optional("date", DATE, "When it was decided; empty when not known."),
                        Column.optional("contracting", STRING,
                                "aqp, tender, lead-provider or existing-contract; empty when not recorded.")
                                .allowing("aqp", "tender", "lead-provider", "existing-contract", "joint"),
                        Column.optional("local_pack", STRING,
                                "The key of the local pack that implements it (see packs.csv), or empty."),
                        Column.optional("localities", STRING,
                                "The localities it covers, separated by '; '; empty for all of the commissioner's."),
                        Column.optional("joint_with", STRING, "The commissioners it is implemented with, separated by '; '."),
                        Column.optional("reason", STRING, "Why it was declined or not planned."),
                        Column.optional("alternative", STRING, "For an alternative local service, its name."),
                        Column.optional("alternative_description", STRING, "What the alternative local service is."),
                        Column.optional("sha_assessment", STRING, "pending, suitable or not-suitable.")
                                .allowing("pending", "suitable", "not-suitable"),
                        Column.optional("assessed", DATE, "When the SHA assessed the alternative."),
                        Column.required("illustrative", BOOLEAN,
                                "true when the decision is a made-up example rather than a published one."))
                .primaryKey(CommissionersTable.ID.name(), "service_line")
                .references(CommissionersTable.ID.name(), CommissionersTable.NAME, CommissionersTable.ID.name());
        for (Commissioner c : programme.register().stream().sorted(Comparator.comparing(Commissioner::id)).toList()) {
            for (Decision d : c.decisions().stream().sorted(Comparator.comparing(Decision::serviceLine)).toList()) {
                Decision.Alternative a = d.alternative();
                t.row(c.id(), d.serviceLine(), d.decision(), d.date(), d.contracting(),
                        d.localPack() == null ? null : "local/" + c.id() + "/" + d.localPack(),
                        CommissionersTable.joined(d.localities()), CommissionersTable.joined(d.jointWith()), d.reason(),
                        a == null ? null : a.name(), a == null ? null : a.description(),
                        a == null ? null : a.shaAssessment(), a == null ? null : a.assessed(), d.illustrative());
            }
        }
        return t.build();
    }
}
