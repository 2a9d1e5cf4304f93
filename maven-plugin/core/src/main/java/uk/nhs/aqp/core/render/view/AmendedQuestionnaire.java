package uk.nhs.aqp.core.render.view;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.aqp.core.model.Qualification;
import uk.nhs.aqp.core.model.Questionnaire;

/**
 * The standard questionnaire with one pack's amendments applied, keeping every change visible:
 * a replaced question carries the question it replaced, a removed one stays in place marked as
 * removed, an added one sits after the question it was added after.
 *
 * @param standard the standard questionnaire as published
 * @param sections its sections, each with its questions as amended
 */
public record AmendedQuestionnaire(Questionnaire standard, List<Section> sections) {

    public AmendedQuestionnaire {
        sections = List.copyOf(sections);
    }

    /** One section of the standard questionnaire with its amended questions. */
    public record Section(Questionnaire.Section section, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One question as the provider sees it.
     *
     * @param change {@code unchanged}, {@code added}, {@code replaced} or {@code removed}
     * @param question the question to answer (for a removed one, the question that was removed)
     * @param original for a replaced question, the standard wording; otherwise null
     * @param amendment the amendment that made the change; null when unchanged
     */
    public record Entry(String change, Questionnaire.Question question, Questionnaire.Question original,
            Qualification.Amendment amendment) {

        public boolean changed() {
            return amendment != null;
        }
    }

    /** How many questions the pack added, replaced and removed. */
    public long count(String change) {
        return sections.stream().flatMap(s -> s.entries().stream()).filter(e -> e.change().equals(change)).count();
    }

    /** Applies {@code amendments} in order. An amendment whose target is missing is left out (validation reports it). */
    public static AmendedQuestionnaire apply(Questionnaire standard, List<Qualification.Amendment> amendments) {
        List<List<Entry>> sections = new ArrayList<>();
        for (Questionnaire.Section s : standard.sections()) {
            List<Entry> entries = new ArrayList<>();
            s.questions().forEach(q -> entries.add(new Entry("unchanged", q, null, null)));
            sections.add(entries);
        }
        for (Qualification.Amendment a : amendments) {
            for (List<Entry> entries : sections) {
                int at = indexOf(entries, a.target());
                if (at >= 0) {
                    change(entries, at, a);
                    break;
                }
            }
        }
        List<Section> result = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            result.add(new Section(standard.sections().get(i), sections.get(i)));
        }
        return new AmendedQuestionnaire(standard, result);
    }

    private static void change(List<Entry> entries, int at, Qualification.Amendment a) {
        Entry target = entries.get(at);
        switch (a.action()) {
            case "replace" -> entries.set(at, new Entry("replaced", a.question(), target.question(), a));
            case "remove" -> entries.set(at, new Entry("removed", target.question(), null, a));
            case "add" -> {
                int after = at + 1;
                while (after < entries.size() && "added".equals(entries.get(after).change())) {
                    after++;
                }
                entries.add(after, new Entry("added", a.question(), null, a));
            }
            default -> throw new IllegalArgumentException("unknown amendment action " + a.action());
        }
    }

    /** The standard question {@code id} (by its original id, whatever replaced it). */
    private static int indexOf(List<Entry> entries, String id) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Questionnaire.Question standardQuestion = e.original() != null ? e.original() : e.question();
            if (!"added".equals(e.change()) && standardQuestion.id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
