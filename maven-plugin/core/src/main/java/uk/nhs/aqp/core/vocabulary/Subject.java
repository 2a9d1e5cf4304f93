package uk.nhs.aqp.core.vocabulary;

/**
 * What a variation changes, in a commissioner's words: {@code KPI AH-KPI-03} <em>Bilateral
 * fitting</em>{@code : target}, or {@code Specification, population needs: local context}.
 * Outputs print {@link #lead()}, then the {@link #name()} emphasised, then {@code ": "} and the
 * {@link #detail()}; {@link #text()} is all of it as plain text.
 *
 * @param lead the item kind and id ({@code Tariff AH-T-02}) or the product and section
 * @param name the item's name; empty when the change is not within a named item
 * @param detail the field changed ({@code price}); empty when the whole item changed
 */
public record Subject(String lead, String name, String detail) {

    /** The subject as one line of plain text. */
    public String text() {
        return lead + (name.isEmpty() ? "" : " " + name) + (detail.isEmpty() ? "" : ": " + detail);
    }
}
