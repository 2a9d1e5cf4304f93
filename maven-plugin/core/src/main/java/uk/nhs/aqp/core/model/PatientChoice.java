package uk.nhs.aqp.core.model;

import java.util.List;

/** patient-choice.yaml: what a patient compares between qualified providers. */
public record PatientChoice(List<String> introduction, List<Item> items) {

    public PatientChoice {
        introduction = Lists.copy(introduction);
        items = Lists.copy(items);
    }

    public record Item(String id, String topic, String question, String providerPublishes, String whyItMatters) {
    }
}
