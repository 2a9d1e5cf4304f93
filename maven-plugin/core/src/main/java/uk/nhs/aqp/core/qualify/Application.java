package uk.nhs.aqp.core.qualify;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.aqp.core.model.Evidence;
import uk.nhs.aqp.core.model.Specification;

/**
 * One provider application as written ({@code applications/<provider-id>.yaml}), bound after it
 * passed {@code application.schema.json}.
 *
 * @param basis whether the application is real or an example (illustrative), or null
 */
public record Application(Provider provider, PackRef pack, LocalDate assessmentDate, Evidence basis,
        List<Answer> answers, List<CriterionResponse> criteria, Offer offer) {

    public Application {
        answers = copy(answers);
        criteria = copy(criteria);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** @param sector nhs, independent, voluntary or social-enterprise */
    public record Provider(String id, String name, String sector) {
    }

    /** The pack answered: its id, the commissioner whose qualification it is, the version read. */
    public record PackRef(String id, String commissioner, String version) {
    }

    /**
     * The answer to one question.
     *
     * @param amendment for an added or replaced question, the amendment whose wording was answered
     * @param answer a Boolean, a number or a String; null when only evidence is given
     */
    public record Answer(String question, String amendment, Object answer, List<Document> evidence) {
        public Answer {
            evidence = copy(evidence);
        }
    }

    /** The response to one service-specific criterion. */
    public record CriterionResponse(String criterion, Object answer, List<Document> evidence) {
        public CriterionResponse {
            evidence = copy(evidence);
        }
    }

    /** A document submitted as evidence; {@code expires} is null when it does not expire. */
    public record Document(String document, LocalDate date, LocalDate expires, String statement) {
    }

    /** What the provider offers patients. */
    public record Offer(Waits waits, List<Location> locations, Boolean homeVisits, List<String> languages,
            List<String> accessibility, List<ItemStatement> items) {
        public Offer {
            locations = copy(locations);
            languages = copy(languages);
            accessibility = copy(accessibility);
            items = copy(items);
        }

        public Optional<ItemStatement> item(String id) {
            return items.stream().filter(i -> i.item().equals(id)).findFirst();
        }
    }

    /** The waits offered; either may be null. */
    public record Waits(Specification.Duration first, Specification.Duration urgent) {
    }

    public record Location(String name, String town, String openingHours, Boolean stepFree) {
    }

    public record ItemStatement(String item, String statement) {
    }

    /** The answer to question {@code id}, the first if it is answered twice. */
    public Optional<Answer> answer(String id) {
        return answers.stream().filter(a -> a.question().equals(id)).findFirst();
    }

    public Optional<CriterionResponse> response(String criterionId) {
        return criteria.stream().filter(c -> c.criterion().equals(criterionId)).findFirst();
    }

    public boolean illustrative() {
        return basis != null && basis.illustrative();
    }
}
