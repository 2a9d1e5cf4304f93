package uk.nhs.aqp.core.qualify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.PatientChoice;
import uk.nhs.aqp.core.model.Qualification;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.model.Specification;
import uk.nhs.aqp.core.render.view.AmendedQuestionnaire;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * Evaluates one application against its pack: every question of the standard questionnaire as the
 * pack amends it (a removed question is not asked), every service-specific criterion, and every
 * patient-choice item. Reads only; reports nothing (the file's own problems are
 * {@link ApplicationCheck}'s).
 */
public final class DryRun {

    private static final Vocabulary WORDS = Vocabulary.standard();

    /**
     * What a check may read besides the response: the application, and the pack's figures an offer
     * is compared with ({@code wait.first}, {@code wait.urgent}), where the pack sets them.
     */
    record Context(Application application, Map<String, Specification.Duration> figures) {
        Context {
            figures = Map.copyOf(figures);
        }

        LocalDate assessmentDate() {
            return application.assessmentDate();
        }

        static Map<String, Specification.Duration> figuresOf(Pack pack) {
            Map<String, Specification.Duration> out = new HashMap<>();
            Specification.Access access = pack.specification().scope() == null ? null
                    : pack.specification().scope().access();
            if (access != null && access.firstAppointmentWithin() != null) out.put("wait.first", access.firstAppointmentWithin());
            if (access != null && access.urgentWithin() != null) out.put("wait.urgent", access.urgentWithin());
            return out;
        }
    }

    public ApplicationResult evaluate(Qualifying q, Questionnaire standard) {
        Application a = q.application();
        Pack pack = q.pack();
        Context context = new Context(a, Context.figuresOf(pack));
        List<Finding> questions = new ArrayList<>();
        for (AmendedQuestionnaire.Section s : AmendedQuestionnaire.apply(standard, pack.qualification().amendments())
                .sections()) {
            for (AmendedQuestionnaire.Entry e : s.entries()) {
                if (e.change().equals("removed")) continue;
                Questionnaire.Question question = e.question();
                Response response = a.answer(question.id()).map(x -> new Response(x.answer(), x.evidence()))
                        .orElse(Response.NONE);
                questions.add(new Finding("question", question.id(), question.text(), question.passRule(), e.change(),
                        PassCheck.of(question).evaluate(response, context)));
            }
        }
        List<Finding> criteria = new ArrayList<>();
        for (Qualification.Criterion c : pack.qualification().criteria()) {
            Response response = a.response(c.id()).map(x -> new Response(x.answer(), x.evidence())).orElse(Response.NONE);
            criteria.add(new Finding("criterion", c.id(), c.criterion(), c.passRule(), null,
                    PassCheck.of(c).evaluate(response, context)));
        }
        List<Finding> choices = new ArrayList<>();
        for (PatientChoice.Item item : pack.patientChoice().items()) {
            choices.add(new Finding("choice", item.id(), item.question(), item.providerPublishes(), null,
                    offered(item, a.offer())));
        }
        return new ApplicationResult(a, q.file(), pack.key(), pack.outputPath(), pack.manifest().title(),
                pack.manifest().version(), questions, criteria, choices);
    }

    /** Whether the offer answers a patient-choice item: by its own statement, or by the field its topic names. */
    static Verdict offered(PatientChoice.Item item, Application.Offer offer) {
        if (offer == null) return new Verdict(Outcome.MISSING, "no offer given");
        var statement = offer.item(item.id());
        if (statement.isPresent()) return new Verdict(Outcome.RECORDED, statement.get().statement());
        String shown = switch (item.topic()) {
            case "waiting-time" -> offer.waits() == null || offer.waits().first() == null ? null
                    : "first appointment within " + WORDS.duration(offer.waits().first());
            case "locations" -> offer.locations().isEmpty() ? null
                    : String.join("; ", offer.locations().stream().map(l -> l.name() + ", " + l.town()).toList());
            case "opening-hours" -> offer.locations().isEmpty() ? null
                    : String.join("; ", offer.locations().stream().map(l -> l.name() + ": " + l.openingHours()).toList());
            case "home-visits" -> offer.homeVisits() == null ? null : offer.homeVisits() ? "home visits offered" : "no home visits";
            case "languages" -> offer.languages().isEmpty() ? null : String.join(", ", offer.languages());
            case "accessibility" -> offer.accessibility().isEmpty() ? null : String.join("; ", offer.accessibility());
            default -> null;
        };
        return shown == null
                ? new Verdict(Outcome.MISSING, "not in the offer (" + WORDS.lower("topic", item.topic())
                        + "): add it to offer or a statement under offer: items")
                : new Verdict(Outcome.RECORDED, shown);
    }
}
