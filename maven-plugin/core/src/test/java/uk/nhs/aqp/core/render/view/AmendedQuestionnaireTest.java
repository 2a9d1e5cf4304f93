package uk.nhs.aqp.core.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.model.Qualification.Amendment;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.model.Questionnaire.Question;

class AmendedQuestionnaireTest {

    private static Question q(String id) {
        return new Question(id, "Text of " + id, "text", "information", null, null);
    }

    @Test
    void amendments_replace_remove_and_add_in_place_and_keep_what_they_changed() {
        Questionnaire standard = new Questionnaire("std", "Standard", "1.0.0", List.of(),
                List.of(new Questionnaire.Section("C", "Service", null, List.of(q("C1"), q("C2"), q("C3")))));
        AmendedQuestionnaire amended = AmendedQuestionnaire.apply(standard, List.of(
                new Amendment("X-1", "add", "C1", q("C1.1-X"), "first", null),
                new Amendment("X-2", "add", "C1", q("C1.2-X"), "second", null),
                new Amendment("X-3", "replace", "C2", q("C2"), "better", null),
                new Amendment("X-4", "remove", "C3", null, "not needed", null)));
        List<String> shown = amended.sections().get(0).entries().stream()
                .map(e -> e.question().id() + ":" + e.change()).toList();
        assertEquals(List.of("C1:unchanged", "C1.1-X:added", "C1.2-X:added", "C2:replaced", "C3:removed"), shown);
        assertEquals("Text of C2", amended.sections().get(0).entries().get(3).original().text());
        assertEquals(2, amended.count("added"));
    }
}
