package uk.nhs.aqp.core.model;

/**
 * Where a figure, date, finding or amendment comes from: {@code confirmed} (a published fact of the
 * pack's own period), {@code later-benchmark} (a real figure from a later year, shown as a guide),
 * {@code local-example} or {@code illustrative}, with its source, the year the source gave it (or
 * null) and a note.
 */
public record Evidence(String basis, String source, Integer year, String note) {

    public static final String CONFIRMED = "confirmed";
    public static final String LATER_BENCHMARK = "later-benchmark";
    public static final String ILLUSTRATIVE = "illustrative";

    public boolean illustrative() {
        return ILLUSTRATIVE.equals(basis);
    }

    public boolean confirmed() {
        return CONFIRMED.equals(basis);
    }
}
