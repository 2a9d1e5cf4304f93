package uk.nhs.aqp.core.qualify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.diagnostic.Diagnostic;

/** Tier 2: applications beside the small demo pack, dry-run end to end. */
class QualificationDryRunTest {

    private static Toolkit toolkit;

    @TempDir
    Path project;

    @BeforeAll
    static void open() {
        toolkit = Toolkit.open(Optional.empty());
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    private static final String CLEAN = """
            provider: {id: clean-clinic, name: Clean Clinic (illustrative), sector: independent}
            pack: {id: demo}
            assessmentDate: 2012-06-01
            basis: {basis: illustrative}
            answers:
              - {question: C1, amendment: DM-QA-01, answer: true}
              - {question: C2, answer: true}
              - {question: C2.1-DM, answer: By the local protocol.}
            criteria:
              - criterion: DM-QC-01
                answer: Dr A, registered.
            offer:
              waits: {first: {value: 3, unit: weeks}}
            """;

    private static final String FAILING = """
            provider: {id: failing-clinic, name: Failing Clinic (illustrative), sector: nhs}
            pack: {id: demo}
            assessmentDate: 2012-06-01
            answers:
              - {question: C1, amendment: DM-QA-01, answer: true}
              - {question: C2, answer: false}
            criteria: []
            offer: {}
            """;

    private void write(String name, String text) throws IOException {
        Path file = project.resolve("packs/national/demo/applications/" + name + ".yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private QualifyResult run() {
        return toolkit.qualify(QualifyRequest.forProject(project), BuildLog.silent());
    }

    @Test
    void writes_a_report_per_application_and_lists_what_no_application_answered_cleanly() throws IOException {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        write("clean-clinic", CLEAN);
        write("failing-clinic", FAILING);
        QualifyResult result = run();
        assertTrue(result.written(), result.validation().diagnostics().toString());
        ApplicationResult clean = result.applications().stream()
                .filter(r -> r.application().provider().id().equals("clean-clinic")).findFirst().orElseThrow();
        assertEquals(Outcome.TO_ASSESS, clean.overall(), clean.counts());
        assertEquals(List.of("C1 replaced pass", "C2 unchanged pass", "C2.1-DM added recorded"),
                clean.questions().stream().map(f -> f.id() + " " + f.change() + " " + f.outcome().value()).toList());
        assertEquals("recorded", clean.choices().get(0).outcome().value(), "the wait answers the waiting-time item");
        ApplicationResult failing = result.applications().stream()
                .filter(r -> r.application().provider().id().equals("failing-clinic")).findFirst().orElseThrow();
        assertEquals(Outcome.FAIL, failing.overall());

        DryRunSummary.PackSummary demo = result.summary().packs().get(0);
        assertEquals(List.of("criterion DM-QC-01 (1 of 2)", "question C2 (1 of 2)", "question C2.1-DM (1 of 2)"),
                demo.someNotClean().stream().map(u -> u.part() + " " + u.id() + " (" + u.clean() + " of " + u.applications() + ")")
                        .sorted().toList());
        assertEquals(List.of(), demo.noneClean());

        Path out = project.resolve("target/aqp/qualify");
        for (String f : List.of("index.html", "summary.json", "demo/clean-clinic.html", "demo/clean-clinic.json",
                "demo/failing-clinic.html", "demo/failing-clinic.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        String page = Files.readString(out.resolve("demo/failing-clinic.html"));
        assertTrue(page.contains("answered no; the pass rule needs yes"), "the reason is on the page");
        assertFalse(page.contains("<script"), "no script");
        String json = Files.readString(out.resolve("demo/failing-clinic.json"));
        assertTrue(json.contains("\"overall\" : \"fail\""), json);
        String first = Files.readString(out.resolve("summary.json"));
        run();
        assertEquals(first, Files.readString(out.resolve("summary.json")), "a second run writes the same bytes");
    }

    @Test
    void a_question_no_application_answered_cleanly_is_listed_as_evidence_for_an_amendment() throws IOException {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        write("failing-clinic", FAILING);
        DryRunSummary.PackSummary demo = run().summary().packs().get(0);
        assertEquals(List.of("C2", "C2.1-DM", "DM-QC-01"), demo.noneClean().stream().map(DryRunSummary.Unclean::id).toList());
    }

    @Test
    void an_answer_drifts_on_the_next_build_when_the_pack_replaces_the_question() throws IOException {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        write("clean-clinic", CLEAN);
        ValidateRequest request = ValidateRequest.forProject(project);
        assertEquals("", drift(toolkit.check(request, BuildLog.silent()).diagnostics()), "answers the pack as it is");

        Path qualification = project.resolve("packs/national/demo/qualification.yaml");
        Files.writeString(qualification, Files.readString(qualification) + """
                  - id: DM-QA-03
                    action: replace
                    target: C2
                    question:
                      id: C2
                      text: Will you accept every referral from every GP in the area?
                      response: yes-no
                      assessment: pass-fail
                      passRule: "Pass: yes."
                    rationale: The dry run showed providers read C2 as some GPs only.
                """);
        assertEquals("packs/national/demo/applications/clean-clinic.yaml:7:16: warning: [application.drift]"
                + " /answers/1/question: question C2: amendment DM-QA-03 of demo replaced its wording and the answer"
                + " names no amendment; answer the new wording, then add amendment: DM-QA-03\n",
                drift(toolkit.check(request, BuildLog.silent()).diagnostics()));
    }

    private static String drift(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.ruleId().startsWith("application."))
                .map(d -> d.format() + "\n").collect(Collectors.joining());
    }
}
