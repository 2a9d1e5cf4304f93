package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.BOOLEAN;
import static uk.nhs.aqp.core.bundle.ColumnType.DATE;
import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import uk.nhs.aqp.core.directory.ChoiceDirectory;
import uk.nhs.aqp.core.directory.ProviderRegister;
import uk.nhs.aqp.core.directory.QualifiedProviders;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.qualify.ApplicationResult;
import uk.nhs.aqp.core.qualify.Finding;
import uk.nhs.aqp.core.qualify.Outcome;

/**
 * The four tables of qualification: the applications' dry runs ({@code applications},
 * {@code application_results}), the registers of qualified providers ({@code qualified_providers})
 * and the patient choice directories ({@code choice_directory}). They carry the provider as an
 * organisation (id, name, sector) and the outcome of each question, criterion and item, never the
 * application's evidence or a person. Rows sorted by pack key, then provider.
 */
final class QualificationTables {

    private QualificationTables() {
    }

    static final Column PROVIDER = Column.required("provider", STRING, "The provider's id: its application's file name.");
    static final Column PROVIDER_NAME = Column.required("provider_name", STRING, "The provider's name.");
    static final Column ILLUSTRATIVE = Column.required("illustrative", BOOLEAN,
            "true when the row is a made-up example rather than a real application or decision.");
    private static final String[] OUTCOMES = Stream.of(Outcome.values()).map(Outcome::value).toArray(String[]::new);

    private static final Comparator<ApplicationResult> RESULT_ORDER = Comparator
            .comparing(ApplicationResult::packOutput).thenComparing(r -> r.application().provider().id());

    /** A table whose rows belong to a pack, national or local, by the pack's key in the bundle. */
    private static Table.Builder perPack(String name, String title, String description) {
        return BundleTable.perPack(name, title, description);
    }

    private static Object[] row(String packKey, String packId, String commissioner, Object... rest) {
        return Stream.concat(Stream.of(packKey, packId, commissioner), Stream.of(rest)).toArray();
    }

    private static String commissioner(Pack pack) {
        return pack.local().map(l -> l.commissioner().id()).orElse(null);
    }

    private static String commissionerOf(ApplicationResult r) {
        return r.packOutput().startsWith("local/") ? r.packOutput().split("/")[1] : null;
    }

    private static String packIdOf(ApplicationResult r) {
        String[] parts = r.packOutput().split("/");
        return parts[parts.length - 1];
    }

    /** {@code tables/applications.csv}: one row per provider application and its dry run's verdict. */
    static final class Applications implements ProgrammeTable {
        @Override
        public Table table(List<BundledPack> packs, Programme programme) {
            Table.Builder t = perPack("applications", "Provider applications",
                    "One row per provider application to qualify for a pack, with the dry run's verdict: fail if a "
                            + "pass rule fails, else missing if an answer is missing, else to-assess if a person must "
                            + "still judge an answer, else pass.")
                    .columns(PROVIDER, PROVIDER_NAME,
                            Column.required("sector", STRING, "nhs, independent, voluntary or social-enterprise.")
                                    .allowing("nhs", "independent", "voluntary", "social-enterprise"),
                            Column.required("assessment_date", DATE, "The date the application was assessed on."),
                            Column.required("overall", STRING, "The dry run's verdict.")
                                    .allowing("pass", "fail", "missing", "to-assess"),
                            ILLUSTRATIVE)
                    .primaryKey(BundleTable.PACK_KEY.name(), PROVIDER.name());
            for (ApplicationResult r : programme.applications().stream().sorted(RESULT_ORDER).toList()) {
                var p = r.application().provider();
                t.row(row(r.packOutput(), packIdOf(r), commissionerOf(r), p.id(), p.name(), p.sector(),
                        r.application().assessmentDate(), r.overall().value(), r.application().illustrative()));
            }
            return t.build();
        }
    }

    /** {@code tables/application_results.csv}: the outcome of each question, criterion and item of each application. */
    static final class Results implements ProgrammeTable {
        @Override
        public Table table(List<BundledPack> packs, Programme programme) {
            Table.Builder t = perPack("application_results", "Dry-run results",
                    "One row per question, criterion and patient-choice item of each provider application: what the "
                            + "dry run found (the reasons are in the dry run's own reports).")
                    .columns(PROVIDER,
                            Column.required("part", STRING, "question, criterion or choice (a patient-choice item).")
                                    .allowing("question", "criterion", "choice"),
                            Column.required("item_id", STRING, "The question's, criterion's or item's id."),
                            Column.required("outcome", STRING, "pass, fail, missing, to-assess or recorded.")
                                    .allowing(OUTCOMES))
                    .primaryKey(BundleTable.PACK_KEY.name(), PROVIDER.name(), "part", "item_id");
            for (ApplicationResult r : programme.applications().stream().sorted(RESULT_ORDER).toList()) {
                for (Finding f : r.findings().toList()) {
                    t.row(row(r.packOutput(), packIdOf(r), commissionerOf(r), r.application().provider().id(), f.part(),
                            f.id(), f.outcome().value()));
                }
            }
            return t.build();
        }
    }

    /** {@code tables/qualified_providers.csv}: every commissioner's decision on every provider that applied. */
    static final class Register implements ProgrammeTable {
        @Override
        public Table table(List<BundledPack> packs, Programme programme) {
            Table.Builder t = perPack("qualified_providers", "Qualified providers",
                    "One row per provider in a commissioner's register of qualified providers for a local pack: the "
                            + "decision, its date, the application it rests on, and why a provider is not qualified, "
                            + "suspended or withdrawn.")
                    .columns(PROVIDER, Column.optional("provider_name", STRING,
                                    "The provider's name, from its application; empty if the application could not be read."),
                            Column.required("decision", STRING, "qualified, not-qualified, suspended or withdrawn.")
                                    .allowing("qualified", "not-qualified", "suspended", "withdrawn"),
                            Column.required("date", DATE, "The date of the decision."),
                            Column.required("application", STRING,
                                    "The application the decision rests on: its file name in the pack's applications/."),
                            Column.optional("reason", STRING, "Why not qualified, suspended or withdrawn."),
                            ILLUSTRATIVE)
                    .primaryKey(BundleTable.PACK_KEY.name(), PROVIDER.name());
            for (ProviderRegister reg : sorted(programme)) {
                for (QualifiedProviders.Entry e : reg.entries().stream()
                        .sorted(Comparator.comparing(QualifiedProviders.Entry::provider)).toList()) {
                    String name = reg.result(e).map(r -> r.application().provider().name()).orElse(null);
                    t.row(row(reg.pack().outputPath(), reg.pack().id(), commissioner(reg.pack()), e.provider(), name,
                            e.decision(), e.date(), e.application(), e.reason(), reg.register().illustrative()));
                }
            }
            return t.build();
        }
    }

    /** {@code tables/choice_directory.csv}: what each qualified provider offers for each patient-choice item. */
    static final class Directory implements ProgrammeTable {
        @Override
        public Table table(List<BundledPack> packs, Programme programme) {
            Table.Builder t = perPack("choice_directory", "Patient choice directory",
                    "One row per patient-choice item of each provider a patient can choose (qualified in its "
                            + "commissioner's register): the question a patient asks and the provider's answer, in "
                            + "plain words, from its application's offer.")
                    .columns(PROVIDER, PROVIDER_NAME,
                            Column.required("item_id", STRING, "The patient-choice item's id."),
                            Column.required("topic", STRING, "What the item is about."),
                            Column.required("question", STRING, "The question a patient asks."),
                            Column.required("offer", STRING, "The provider's answer; 'Not published' when its offer does not say."),
                            ILLUSTRATIVE)
                    .primaryKey(BundleTable.PACK_KEY.name(), PROVIDER.name(), "item_id");
            for (ProviderRegister reg : sorted(programme)) {
                ChoiceDirectory d = reg.directory();
                for (ChoiceDirectory.Choice c : d.choices().stream()
                        .sorted(Comparator.comparing(ChoiceDirectory.Choice::provider)).toList()) {
                    for (int i = 0; i < d.rows().size(); i++) {
                        ChoiceDirectory.Row r = d.rows().get(i);
                        t.row(row(reg.pack().outputPath(), reg.pack().id(), commissioner(reg.pack()), c.provider(),
                                c.name(), r.id(), r.topic(), r.question(), c.facts().get(i),
                                d.illustrative() || c.illustrative()));
                    }
                }
            }
            return t.build();
        }
    }

    private static List<ProviderRegister> sorted(Programme programme) {
        return programme.qualifiedProviders().stream()
                .sorted(Comparator.comparing((ProviderRegister r) -> r.pack().outputPath())).toList();
    }
}
