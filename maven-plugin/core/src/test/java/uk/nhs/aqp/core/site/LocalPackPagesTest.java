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
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidationResult;

/**
 * Local packs on the site: a page each with its base, variation report and drift, the AQP map
 * linking to them, and pack text that cannot inject markup.
 */
class LocalPackPagesTest {

    @TempDir
    static Path work;

    private static Toolkit toolkit;
    private static SiteRequest request;
    private static SiteResult result;

    @BeforeAll
    static void build() throws IOException {
        Path project = SiteFixture.demoProject(work.resolve("project"));
        Path pack = project.resolve("packs/national/demo/pack.yaml");
        Files.writeString(pack, Files.readString(pack).replace("shortTitle: Demo service",
                "shortTitle: \"Demo <script>alert('x')</script> service\"\nreference: AQP-IP-DM"));
        Path adaptation = project.resolve("packs/local/test-ccg/demo/adaptation.yaml");
        Files.writeString(adaptation, "version: 1.2.0\ndate: 2012-09-03\n" + Files.readString(adaptation));
        toolkit = Toolkit.open(Optional.empty());
        request = SiteFixture.request(project, work.resolve("cache"));
        ValidationResult validation = toolkit.validate(request.validation(), BuildLog.silent());
        assertFalse(validation.failed(), validation.diagnostics().toString());
        assertEquals(2, validation.localPacks().size());
        result = toolkit.site(request, validation, BuildLog.silent());
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    private static String page(String path) throws IOException {
        return SiteFixture.page(request, path);
    }

    @Test
    void the_site_builds_with_every_link_intact() {
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void a_local_page_shows_its_base_and_every_variation_with_both_values_and_the_rationale() throws IOException {
        String local = page("local/test-ccg/demo/index.html");
        assertTrue(local.contains("NHS Test CCG"));
        assertTrue(local.contains("href=\"../../../packs/demo/index.html\""), "links to the national pack");
        assertTrue(local.contains(", version 1.1.0"));
        assertTrue(local.matches("(?s).*KPI DM-KPI-01 <em>[^<]+</em>: target value.*"),
                "what changed, in words: the item's kind, id and name, then the field");
        assertFalse(local.contains("kpis/kpis/DM-KPI-01/target/value</h4>"), "no path in the heading");
        assertTrue(local.contains("<del>95</del>") && local.contains("<ins>90</ins>"),
                "the national and local values, each marked");
        assertTrue(local.contains("<strong>Why:</strong> Local capacity.</p>"), "the rationale beside the change");
        assertTrue(local.matches("(?s).*KPI TST-KPI-01 <em>Local indicator</em>.*<dt>Name</dt><dd>Local indicator</dd>.*"),
                "an added item by kind, id and name, its fields as a definition list");
        assertTrue(local.contains("nhsuk-tag--red\">Removed</strong>"));
        assertTrue(local.contains("id=\"kpi-TST-KPI-01\""), "the pack as adapted has the added KPI");
        assertFalse(local.contains("id=\"drift\""), "no drift for a pack written against the current version");
    }

    @Test
    void a_local_page_gives_the_commissioners_own_version_and_a_national_page_its_reference() throws IOException {
        assertTrue(page("local/test-ccg/demo/index.html").contains(
                "Local version</dt><dd class=\"nhsuk-summary-list__value\">1.2.0, 3 September 2012</dd>"));
        assertFalse(page("local/drift-ccg/demo/index.html").contains("Local version</dt>"), "none given, none shown");
        assertTrue(page("packs/demo/index.html").contains(
                "Reference</dt><dd class=\"nhsuk-summary-list__value\">AQP-IP-DM <span"));
    }

    @Test
    void drift_from_the_national_pack_is_shown_on_the_local_page_in_plain_words() throws IOException {
        String local = page("local/drift-ccg/demo/index.html");
        assertTrue(local.contains("id=\"drift\""));
        assertTrue(local.contains("The national pack has changed since this local version was written"));
        assertTrue(local.contains("The national pack, now at version 1.1.0, has changed these values since NHS Drift CCG "
                + "wrote its local version against national version 1.0.0."), local);
        assertTrue(local.contains("When this local version was written, the national value was:</p><div>90</div>"), local);
        for (String forAuthors : List.of("aqp:rebase", "adapt.drift", "adaptation.yaml:", "upstream drift")) {
            assertFalse(local.contains(forAuthors), "author instructions and file:line stay off public pages: " + forAuthors);
        }
        assertTrue(local.contains("Newer national version"));
        assertTrue(local.matches("(?s).*<strong>Why:</strong> Local capacity &lt;b&gt;limits&lt;/b&gt; the first year\\.</p>\\s*"
                + "<div class=\"nhsuk-warning-callout\">.*National pack changed.*"), "the drift beside the change it concerns");
        assertTrue(local.contains("Local capacity &lt;b&gt;limits&lt;/b&gt; the first year."), "rationale escaped");
        assertTrue(page("quality/index.html").contains("adapt.drift"), "the quality page lists the warning");
    }

    @Test
    void the_aqp_map_has_a_row_per_commissioner_linking_each_adoption() throws IOException {
        String map = page("adoption/index.html");
        assertTrue(map.contains("<th class=\"nhsuk-table__header\" scope=\"row\" id=\"commissioner-test-ccg\">"
                + "<a href=\"../commissioners/test-ccg/index.html\">NHS Test CCG</a>"), "the row links to the commissioner's page");
        assertTrue(map.contains("href=\"../local/test-ccg/demo/index.html\""));
        assertTrue(map.contains("href=\"../local/drift-ccg/demo/index.html\""));
        assertTrue(map.contains("5 variations"));
        assertTrue(page("packs/demo/index.html").contains("href=\"../../local/drift-ccg/demo/index.html\">NHS Drift CCG</a>"));
    }

    @Test
    void pack_text_is_escaped_everywhere_it_appears() throws IOException {
        for (String p : List.of("index.html", "packs/demo/index.html", "local/test-ccg/demo/index.html",
                "adoption/index.html", "search/index.html")) {
            String html = page(p);
            assertFalse(html.contains("<script>alert"), p);
            assertTrue(html.contains("Demo &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; service"), p);
        }
        String index = page("assets/search-index.js");
        assertTrue(index.contains("\"Demo <script>alert('x')</script> service\""),
                "the search index holds the text as data; search.js only ever sets textContent");
    }
}
