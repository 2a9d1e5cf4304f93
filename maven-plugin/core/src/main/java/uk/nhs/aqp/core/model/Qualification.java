package uk.nhs.aqp.core.model;

import java.util.List;

/** qualification.yaml: extra criteria and amendments to the standard questionnaire. */
public record Qualification(List<String> introduction, List<Criterion> criteria, List<Amendment> amendments) {

    public Qualification {
        introduction = Lists.copy(introduction);
        criteria = Lists.copy(criteria);
        amendments = Lists.copy(amendments);
    }

    public record Criterion(String id, String category, String criterion, List<String> evidence, String passRule) {
        public Criterion {
            evidence = Lists.copy(evidence);
        }
    }

    /** {@code add} after {@code target}, {@code replace} or {@code remove} {@code target}. */
    public record Amendment(String id, String action, String target, Questionnaire.Question question,
            String rationale) {
    }
}
