package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.INTEGER;
import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.List;

/**
 * {@code tables/adoptions.csv}: which commissioner adopted which service line, from which national
 * pack and version, with how many variations. Empty (header only) until the bundle holds local packs.
 */
final class AdoptionTable implements BundleTable {

    @Override
    public Table table(List<BundledPack> packs) {
        Table.Builder t = BundleTable.perPack("adoptions", "Adoptions",
                "One row per local pack: the commissioner, the service line it adopted, the national pack and version "
                        + "it adapts, and how many variations it makes.")
                .columns(
                        Column.required("service_line", STRING, "The service line adopted."),
                        Column.required("base_pack_id", STRING, "The national pack adapted."),
                        Column.required("base_version", STRING,
                                "The national version the adaptation was written against."),
                        Column.required("variations", INTEGER,
                                "How many variations from the national pack; details in variations.csv."))
                .primaryKey(PACK_KEY.name());
        for (BundledPack p : packs) {
            p.adoption().ifPresent(a -> t.row(BundleTable.row(p, p.pack().manifest().serviceLine(), a.basePack(),
                    a.baseVersion(), a.variations().size())));
        }
        return t.build();
    }
}
