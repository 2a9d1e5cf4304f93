package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidationResult;

/**
 * A commissioner's register of qualified providers becomes a patient choice directory at
 * {@code choose/<commissioner>/<pack>/}: the qualified providers only, their offers side by side,
 * how to be referred; linked from the commissioner's page.
 */
class ChoiceDirectoryPageTest {

    @TempDir
    static Path work;

    private static Toolkit toolkit;
    private static SiteRequest request;

    @BeforeAll
    static void build() throws IOException {
        Path project = work.resolve("project");
        Path packs = project.resolve("packs");
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), packs);
        TestPaths.copyTree(TestPaths.casesFolder().resolve("qualified_providers_register_is_checked_cleanly/packs"), packs);
        Path local = packs.resolve("local/test-ccg/demo");
        // a third provider, qualified once and now suspended: not a choice
        Files.writeString(local.resolve("applications/third-clinic.yaml"),
                Files.readString(local.resolve("applications/example-clinic.yaml"), StandardCharsets.UTF_8)
                        .replace("id: example-clinic", "id: third-clinic").replace("Example Clinic", "Third Clinic"),
                StandardCharsets.UTF_8);
        Files.writeString(local.resolve("qualified-providers.yaml"), """
                  - provider: third-clinic
                    decision: suspended
                    date: 2012-09-01
                    application: third-clinic
                    reason: Its premises are being inspected.
                """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        toolkit = Toolkit.open(Optional.empty());
        request = SiteFixture.request(project, work.resolve("cache"));
        ValidationResult validation = toolkit.validate(request.validation(), BuildLog.silent());
        assertFalse(validation.failed(), validation.diagnostics().toString());
        assertEquals(1, validation.qualifiedProviders().size());
        SiteResult result = toolkit.site(request, validation, BuildLog.silent());
        assertEquals(List.of(), result.diagnostics(), "every link and anchor holds");
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    private static String page(String path) throws IOException {
        return SiteFixture.page(request, path);
    }

    @Test
    void the_directory_lists_only_the_qualified_providers() throws IOException {
        String p = page("choose/test-ccg/demo/index.html");
        assertTrue(p.contains("<h2 id=\"provider-example-clinic\">Example Clinic (illustrative)</h2>"), p);
        assertFalse(p.contains("Other Clinic"), "not qualified: not a choice");
        assertFalse(p.contains("Third Clinic"), "suspended: not a choice");
        assertTrue(p.contains("One service has met the NHS standards set by NHS Test CCG"), "says how many, plainly");
    }

    @Test
    void each_fact_the_pack_asks_for_is_shown_side_by_side_in_plain_words() throws IOException {
        String p = page("choose/test-ccg/demo/index.html");
        String row = p.substring(p.indexOf("id=\"compare-DM-PC-01\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains(">How soon can I be seen?</th>"), row);
        assertTrue(row.contains("<td class=\"nhsuk-table__cell\">First appointment within 3 weeks</td>"), row);
        assertTrue(p.contains("<div class=\"aqp-table-wrap\" role=\"region\" aria-labelledby=\"compare-table\" tabindex=\"0\">"),
                "the table scrolls inside itself on a phone, and can be scrolled from the keyboard");
    }

    @Test
    void says_how_to_be_referred_and_that_the_example_is_invented() throws IOException {
        String p = page("choose/test-ccg/demo/index.html");
        assertTrue(p.contains("<h2 id=\"referral\">How to be referred</h2>"));
        assertTrue(p.contains("ask to be referred there"), "the demo pack's text does not say, so a plain sentence does");
        assertTrue(p.contains("id=\"illustrative\""), "an illustrative register says it is an example");
    }

    @Test
    void the_commissioners_page_links_its_directory() throws IOException {
        String p = page("commissioners/test-ccg/index.html");
        assertTrue(p.contains("href=\"../../choose/test-ccg/demo/index.html\">Choose where to go: "), p);
        assertTrue(p.contains("(1 qualified provider; an invented example)"));
    }

    @Test
    void the_local_packs_page_links_its_directory() throws IOException {
        String p = page("local/test-ccg/demo/index.html");
        assertTrue(p.contains("href=\"../../../choose/test-ccg/demo/index.html\">Choose where to go</a>: the provider qualified "
                + "for this service (an invented example)"), p);
    }
}
