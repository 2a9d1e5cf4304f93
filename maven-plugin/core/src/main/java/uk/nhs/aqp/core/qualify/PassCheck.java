package uk.nhs.aqp.core.qualify;

import uk.nhs.aqp.core.model.Qualification;
import uk.nhs.aqp.core.model.Questionnaire;

/**
 * One kind of pass rule, evaluated on one response. A question's kind follows from its response
 * type and assessment; a criterion's from its {@code check} ({@code assess} when it has none).
 */
sealed interface PassCheck permits YesNoCheck, DocumentCheck, ThresholdCheck, AssessCheck, InformationCheck {

    Verdict evaluate(Response response, DryRun.Context context);

    /** The check of a question of the questionnaire as amended. */
    static PassCheck of(Questionnaire.Question question) {
        if (!"pass-fail".equals(question.assessment())) return new InformationCheck();
        return switch (question.response()) {
            case "yes-no" -> new YesNoCheck("yes", "no");
            case "declaration" -> new YesNoCheck("signed", "not signed");
            case "document" -> new DocumentCheck(1, null, false);
            default -> new AssessCheck();
        };
    }

    /** The check of a service-specific criterion. */
    static PassCheck of(Qualification.Criterion criterion) {
        Qualification.Check check = criterion.check();
        if (check == null) return new AssessCheck();
        return switch (check.kind()) {
            case "yes-no" -> new YesNoCheck("yes", "no");
            case "document" -> new DocumentCheck(check.documents() == null ? 1 : check.documents(),
                    check.maxAgeMonths(), true);
            case "threshold" -> new ThresholdCheck(check.figure());
            default -> new AssessCheck();
        };
    }
}
