package uk.nhs.aqp.core.model;

import java.util.List;

/**
 * qualification.yaml: extra criteria and amendments to the standard questionnaire.
 *
 * @param basis where the dry-run findings come from, and the basis of each criterion and amendment
 *     that gives none; null when the file does not say
 */
public record Qualification(List<String> introduction, Evidence basis, List<Criterion> criteria,
        List<Amendment> amendments) {

    public Qualification {
        introduction = Lists.copy(introduction);
        criteria = Lists.copy(criteria);
        amendments = Lists.copy(amendments);
    }

    /**
     * One extra criterion; {@code evidence} is what the provider submits, {@code basis} where the
     * criterion itself comes from (null: the file's {@link Qualification#basis()}), {@code check}
     * how the qualification dry run evaluates its pass rule (null: a person assesses it).
     */
    public record Criterion(String id, String category, String criterion, List<String> evidence, String passRule,
            Check check, Evidence basis) {
        public Criterion {
            evidence = Lists.copy(evidence);
        }
    }

    /**
     * The machine-readable part of a criterion's pass rule.
     *
     * @param kind {@code yes-no}, {@code document}, {@code threshold} or {@code assess}
     * @param documents for document: how many documents at least (null: one)
     * @param maxAgeMonths for document: the greatest age of each document at the assessment date, or null
     * @param figure for threshold: the pack's figure compared, {@code wait.first} or {@code wait.urgent}
     */
    public record Check(String kind, Integer documents, Integer maxAgeMonths, String figure) {
    }

    /** The basis of a criterion: its own, else the file's (null when neither is given). */
    public Evidence basisOf(Criterion criterion) {
        return criterion.basis() != null ? criterion.basis() : basis;
    }

    /** The basis of an amendment: its own, else the file's (null when neither is given). */
    public Evidence basisOf(Amendment amendment) {
        return amendment.basis() != null ? amendment.basis() : basis;
    }

    /** {@code add} after {@code target}, {@code replace} or {@code remove} {@code target}. */
    public record Amendment(String id, String action, String target, Questionnaire.Question question,
            String rationale, Evidence basis) {
    }
}
