package uk.nhs.aqp.core.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.adapt.VariationReport;
import uk.nhs.aqp.core.model.Pack;

/**
 * The repository's real local packs, as the variation report words them: each change named in a
 * commissioner's words, values never JSON, and aqp:diff's lines marking the changed words.
 */
class RepositoryVariationsTest {

    private static List<Pack> locals;

    @BeforeAll
    static void validateTheRepository() {
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            ValidationResult v = toolkit.validate(ValidateRequest.forProject(TestPaths.repositoryRoot()),
                    BuildLog.silent());
            locals = v.localPacks();
        }
        assertTrue(locals.size() >= 10, "the repository's local packs resolved: " + locals.size());
    }

    @Test
    void every_change_is_named_in_words_never_a_path_or_a_key() {
        List<String> bad = new ArrayList<>();
        for (Pack p : locals) {
            for (DescribedVariation v : DescribedVariation.of(p)) {
                String words = v.subject().lead() + ": " + v.subject().detail();
                if (words.contains("/") || words.matches(".*[a-z][A-Z].*") || v.subject().text().isBlank()) {
                    bad.add(p.key() + " " + v.target() + " -> " + v.subject().text());
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void no_value_is_shown_as_json() {
        List<String> bad = new ArrayList<>();
        for (Pack p : locals) {
            for (DescribedVariation v : DescribedVariation.of(p)) {
                for (Shown s : List.of(v.national(), v.local())) {
                    if (s.plain().contains("{\"") || s.plain().contains("[\"") || s.plain().contains("…")) {
                        bad.add(p.key() + " " + v.target() + " -> " + s.plain());
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void aqp_diff_marks_the_changed_words_of_calderdales_long_paragraphs() {
        Pack hearing = locals.stream().filter(p -> p.key().contains("calderdale") && p.id().equals("adult-hearing"))
                .findFirst().orElseThrow();
        String text = String.join("\n", VariationReport.text(hearing));
        assertTrue(text.contains("Changed: Specification, access: wait for a first appointment"), text);
        assertTrue(text.contains("[-20 working days (illustrative)-]{+16 working days (local example)+}"), text);
        assertTrue(text.contains("Changed: KPI AH-KPI-01 First appointment within 16 working days of referral: target"),
                "the KPI is named as the local pack prints it, its cited wait resolved");
        assertTrue(text.contains("Two aids usually give better hearing in noise and {+a+} better sense of where sound comes "
                + "from[-; patients who choose one aid after discussion are counted as offered-]."),
                "the whole sentence, the change marked");
        assertFalse(text.contains("{\""), "no JSON");
        assertTrue(text.contains("[-at least 95% (illustrative)-]") && text.contains("{+100% (local example)+}"),
                "a target as a target, not JSON");
    }
}
