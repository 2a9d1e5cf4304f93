package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.DATE;
import static uk.nhs.aqp.core.bundle.ColumnType.INTEGER;
import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.List;
import uk.nhs.aqp.core.model.Decision;
import uk.nhs.aqp.core.register.ShaReturn;

/**
 * {@code tables/sha_returns.csv}: every SHA's return in one table, and the same rows per SHA as
 * {@code returns/<sha-id>.csv} and a workbook ({@link #files}). For each commissioner under the SHA,
 * a row per decision (the choice, its date, an alternative local service and its assessment), then
 * a row per programme rule its register entry breaks, worded for a reader.
 */
final class ShaReturnTable implements ProgrammeTable {

    static final String NAME = "sha_returns";

    @Override
    public Table table(List<BundledPack> packs, Programme programme) {
        return table(NAME, "SHA returns", programme.returns());
    }

    /** The rows of some returns, in SHA order, each member's decisions then findings. */
    static Table table(String name, String title, List<ShaReturn> returns) {
        Table.Builder t = new Table.Builder(name, title,
                "One row per decision of a commissioner under a strategic health authority (its choice, date, "
                        + "contracting model, an alternative local service and the SHA's assessment), then one row per "
                        + "programme rule its register entry breaks, in words.")
                .columns(
                        Column.required("sha", STRING, "The id of the strategic health authority the return is for."),
                        Column.required("sequence", INTEGER, "The row's place in the SHA's return, from 1."),
                        CommissionersTable.ID,
                        Column.required("name", STRING, "The commissioner's name."),
                        Column.required("kind", STRING, "sha, pct-cluster, pct, ccg, csu or icb.")
                                .allowing("sha", "pct-cluster", "pct", "ccg", "csu", "icb"),
                        Column.optional("notified", DATE, "When the commissioner notified the SHA of its choices."),
                        Column.required("entry", STRING,
                                "decision: the row is one of its decisions; rule: a programme rule it breaks.")
                                .allowing("decision", "rule"),
                        Column.optional("service_line", STRING,
                                "The service line decided on, or that the broken rule is about; empty for a rule about "
                                        + "the commissioner as a whole."),
                        Column.optional("decision", STRING,
                                "chosen-2012-13, planned-2013-14, chosen-later, declined or alternative.")
                                .allowing("chosen-2012-13", "planned-2013-14", "chosen-later", "declined", "alternative"),
                        Column.optional("date", DATE, "When it was decided."),
                        Column.optional("contracting", STRING, "aqp, tender, lead-provider or existing-contract.")
                                .allowing("aqp", "tender", "lead-provider", "existing-contract", "joint"),
                        Column.optional("alternative", STRING, "For an alternative local service, its name."),
                        Column.optional("sha_assessment", STRING, "pending, suitable or not-suitable.")
                                .allowing("pending", "suitable", "not-suitable"),
                        Column.optional("assessed", DATE, "When the SHA assessed the alternative."),
                        Column.optional("rule_id", STRING, "For a broken rule, its id (see the site's rules page)."),
                        Column.optional("severity", STRING, "For a broken rule: error or warning.")
                                .allowing("error", "warning"),
                        Column.optional("rule", STRING, "For a broken rule, what the programme expects."),
                        Column.optional("finding", STRING, "For a broken rule, what is wrong."))
                .primaryKey("sha", "sequence")
                .references(CommissionersTable.ID.name(), CommissionersTable.NAME, CommissionersTable.ID.name());
        for (ShaReturn r : returns) {
            int sequence = 1;
            for (ShaReturn.Member m : r.members()) {
                var c = m.commissioner();
                for (Decision d : m.decisions()) {
                    Decision.Alternative a = d.alternative();
                    t.row(r.sha().id(), sequence++, c.id(), c.name(), c.kind(), m.notified(), "decision",
                            d.serviceLine(), d.decision(), d.date(), d.contracting(), a == null ? null : a.name(),
                            a == null ? null : a.shaAssessment(), a == null ? null : a.assessed(),
                            null, null, null, null);
                }
                for (ShaReturn.Finding f : m.findings()) {
                    t.row(r.sha().id(), sequence++, c.id(), c.name(), c.kind(), m.notified(), "rule",
                            f.serviceLine(), null, null, null, null, null, null,
                            f.ruleId(), f.severity(), f.rule(), f.finding());
                }
            }
        }
        return t.build();
    }

    /**
     * Each SHA's return as {@code returns/<sha-id>.csv} (described by the same Table Schema) and
     * {@code returns/<sha-id>-workbook.xlsx} (a workbook of one sheet, after the bundle's about sheet).
     */
    static List<BundleFile> files(Programme programme, CsvWriter csv, XlsxWriter xlsx, BundleMetadata meta) {
        List<BundleFile> files = new java.util.ArrayList<>();
        for (ShaReturn r : programme.returns()) {
            Table table = table("return", "Return of " + r.sha().name(), List.of(r));
            String base = "returns/" + r.sha().id();
            files.add(new BundleFile(base + ".csv", "Return of " + r.sha().name(), "csv", BundleFile.CSV,
                    csv.csv(table), java.util.Optional.empty(), java.util.Optional.of(table)));
            files.add(new BundleFile(base + "-workbook.xlsx", "Return of " + r.sha().name() + " as a workbook", "xlsx",
                    BundleFile.XLSX, xlsx.workbook(List.of(table), meta), java.util.Optional.empty(),
                    java.util.Optional.empty()));
        }
        return files;
    }
}
