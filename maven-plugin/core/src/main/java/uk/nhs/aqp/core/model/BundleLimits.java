package uk.nhs.aqp.core.model;

/**
 * What the bundle's workbook can hold (the limits of an Excel 2007+ sheet), which validation keeps
 * every valid run within, so that the bundle never fails on packs that validated. Text fields are
 * bounded by their schemas (at most 4,000 characters, well inside a cell); the rules that join
 * several values into one cell, and the count of packs in a run, use these figures.
 */
public final class BundleLimits {

    /** The most characters (UTF-16 units, as Excel and POI count them) one cell holds. */
    public static final int CELL_CHARACTERS = 32_767;

    /** The most rows one sheet holds, its header row included. */
    public static final int SHEET_ROWS = 1_048_576;

    /** The most items any list of a pack file holds (each schema's {@code maxItems}). */
    public static final int LIST_ITEMS = 100;

    /**
     * The most packs, national and local, one run takes. A pack gives at most 401 rows to any table
     * (the eligibility table: the age row, then four lists of at most {@link #LIST_ITEMS}), so
     * 2,000 packs fill at most 802,000 rows of a sheet. England's 211 clinical commissioning groups
     * adopting all eight service lines would be 1,688 local packs.
     */
    public static final int PACKS = 2_000;

    private BundleLimits() {
    }
}
