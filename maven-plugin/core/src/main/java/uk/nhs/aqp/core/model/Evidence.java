package uk.nhs.aqp.core.model;

/**
 * Where a figure comes from: {@code confirmed}, {@code local-example} or {@code illustrative},
 * with its source and a note.
 */
public record Evidence(String basis, String source, String note) {

    public boolean illustrative() {
        return "illustrative".equals(basis);
    }
}
