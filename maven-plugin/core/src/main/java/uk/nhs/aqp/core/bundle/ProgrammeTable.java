package uk.nhs.aqp.core.bundle;

import java.util.List;

/**
 * A table of the programme register (commissioners, decisions, returns, applications): built from
 * the register, so without one ({@link Programme#NONE}) it has its columns and no rows.
 */
interface ProgrammeTable extends BundleTable {

    @Override
    default Table table(List<BundledPack> packs) {
        return table(packs, Programme.NONE);
    }

    @Override
    Table table(List<BundledPack> packs, Programme programme);
}
