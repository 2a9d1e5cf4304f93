package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.DATE;
import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.List;
import uk.nhs.aqp.core.model.Evidence;
import uk.nhs.aqp.core.model.PackManifest;
import uk.nhs.aqp.core.model.LocalAdaptation;

/** {@code tables/packs.csv}: one row per pack, the table every other table's {@code pack_key} refers to. */
final class PacksTable implements BundleTable {

    static final String NAME = "packs";

    @Override
    public Table table(List<BundledPack> packs) {
        Table.Builder t = new Table.Builder(NAME, "Packs",
                "One row per pack in the bundle, national or local, with its identity and status.")
                .columns(PACK_KEY, PACK_ID, COMMISSIONER,
                        Column.required("kind", STRING,
                                "national: published by the national programme; local: a national pack adapted by one commissioner.")
                                .allowing("national", "local"),
                        Column.required("version", STRING, "The pack's version, MAJOR.MINOR.PATCH."),
                        Column.required("title", STRING, "The pack's full title."),
                        Column.required("short_title", STRING, "The service line in a few words."),
                        Column.required("service_line", STRING,
                                "Which of the eight national AQP service lines the pack covers."),
                        Column.required("status", STRING, "draft, consultation, published or withdrawn."),
                        Column.optional("published", DATE, "The date the pack was published."),
                        Column.optional("published_basis", STRING,
                                "confirmed or illustrative: where the publication date comes from; empty when the "
                                        + "pack does not say."),
                        Column.optional("review_date", DATE, "The date by which the pack is to be reviewed."),
                        Column.optional("review_date_basis", STRING,
                                "confirmed or illustrative: where the review date comes from; empty when the pack "
                                        + "does not say."),
                        Column.required("lead_region", STRING, "The region that led the pack's co-production."),
                        Column.optional("gateway_reference", STRING,
                                "The Department of Health publications gateway reference."),
                        Column.optional("classification", STRING, "The publication's classification."),
                        Column.optional("base_pack_id", STRING,
                                "For a local pack, the national pack it adapts; empty for a national pack."),
                        Column.optional("base_version", STRING,
                                "For a local pack, the national version its adaptation was written against."),
                        Column.required("document", STRING,
                                "Path of the pack's resolved JSON document inside the bundle."))
                .primaryKey(PACK_KEY.name());
        for (BundledPack p : packs) {
            PackManifest m = p.pack().manifest();
            t.row(BundleTable.row(p, p.kind(), m.version(), m.title(), m.shortTitle(), m.serviceLine(), m.status(),
                    m.published(), basis(m.publishedEvidence()), m.reviewDate(), basis(m.reviewDateEvidence()),
                    m.leadRegion(), m.gatewayReference(), m.classification(),
                    p.adoption().map(LocalAdaptation::basePack).orElse(null),
                    p.adoption().map(LocalAdaptation::baseVersion).orElse(null),
                    p.documentPath()));
        }
        return t.build();
    }

    private static String basis(Evidence evidence) {
        return evidence == null ? null : evidence.basis();
    }
}
