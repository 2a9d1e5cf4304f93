package uk.nhs.aqp.core.qualify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.model.Variation;
import uk.nhs.aqp.core.render.view.AmendedQuestionnaire;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * Every id an application answers, against the pack as it is now. An id answered twice is
 * {@code application.duplicate} (an error). A question, criterion or
 * patient-choice item the pack never had is {@code application.unknown-id} (an error); one the pack
 * has since removed or replaced is {@code application.drift} (a warning at the answer): a removed
 * question, a criterion or item the local pack removed, a replaced question answered without naming
 * the amendment that replaced it, or an answer naming an amendment the pack no longer makes.
 */
final class AnswerIds {

    private final Application application;
    private final YamlDocument doc;
    private final Pack pack;
    private final Map<String, AmendedQuestionnaire.Entry> asked = new HashMap<>();
    private final Map<String, AmendedQuestionnaire.Entry> removed = new HashMap<>();

    AnswerIds(Application application, YamlDocument doc, Pack pack, Questionnaire standard) {
        this.application = application;
        this.doc = doc;
        this.pack = pack;
        for (AmendedQuestionnaire.Section s : AmendedQuestionnaire.apply(standard, pack.qualification().amendments())
                .sections()) {
            for (AmendedQuestionnaire.Entry e : s.entries()) {
                (e.change().equals("removed") ? removed : asked).put(e.question().id(), e);
            }
        }
    }

    void check(DiagnosticSink sink) {
        List<Application.Answer> answers = application.answers();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            if (!once("question", answers.get(i).question(), "/answers/" + i + "/question", first, sink)) continue;
            question(answers.get(i), "/answers/" + i, sink);
        }
        List<String> criteria = pack.qualification().criteria().stream().map(c -> c.id()).toList();
        for (int i = 0; i < application.criteria().size(); i++) {
            String at = "/criteria/" + i + "/criterion";
            if (!once("criterion", application.criteria().get(i).criterion(), at, first, sink)) continue;
            item("criterion", application.criteria().get(i).criterion(), criteria, "qualification/criteria/", at, sink);
        }
        List<String> items = pack.patientChoice().items().stream().map(c -> c.id()).toList();
        if (application.offer() != null) {
            for (int i = 0; i < application.offer().items().size(); i++) {
                String at = "/offer/items/" + i + "/item";
                if (!once("patient-choice item", application.offer().items().get(i).item(), at, first, sink)) continue;
                item("patient-choice item", application.offer().items().get(i).item(), items, "patient-choice/items/",
                        at, sink);
            }
        }
    }

    /**
     * {@code application.duplicate}: whether this is the first answer to {@code id}; a second one is
     * reported with the line of the first (the dry run reads only the first).
     */
    private boolean once(String what, String id, String at, Map<String, Integer> first, DiagnosticSink sink) {
        String key = what + " " + id;
        Integer line = first.get(key);
        if (line == null) {
            first.put(key, doc.sources().value(at).line());
            return true;
        }
        sink.report("application.duplicate", doc.sources().value(at), what, id, line);
        return false;
    }

    private void question(Application.Answer answer, String at, DiagnosticSink sink) {
        String id = answer.question();
        AmendedQuestionnaire.Entry entry = asked.get(id);
        if (entry == null && removed.containsKey(id)) {
            sink.report("application.drift", doc.sources().value(at + "/question"), "question " + id,
                    "amendment " + removed.get(id).amendment().id() + " of " + pack.key() + " removed it",
                    "delete the answer");
            return;
        }
        Optional<Variation> withdrawn = entry == null ? withdrawnAmendment(id) : Optional.empty();
        if (withdrawn.isPresent()) {
            sink.report("application.drift", doc.sources().value(at + "/question"), "question " + id,
                    "the local pack " + pack.key() + " removed the amendment that asked it ("
                            + withdrawn.get().origin().location() + ")",
                    "delete the answer");
            return;
        }
        if (entry == null) {
            sink.report("application.unknown-id", doc.sources().value(at + "/question"), "question", id, pack.key(),
                    DidYouMean.hint(id, asked.keySet()));
            return;
        }
        String by = entry.changed() ? entry.amendment().id() : null;
        if ("replaced".equals(entry.change()) && answer.amendment() == null) {
            sink.report("application.drift", doc.sources().value(at + "/question"), "question " + id,
                    "amendment " + by + " of " + pack.key() + " replaced its wording and the answer names no amendment",
                    "answer the new wording, then add amendment: " + by);
        } else if (answer.amendment() != null && !answer.amendment().equals(by)) {
            sink.report("application.drift", doc.sources().value(at + "/amendment"), "question " + id,
                    "the answer was to amendment " + answer.amendment() + ", which " + pack.key() + " no longer makes"
                            + (by == null ? " (the question is as the standard questionnaire asks it)" : "; " + by + " now does"),
                    by == null ? "answer the standard wording, then delete amendment" : "answer the new wording, then set amendment: " + by);
        }
    }

    /** The local pack's removal of an amendment that added or replaced question {@code id}. */
    private Optional<Variation> withdrawnAmendment(String id) {
        return pack.local().stream().flatMap(l -> l.variations().stream())
                .filter(v -> v.operation() == Variation.Operation.REMOVE
                        && v.target().startsWith("qualification/amendments/")
                        && v.nationalValue() != null && id.equals(v.nationalValue().at("/question/id").asText()))
                .findFirst();
    }

    private void item(String what, String id, List<String> ids, String target, String at, DiagnosticSink sink) {
        if (ids.contains(id)) return;
        Optional<Variation> removal = pack.local().stream().flatMap(l -> l.variations().stream())
                .filter(v -> v.target().equals(target + id) && v.operation() == Variation.Operation.REMOVE).findFirst();
        if (removal.isPresent()) {
            sink.report("application.drift", doc.sources().value(at), what + " " + id,
                    "the local pack " + pack.key() + " removed it (" + removal.get().origin().location() + ")",
                    "delete the answer");
        } else {
            sink.report("application.unknown-id", doc.sources().value(at), what, id, pack.key(), DidYouMean.hint(id, ids));
        }
    }
}
