package uk.nhs.aqp.core.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The standard qualification questionnaire that every pack amends. */
public record Questionnaire(String id, String title, String version, List<String> introduction,
        List<Section> sections) {

    public Questionnaire {
        introduction = Lists.copy(introduction);
        sections = Lists.copy(sections);
    }

    public Stream<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream());
    }

    public Optional<Question> question(String id) {
        return questions().filter(q -> q.id().equals(id)).findFirst();
    }

    public record Section(String id, String title, String guidance, List<Question> questions) {
        public Section {
            questions = Lists.copy(questions);
        }
    }

    public record Question(String id, String text, String response, String assessment, String passRule,
            String guidance) {
    }
}
