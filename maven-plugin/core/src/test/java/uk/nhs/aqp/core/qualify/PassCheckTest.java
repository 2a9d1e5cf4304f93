package uk.nhs.aqp.core.qualify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.model.Qualification;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.model.Specification;

/** Each kind of pass rule, evaluated on the responses that pass, fail, go missing or go to a person. */
class PassCheckTest {

    private static final LocalDate ASSESSED = LocalDate.of(2012, 6, 1);

    private static Application application(Application.Waits waits) {
        return new Application(new Application.Provider("p", "P (illustrative)", "independent"),
                new Application.PackRef("demo", null, null), ASSESSED, null, List.of(), List.of(),
                new Application.Offer(waits, List.of(), null, List.of(), List.of(), List.of()));
    }

    private static DryRun.Context context(Application.Waits waits, Map<String, Specification.Duration> figures) {
        return new DryRun.Context(application(waits), figures);
    }

    private static final DryRun.Context PLAIN = context(null, Map.of());

    private static Specification.Duration wait(int value, String unit) {
        return new Specification.Duration(value, unit, null);
    }

    private static Application.Document doc(String name, LocalDate date, LocalDate expires) {
        return new Application.Document(name, date, expires, "Shows it.");
    }

    private static Response answer(Object answer) {
        return new Response(answer, List.of());
    }

    private static Response documents(Application.Document... docs) {
        return new Response(null, List.of(docs));
    }

    private static Outcome outcome(PassCheck check, Response response, DryRun.Context context) {
        return check.evaluate(response, context).outcome();
    }

    @Test
    void a_yes_no_rule_passes_on_true_fails_on_false_and_sends_words_to_a_person() {
        PassCheck check = new YesNoCheck("yes", "no");
        assertEquals(Outcome.PASS, outcome(check, answer(true), PLAIN));
        Verdict no = check.evaluate(answer(false), PLAIN);
        assertEquals(Outcome.FAIL, no.outcome());
        assertEquals("answered no; the pass rule needs yes", no.reason());
        assertEquals(Outcome.TO_ASSESS, outcome(check, answer("Yes, from next year"), PLAIN));
        assertEquals(Outcome.MISSING, outcome(check, Response.NONE, PLAIN));
        assertEquals(Outcome.MISSING, outcome(check, answer("  "), PLAIN));
    }

    @Test
    void a_question_gets_its_check_from_its_response_type_and_assessment() {
        assertEquals(new YesNoCheck("signed", "not signed"), PassCheck.of(question("declaration", "pass-fail")));
        assertEquals(new YesNoCheck("yes", "no"), PassCheck.of(question("yes-no", "pass-fail")));
        assertEquals(new DocumentCheck(1, null, false), PassCheck.of(question("document", "pass-fail")));
        assertEquals(new AssessCheck(), PassCheck.of(question("text", "pass-fail")));
        assertEquals(new InformationCheck(), PassCheck.of(question("yes-no", "information")));
    }

    @Test
    void a_criterion_gets_its_check_from_its_machine_check_and_without_one_goes_to_a_person() {
        assertEquals(new AssessCheck(), PassCheck.of(criterion(null)));
        assertEquals(new DocumentCheck(2, 12, true),
                PassCheck.of(criterion(new Qualification.Check("document", 2, 12, null))));
        assertEquals(new ThresholdCheck("wait.first"),
                PassCheck.of(criterion(new Qualification.Check("threshold", null, null, "wait.first"))));
        assertEquals(new YesNoCheck("yes", "no"), PassCheck.of(criterion(new Qualification.Check("yes-no", null, null, null))));
    }

    @Test
    void a_document_rule_needs_enough_documents_each_in_date_on_the_assessment_date() {
        PassCheck check = new DocumentCheck(2, 12, true);
        Application.Document good = doc("Certificate", LocalDate.of(2012, 1, 5), null);
        Application.Document good2 = doc("Policy", LocalDate.of(2011, 9, 1), LocalDate.of(2013, 9, 1));
        assertEquals(Outcome.PASS, outcome(check, documents(good, good2), PLAIN));
        assertEquals(Outcome.MISSING, outcome(check, documents(good), PLAIN), "one of two");
        assertEquals(Outcome.MISSING, outcome(check, Response.NONE, PLAIN));
        Verdict late = check.evaluate(documents(good, doc("Report", LocalDate.of(2012, 7, 1), null)), PLAIN);
        assertEquals(Outcome.FAIL, late.outcome());
        assertTrue(late.reason().contains("after the assessment date"), late.reason());
        Verdict expired = check.evaluate(documents(good, doc("Insurance", LocalDate.of(2011, 1, 1),
                LocalDate.of(2012, 5, 31))), PLAIN);
        assertEquals(Outcome.FAIL, expired.outcome());
        assertEquals("'Insurance' expired on 31 May 2012", expired.reason());
        Verdict old = check.evaluate(documents(good, doc("Calibration", LocalDate.of(2011, 5, 31), null)), PLAIN);
        assertEquals(Outcome.FAIL, old.outcome());
        assertTrue(old.reason().contains("more than 12 months"), old.reason());
        assertEquals(Outcome.PASS, outcome(check, documents(good, doc("Calibration", LocalDate.of(2011, 6, 1), null)),
                PLAIN), "exactly 12 months old is still in date");
    }

    @Test
    void a_document_question_in_date_still_goes_to_a_person() {
        Verdict v = new DocumentCheck(1, null, false).evaluate(documents(doc("Accounts", LocalDate.of(2012, 3, 1), null)), PLAIN);
        assertEquals(Outcome.TO_ASSESS, v.outcome());
    }

    @Test
    void a_threshold_rule_compares_the_offered_wait_with_the_packs_figure() {
        PassCheck check = new ThresholdCheck("wait.first");
        Map<String, Specification.Duration> pack = Map.of("wait.first", wait(20, "working-days"));
        assertEquals(Outcome.PASS, outcome(check, Response.NONE,
                context(new Application.Waits(wait(20, "working-days"), null), pack)), "equal is within");
        Verdict longer = check.evaluate(Response.NONE, context(new Application.Waits(wait(21, "working-days"), null), pack));
        assertEquals(Outcome.FAIL, longer.outcome());
        assertEquals("21 working days offered, the pack's first-appointment wait is 20 working days: longer than the pack allows",
                longer.reason());
        assertEquals(Outcome.PASS, outcome(check, Response.NONE, context(new Application.Waits(wait(4, "weeks"), null), pack)),
                "4 weeks is 20 working days");
        assertEquals(Outcome.FAIL, outcome(check, Response.NONE, context(new Application.Waits(wait(5, "weeks"), null), pack)));
        assertEquals(Outcome.TO_ASSESS, outcome(check, Response.NONE,
                context(new Application.Waits(wait(1, "months"), null), pack)), "months do not convert");
        assertEquals(Outcome.MISSING, outcome(check, Response.NONE, context(new Application.Waits(null, wait(1, "days")), pack)));
        assertEquals(Outcome.TO_ASSESS, outcome(new ThresholdCheck("wait.urgent"), Response.NONE,
                context(new Application.Waits(null, wait(1, "days")), pack)), "the pack sets no urgent wait");
    }

    @Test
    void a_rule_for_a_person_needs_an_answer_or_evidence_and_information_is_recorded() {
        assertEquals(Outcome.TO_ASSESS, outcome(new AssessCheck(), answer("Our protocol."), PLAIN));
        assertEquals(Outcome.TO_ASSESS, outcome(new AssessCheck(), documents(doc("Plan", ASSESSED, null)), PLAIN));
        assertEquals(Outcome.MISSING, outcome(new AssessCheck(), Response.NONE, PLAIN));
        assertEquals(Outcome.RECORDED, outcome(new InformationCheck(), answer(12), PLAIN));
        assertEquals(Outcome.MISSING, outcome(new InformationCheck(), Response.NONE, PLAIN));
    }

    private static Questionnaire.Question question(String response, String assessment) {
        return new Questionnaire.Question("C1", "Asked?", response, assessment, "Pass: yes.", null);
    }

    private static Qualification.Criterion criterion(Qualification.Check check) {
        return new Qualification.Criterion("DM-QC-01", "clinical", "A lead.", List.of("Name."), "Pass if named.", check, null);
    }
}
