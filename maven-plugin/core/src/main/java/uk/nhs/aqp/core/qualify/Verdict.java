package uk.nhs.aqp.core.qualify;

/** The outcome of one pass check and the reason, in words a provider reads. */
public record Verdict(Outcome outcome, String reason) {
}
