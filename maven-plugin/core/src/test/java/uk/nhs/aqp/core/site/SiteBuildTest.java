package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;

/** The site of the repository's own packs: every page kind is there, and it is written as a user reads it. */
class SiteBuildTest {

    @TempDir
    static Path work;

    private static Toolkit toolkit;
    private static SiteRequest request;
    private static SiteResult result;
    private static ValidationResult validation;
    private static List<String> log = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        Path root = TestPaths.repositoryRoot();
        toolkit = Toolkit.open(Optional.empty());
        request = new SiteRequest(new ValidateRequest(root, root.resolve("packs"), Optional.empty(),
                work.resolve("aqp"), uk.nhs.aqp.core.diagnostic.Severity.ERROR, uk.nhs.aqp.core.load.LoadLimits.DEFAULT),
                work.resolve("site"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                SiteFixture.frontend(work.resolve("cache"))).withWorkDirectory(Optional.of(work.resolve("aqp/site-work")));
        validation = toolkit.validate(request.validation(), BuildLog.silent());
        result = toolkit.site(request, validation, new BuildLog() {
            @Override public void info(String m) { log.add("INFO " + m); }
            @Override public void warn(String m) { log.add("WARN " + m); }
            @Override public void error(String m) { log.add("ERROR " + m); }
        });
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    private static String page(String path) throws IOException {
        return SiteFixture.page(request, path);
    }

    @Test
    void builds_without_broken_links_and_logs_each_stage_and_the_index() {
        assertEquals(List.of(), result.diagnostics().stream().map(d -> d.format()).toList());
        String all = String.join("\n", log);
        assertTrue(all.contains("Site stages: assets "), all);
        assertTrue(all.contains("link check "), all);
        assertTrue(all.contains("publish "), all);
        assertTrue(all.contains("open " + request.siteDirectory().resolve("index.html").toAbsolutePath()), all);
    }

    @Test
    void the_pages_written_as_they_were_made_are_the_pages_made_in_memory() throws IOException {
        SiteBuilder.Assembly inMemory = new SiteBuilder(Optional.empty(), TestPaths.repositoryRoot())
                .assemble(validation, request, BuildLog.silent());
        List<String> differ = new ArrayList<>();
        inMemory.files().forEach((path, content) -> {
            try {
                if (!java.util.Arrays.equals(content.bytes(), Files.readAllBytes(request.siteDirectory().resolve(path)))) {
                    differ.add(path);
                }
            } catch (IOException e) {
                differ.add(path + " (" + e + ")");
            }
        });
        assertEquals(List.of(), differ);
        assertTrue(inMemory.files().size() > 50, "files: " + inMemory.files().size());
    }

    @Test
    void the_work_folder_keeps_the_link_memo_and_no_page() throws IOException {
        try (Stream<Path> kept = Files.list(request.workDirectory().orElseThrow())) {
            assertEquals(List.of(".aqp-output", LinkMemo.FILE), kept.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void home_lists_the_eight_service_lines_with_status_version_and_lead_region() throws IOException {
        String home = page("index.html");
        for (String id : List.of("adult-hearing", "continence", "diagnostics-direct-access", "leg-ulcer-wound-healing",
                "msk-back-neck-pain", "podiatry", "psychological-therapies", "wheelchairs")) {
            assertTrue(home.contains("href=\"packs/" + id + "/index.html\""), id);
            assertTrue(Files.isRegularFile(request.siteDirectory().resolve("packs/" + id + "/index.html")), id);
        }
        assertTrue(home.contains("nhsuk-tag--green\">Published</strong>"));
        assertTrue(home.contains("Version </span><span>2.0.0</span>"));
        assertTrue(home.contains("North East"));
    }

    @Test
    void pages_speak_to_readers_the_home_title_once_and_no_toolkit_version_in_the_footer() throws IOException {
        String home = page("index.html");
        String title = home.substring(home.indexOf("<title>") + 7, home.indexOf("</title>"));
        assertEquals(1, title.split("AQP implementation packs", -1).length - 1, title);
        String footer = home.substring(home.indexOf("<footer"));
        assertTrue(footer.contains("Figures marked illustrative are not official"), footer);
        assertTrue(!footer.contains("toolkit") && !footer.contains("SNAPSHOT"), footer);
        String pack = page("packs/adult-hearing/index.html");
        assertTrue(pack.contains("<title>Adult hearing"), pack.substring(0, 600));
        assertTrue(pack.contains(" – AQP implementation packs</title>"), pack.substring(0, 600));
    }

    @Test
    void a_pack_page_shows_every_product_and_the_history() throws IOException {
        String hearing = page("packs/adult-hearing/index.html");
        for (String id : List.of("id=\"specification\"", "id=\"kpis\"", "id=\"kpi-AH-KPI-01\"", "id=\"currency\"",
                "id=\"tariff-table\"", "id=\"qualification\"", "id=\"patient-choice\"", "id=\"history\"",
                "id=\"downloads\"", "First appointment within 20 working days of referral", "Version 1.0.0")) {
            assertTrue(hearing.contains(id), id);
        }
        assertTrue(hearing.contains("£"), "tariff prices in pounds");
        assertTrue(hearing.contains("href=\"../../assets/nhsuk/nhsuk-frontend.min.css\""), "relative stylesheet");
    }

    @Test
    void every_link_is_relative_and_the_sitemap_lists_every_page() throws IOException {
        List<String> html;
        Path real = request.siteDirectory().toRealPath(); // the site folder is a link to its current version
        try (Stream<Path> files = Files.walk(real)) {
            html = files.filter(p -> p.toString().endsWith(".html")).map(p -> real.relativize(p).toString())
                    .sorted().toList();
        }
        assertTrue(html.size() > 20, html.toString());
        for (String p : html) {
            assertFalse(page(p).matches("(?s).*(href|src)=\"/[^/].*"), p + " has a link from the server root");
        }
        String sitemap = page("sitemap.xml");
        for (String p : html) {
            if (p.equals("404.html")) continue;
            String loc = p.equals("index.html") ? "./" : p.substring(0, p.length() - "index.html".length());
            assertTrue(sitemap.contains("<loc>" + loc + "</loc>"), p);
        }
        assertTrue(page("404.html").contains("Page not found"));
    }

    @Test
    void search_index_holds_titles_kpis_section_text_prices_criteria_choice_items_and_rules() throws IOException {
        String index = page("assets/search-index.js");
        assertTrue(index.startsWith("window.AQP_SEARCH_INDEX = ["));
        assertTrue(index.contains("\"Referral to fitting within 6 weeks\""));
        assertTrue(index.contains("\"kind\":\"Specification\""));
        assertTrue(index.contains("\"schema.required\""));
        assertTrue(index.matches("(?s).*\\{\"title\":\"Adult hearing[^\"]*: [^\"]*, £[0-9,]+\\.[0-9]{2}\",\"href\":\"packs/adult-hearing/index.html#tariff-[^\"]+\",\"kind\":\"Tariff\".*"),
                "tariffs by name and price, at their anchor");
        for (String kind : List.of("Currency", "Qualification criterion", "Patient choice")) {
            assertTrue(index.contains("\"kind\":\"" + kind + "\""), kind);
        }
        String search = page("search/index.html");
        assertTrue(search.contains("id=\"a-z\""));
        assertTrue(search.contains("href=\"../packs/podiatry/index.html\""), "the A to Z lists every pack");
    }

    @Test
    void the_quality_report_says_what_it_was_built_from_problems_by_rule_drift_and_illustrative_figures()
            throws IOException {
        String quality = page("quality/index.html");
        assertTrue(quality.matches("(?s).*Built from</dt><dd class=\"nhsuk-summary-list__value\">"
                + "(commit [0-9a-f]{4,} of \\d{1,2} [A-Z][a-z]+ \\d{4}[^<]*|Not known[^<]*)</dd>.*"), quality);
        assertTrue(quality.contains("id=\"rule-counts\""), "problems by rule");
        assertTrue(quality.contains("href=\"../rules/adapt.illustrative-figures.html\"")
                || quality.contains("adapt.illustrative-figures"), "a rule the repository breaks is counted");
        assertTrue(quality.contains("Local packs the national pack has moved on under"));
        assertTrue(quality.matches("(?s).*<a href=\"../packs/adult-hearing/index.html\">Adult hearing[^<]*</a>.*"
                + "Illustrative.*"), "each pack's figures and how many are illustrative");
        assertTrue(quality.matches("(?s).*<a href=\"../quality/commissioners/calderdale-ccg/index.html\">NHS Calderdale CCG</a>"
                + "</span></th><td[^>]*><span[^>]*>Errors </span><span>0</span>.*"), "each commissioner's problems counted");
        assertFalse(quality.contains("adaptation.yaml"), "no page lists every problem of the programme");
        String calderdale = page("quality/commissioners/calderdale-ccg/index.html");
        assertTrue(calderdale.contains("<h1>Quality: NHS Calderdale CCG</h1>"), calderdale);
        assertTrue(calderdale.matches("(?s).*packs/local/calderdale-ccg/adult-hearing/adaptation.yaml.*?"
                + "<a href=\"../../../local/calderdale-ccg/adult-hearing/index.html\">Adult hearing[^<]*Calderdale[^<]*</a>.*"),
                "each problem links to the page it is about");
        assertFalse(calderdale.contains("packs/local/city-and-hackney-ccg/"), "only the commissioner's own problems");
    }

    @Test
    void rules_page_lists_every_rule_with_its_fix() throws IOException {
        String rules = page("rules/index.html");
        uk.nhs.aqp.core.diagnostic.RuleCatalog.standard().all().forEach(r ->
                assertTrue(rules.contains("id=\"" + r.id() + "\""), r.id()));
        assertTrue(rules.contains("site.broken-link"));
    }

    @Test
    void two_builds_of_the_same_packs_are_byte_identical() throws IOException {
        Path first = request.siteDirectory();
        Path second = work.resolve("again");
        ValidationResult validation = toolkit.validate(request.validation(), BuildLog.silent());
        try (Toolkit other = Toolkit.open(Optional.empty())) {
            other.site(request.withSiteDirectory(second), validation, BuildLog.silent());
        }
        assertTrue(listing(first).contains("index.html "), "the listing has the pages");
        assertEquals(listing(first), listing(second));
    }

    private static String listing(Path folder) throws IOException {
        Path dir = folder.toRealPath(); // the site folder is a link to its current version
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    return dir.relativize(p) + " " + java.util.Arrays.hashCode(Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
