package uk.nhs.aqp.core.qualify;

/**
 * The dry run's finding on one question, criterion or patient-choice item of one application.
 *
 * @param part {@code question}, {@code criterion} or {@code choice}
 * @param id the question's, criterion's or item's id
 * @param text what was asked
 * @param passRule how it is judged (for a choice item: what the provider publishes), or null
 * @param change for a question, {@code unchanged}, {@code added} or {@code replaced} by the pack; else null
 */
public record Finding(String part, String id, String text, String passRule, String change, Outcome outcome,
        String reason) {

    public Finding(String part, String id, String text, String passRule, String change, Verdict verdict) {
        this(part, id, text, passRule, change, verdict.outcome(), verdict.reason());
    }
}
