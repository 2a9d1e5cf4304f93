package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.List;
import java.util.stream.Stream;

/**
 * One table of the bundle, built from every pack. Each table starts with the same three columns
 * that say which pack a row belongs to; {@code pack_key} refers to the {@code packs} table.
 */
interface BundleTable {

    Column PACK_KEY = Column.required("pack_key", STRING,
            "The pack's unique key in the bundle: the pack id for a national pack, local/<commissioner>/<pack-id> for "
                    + "a local one. The pack's whole document is packs/<pack_key>.json.");
    Column PACK_ID = Column.required("pack_id", STRING,
            "The pack's id. A local pack keeps the id of the national pack it adapts.");
    Column COMMISSIONER = Column.optional("commissioner", STRING,
            "For a local pack, the commissioner that adapted it; empty for a national pack.");

    /** Builds the table from every pack in the bundle, national first, each in key order. */
    Table table(List<BundledPack> packs);

    /**
     * Builds the table from the packs and the programme register; the tables of the register
     * override this, the tables of packs need only the packs.
     */
    default Table table(List<BundledPack> packs, Programme programme) {
        return table(packs);
    }

    /** A table whose rows belong to packs: the three pack columns, and a reference to the packs table. */
    static Table.Builder perPack(String name, String title, String description) {
        return new Table.Builder(name, title, description)
                .columns(PACK_KEY, PACK_ID, COMMISSIONER)
                .references(PACK_KEY.name(), PacksTable.NAME, PACK_KEY.name());
    }

    /** The three pack columns' values followed by {@code rest}. */
    static Object[] row(BundledPack pack, Object... rest) {
        return Stream.concat(Stream.of(pack.key(), pack.pack().id(), emptyAsNull(pack.commissioner())),
                Stream.of(rest)).toArray();
    }

    static String emptyAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
