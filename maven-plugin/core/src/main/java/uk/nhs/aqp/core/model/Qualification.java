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
     * criterion itself comes from (null: the file's {@link Qualification#basis()}).
     */
    public record Criterion(String id, String category, String criterion, List<String> evidence, String passRule,
            Evidence basis) {
        public Criterion {
            evidence = Lists.copy(evidence);
        }
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
