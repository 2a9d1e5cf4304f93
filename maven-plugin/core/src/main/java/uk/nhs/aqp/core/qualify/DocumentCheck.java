package uk.nhs.aqp.core.qualify;

import java.time.LocalDate;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * Documents present and in date on the assessment date: none dated after it, none expired by it,
 * none older than {@code maxAgeMonths} (when set), and at least {@code needed} of them.
 *
 * @param decides whether documents in date pass (a criterion checked by document); when false (a
 *     document question of the questionnaire) they go to a person, who judges what they show
 */
record DocumentCheck(int needed, Integer maxAgeMonths, boolean decides) implements PassCheck {

    private static final Vocabulary WORDS = Vocabulary.standard();

    @Override
    public Verdict evaluate(Response response, DryRun.Context context) {
        if (response.evidence().isEmpty()) {
            return new Verdict(Outcome.MISSING, "no document given");
        }
        LocalDate on = context.assessmentDate();
        for (Application.Document d : response.evidence()) {
            if (d.date().isAfter(on)) {
                return new Verdict(Outcome.FAIL, "'" + d.document() + "' is dated " + WORDS.date(d.date())
                        + ", after the assessment date " + WORDS.date(on));
            }
            if (d.expires() != null && d.expires().isBefore(on)) {
                return new Verdict(Outcome.FAIL, "'" + d.document() + "' expired on " + WORDS.date(d.expires()));
            }
            if (maxAgeMonths != null && d.date().plusMonths(maxAgeMonths).isBefore(on)) {
                return new Verdict(Outcome.FAIL, "'" + d.document() + "' is dated " + WORDS.date(d.date())
                        + ", more than " + maxAgeMonths + " months before the assessment date");
            }
        }
        int n = response.evidence().size();
        if (n < needed) {
            return new Verdict(Outcome.MISSING, n + " of the " + needed + " documents needed are given");
        }
        String given = n + (n == 1 ? " document" : " documents") + " in date on " + WORDS.date(on);
        return decides ? new Verdict(Outcome.PASS, given)
                : new Verdict(Outcome.TO_ASSESS, given + "; a person judges what they show");
    }
}
