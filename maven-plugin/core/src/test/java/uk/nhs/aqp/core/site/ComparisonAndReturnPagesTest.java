package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import uk.nhs.aqp.core.bundle.BundleRequest;
import uk.nhs.aqp.core.compare.ComparisonFixture;
import uk.nhs.aqp.core.compare.RegisterFixture;

/**
 * Where local versions differ, as a page per service line linked from the national pack and the
 * AQP map; and an SHA's return as a page linked from the SHA's page, with its CSV and workbook from
 * the bundle.
 */
class ComparisonAndReturnPagesTest {

    @TempDir
    static Path work;

    private static Toolkit toolkit;
    private static SiteRequest request;
    private static SiteResult result;

    @BeforeAll
    static void build() throws IOException {
        Path project = work.resolve("project");
        ComparisonFixture.fourVersions(project);
        RegisterFixture.add(project);
        toolkit = Toolkit.open(Optional.empty());
        BundleRequest bundle = BundleRequest.forProject(project, "1.0.0", Optional.of(java.time.Instant.EPOCH));
        SiteRequest plain = SiteFixture.request(project, work.resolve("cache"));
        request = plain.withDownloads(Optional.empty(), Optional.of(bundle.outputDirectory()));
        ValidationResult validation = toolkit.validate(request.validation(), BuildLog.silent());
        assertFalse(validation.failed(), validation.diagnostics().toString());
        assertTrue(toolkit.bundle(bundle, validation, BuildLog.silent()).written());
        result = toolkit.site(request, validation, BuildLog.silent());
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
    void the_comparison_page_gives_each_figure_its_national_value_how_many_differ_and_the_spread() throws IOException {
        String p = page("compare/demo/index.html");
        String prices = p.substring(p.indexOf("id=\"figure-price-DM-T-01\""));
        prices = prices.substring(0, prices.indexOf("</tr>"));
        assertTrue(prices.matches("(?s).*>Standard episode</span></th>.*>£44.00</span></td>.*"
                + "<a href=\"#differs-price-DM-T-01\">3 of 5</a>.*"), prices);
        assertTrue(prices.matches("(?s).*>£40.00</span></td>.*>£44.00</span></td>.*>£50.02</span></td>$"),
                "minimum, median, maximum: " + prices);
        assertTrue(p.contains("<h2 id=\"group-age\">Age bounds</h2>"), "groups titled from the vocabulary");
        assertTrue(p.contains("<h2 id=\"group-target\">KPI targets</h2>"));
    }

    @Test
    void under_each_table_a_figure_lists_only_the_versions_that_differ_and_counts_the_rest() throws IOException {
        String p = page("compare/demo/index.html");
        String list = p.substring(p.indexOf("<details class=\"nhsuk-details\" id=\"differs-price-DM-T-01\" open>"));
        list = list.substring(0, list.indexOf("</details>"));
        assertTrue(list.contains("Standard episode: 3 versions differ (national: £44.00)"), list);
        assertTrue(list.contains(">NHS C CCG</a>: <strong class=\"aqp-differs\">£50.01</strong></li>"), list);
        assertEquals(3, list.split("<li>", -1).length - 1, "the three that differ: " + list);
        assertTrue(list.contains("The other 2 local versions have the national value."), list);
        assertTrue(p.contains("Every local version has the national value of the other figures in this table.")
                || p.contains("Every local version has the national value of each figure in this table."),
                "figures no version changes are counted, not listed");
    }

    @Test
    void the_commissioners_that_differ_most_are_marked_and_the_rule_is_stated() throws IOException {
        String p = page("compare/demo/index.html");
        String c = p.substring(p.indexOf("id=\"version-ccg-c\""));
        String tag = "nhsuk-tag--orange\">Differs most</strong>";
        assertTrue(c.substring(0, c.indexOf("</tr>")).contains(tag));
        String a = p.substring(p.indexOf("id=\"version-ccg-a\""));
        assertFalse(a.substring(0, a.indexOf("</tr>")).contains(tag));
        assertTrue(p.contains("set the most figures differently from the national pack"), "one definition, on the page");
    }

    @Test
    void the_national_pack_and_the_map_link_the_comparison() throws IOException {
        assertTrue(page("packs/demo/index.html").contains("href=\"../../compare/demo/index.html\""));
        assertTrue(page("adoption/index.html").contains("href=\"../compare/demo/index.html\""));
    }

    @Test
    void the_shas_return_shows_choices_and_the_rules_broken_in_words() throws IOException {
        String r = page("returns/test-sha/index.html");
        assertTrue(r.contains("<h1>Return of Test Strategic Health Authority</h1>"));
        assertTrue(r.contains("Locality &#39;east&#39; of Test PCT Cluster has no service chosen"), "the finding");
        assertTrue(r.contains("Primary care psychological therapies: Alternative local service &#39;Community "
                + "physiotherapy self-referral&#39; has no SHA assessment recorded"), "a finding about a decision names its line");
        assertFalse(r.contains("commissioner.yaml"), "no file or line");
        assertTrue(r.contains("Community physiotherapy self-referral: not yet assessed by the SHA"));
        assertTrue(r.contains("choices notified on 28 October 2011"));
        assertTrue(r.contains("href=\"../../data/returns/test-sha.csv\"") && r.contains("test-sha-workbook.xlsx"),
                "the return's files from the bundle");
        assertTrue(Files.isRegularFile(request.siteDirectory().resolve("data/returns/test-sha.csv")));
    }

    @Test
    void the_shas_page_links_its_return() throws IOException {
        String sha = page("commissioners/test-sha/index.html");
        assertTrue(sha.contains("href=\"../../returns/test-sha/index.html\""));
        assertTrue(sha.contains("href=\"../../data/returns/test-sha.csv\""));
        assertFalse(page("commissioners/test-cluster/index.html").contains("id=\"sha-return\""), "only an SHA has one");
        assertFalse(page("packs/demo/index.html").contains("data/returns/"), "returns are not pack data");
    }
}
