package uk.nhs.aqp.core.diagnostic;

/**
 * A diagnostic rule as the catalogue describes it: its stable id, default severity, one-line
 * summary, message pattern ({@link String#format} style) and how to fix what it reports.
 */
public record Rule(String id, Severity severity, String summary, String messagePattern, String fix) {

    /** The rule-id prefix, e.g. {@code schema} for {@code schema.required}. */
    public String family() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
