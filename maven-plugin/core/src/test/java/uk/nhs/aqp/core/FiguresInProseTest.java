package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.model.Pack;

/**
 * Figures live in one place: the repository's packs cite their age bounds and waits by name, so
 * one local change to the figure changes every sentence that states it (Calderdale's wait of 16
 * working days reaches the KPI's name, definition and numerator and the qualification question;
 * City and Hackney's minimum age of 19 reaches the population, the criteria and the exclusion).
 */
class FiguresInProseTest {

    @TempDir
    static Path out;

    private static ValidationResult result;

    @BeforeAll
    static void validateTheRepository() {
        Path root = TestPaths.repositoryRoot();
        ValidateRequest request = ValidateRequest.forProject(root);
        request = new ValidateRequest(root, root.resolve("packs"), Optional.empty(), out, request.failOn(), request.limits());
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            result = toolkit.validate(request, BuildLog.silent());
        }
    }

    private static Pack local(String commissioner, String pack) {
        return result.localPacks().stream()
                .filter(p -> p.local().orElseThrow().commissioner().id().equals(commissioner) && p.id().equals(pack))
                .findFirst().orElseThrow();
    }

    private static Pack national(String pack) {
        return result.packs().stream().filter(p -> p.id().equals(pack)).findFirst().orElseThrow();
    }

    @Test
    void one_local_wait_reaches_the_kpi_and_the_qualification_question() {
        Pack calderdale = local("calderdale-ccg", "adult-hearing");
        var kpi = calderdale.kpis().kpis().get(0);
        assertEquals("First appointment within 16 working days of referral", kpi.name());
        assertTrue(kpi.definition().contains("within 16 working days of the provider receiving"), kpi.definition());
        assertTrue(kpi.numerator().contains("within 16 working days of the"), kpi.numerator());
        assertTrue(calderdale.qualification().amendments().stream()
                .anyMatch(a -> a.question() != null && a.question().text().contains("first appointment within 16 working days")));
        assertEquals("First appointment within 20 working days of referral", national("adult-hearing").kpis().kpis().get(0).name(),
                "the national pack prints its own figure");
    }

    @Test
    void one_local_age_reaches_every_sentence_that_states_it() {
        Pack hackney = local("city-and-hackney-ccg", "diagnostics-direct-access");
        List<String> texts = List.of(hackney.specification().scope().population().get(0),
                hackney.specification().scope().eligibility().criteria().get(0),
                hackney.specification().scope().exclusions().stream().filter(e -> e.id().equals("DIAG-EX-03"))
                        .findFirst().orElseThrow().criterion());
        assertTrue(texts.get(0).startsWith("Adults aged 19 and over"), texts.get(0));
        Pack kernow = local("kernow-ccg", "msk-back-neck-pain");
        assertTrue(kernow.local().orElseThrow().variations().stream().allMatch(v -> !String.valueOf(v.nationalValue()).contains("{{")),
                "a variation shows the national text as the national pack prints it");
        assertTrue(kernow.local().orElseThrow().variations().stream().anyMatch(v -> String.valueOf(v.nationalValue()).contains("Adults aged 18 and over")));
        assertEquals("Aged 19 or over on the date of the request.", texts.get(1));
        assertEquals("Children and young people under 19.", texts.get(2));
        for (Pack p : result.localPacks()) {
            assertFalse(p.specification().scope().population().stream().anyMatch(t -> t.contains("{{")),
                    p.key() + ": no citation is left unresolved");
        }
    }

    @Test
    void no_pack_prints_a_citation_unresolved() throws Exception {
        var json = com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS).build();
        int cited = 0;
        for (Pack p : result.allPacks()) {
            String text = json.writeValueAsString(p);
            assertFalse(text.contains("{{"), p.key() + " prints a citation as written");
            cited += p.kpis().kpis().get(0).name().contains("within") ? 1 : 0;
        }
        assertTrue(cited >= 6, "the packs' first KPIs state their waits: " + cited);
    }
}
