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

/**
 * The AQP map from the programme register: decisions grouped by SHA and cluster, as a table and as
 * an SVG grid with a text alternative, and a page per commissioner with its decisions, stocktake,
 * local packs and the programme rules it breaks.
 */
class AqpMapPageTest {

    @TempDir
    static Path work;

    private static Toolkit toolkit;
    private static SiteRequest request;
    private static SiteResult result;
    private static ValidationResult validation;

    private static final String SHA = """
            id: test-sha
            name: Test Strategic Health Authority
            organisationCode: Q99
            region: north-east
            kind: sha
            """;

    private static final String CLUSTER = """
            id: test-cluster
            name: Test PCT Cluster
            organisationCode: 5QX
            region: north-east
            kind: pct-cluster
            sha: test-sha
            localities: [north, south, east]
            notified: 2011-10-28
            decisions:
              - serviceLine: adult-hearing
                decision: chosen-2012-13
                date: 2011-10-20
                contracting: aqp
                localPack: demo
                localities: [north]
                stocktake:
                  currentContract: block
                  incumbentRisk: high
                  marketNotes: Three <b>providers</b> showed interest.
              - serviceLine: msk-back-neck-pain
                decision: chosen-2012-13
                date: 2011-10-20
                contracting: lead-provider
                jointWith: [Test Neighbour Cluster]
                localities: [south]
              - serviceLine: podiatry
                decision: planned-2013-14
                date: 2011-10-20
                localities: [north, south]
                illustrative: true
              - serviceLine: continence
                decision: declined
                date: 2011-10-20
                reason: A block contract runs to 2014.
              - serviceLine: diagnostics-direct-access
                decision: declined
                date: 2011-10-20
                reason: Not a local priority.
              - serviceLine: wheelchairs
                decision: declined
                date: 2011-10-20
                reason: Already redesigned in 2010.
              - serviceLine: leg-ulcer-wound-healing
                decision: declined
                date: 2011-10-20
                reason: Community nursing provides it.
              - serviceLine: psychological-therapies
                decision: alternative
                date: 2011-10-20
                localities: [south]
                alternative:
                  name: Community physiotherapy self-referral
                  description: Self-referral to physiotherapy in the community.
                  shaAssessment: suitable
                  assessed: 2011-11-15
            """;

    @BeforeAll
    static void build() throws IOException {
        Path project = SiteFixture.demoProject(work.resolve("project"));
        Path local = project.resolve("packs/local");
        Files.createDirectories(local.resolve("test-sha"));
        Files.writeString(local.resolve("test-sha/commissioner.yaml"), SHA);
        Files.createDirectories(local.resolve("test-cluster/demo"));
        Files.writeString(local.resolve("test-cluster/commissioner.yaml"), CLUSTER);
        Files.writeString(local.resolve("test-cluster/demo/adaptation.yaml"),
                "base:\n  pack: demo\n  version: 1.1.0\nchanges: []\n");
        toolkit = Toolkit.open(Optional.empty());
        request = SiteFixture.request(project, work.resolve("cache"));
        validation = toolkit.validate(request.validation(), BuildLog.silent());
        assertFalse(validation.failed(), validation.diagnostics().toString());
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
    void the_register_breaks_one_programme_rule_and_the_site_links_hold() {
        assertEquals(List.of("packs/local/test-cluster/commissioner.yaml:7:28: warning: [register.free-zone] "
                + "/localities/2: locality 'east' of Test PCT Cluster has no service chosen, planned or offered as "
                + "an alternative; the programme allows no AQP free zones"),
                validation.diagnostics().stream().filter(d -> d.ruleId().startsWith("register."))
                        .map(d -> d.format()).toList());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void the_table_groups_rows_by_sha_and_says_each_decision_in_words() throws IOException {
        String map = page("adoption/index.html");
        assertTrue(map.matches("(?s).*<tbody class=\"nhsuk-table__body\" id=\"group-test-sha\">\\s*"
                + "<tr class=\"nhsuk-table__row aqp-group\">\\s*<th class=\"nhsuk-table__header\" scope=\"colgroup\" "
                + "colspan=\"9\"><a href=\"../commissioners/test-sha/index.html\">Test Strategic Health Authority</a>.*"),
                "a group per SHA, headed by it");
        assertTrue(map.contains("id=\"group-unplaced\""), "commissioners with no SHA in a group of their own");
        int cluster = map.indexOf("id=\"commissioner-test-cluster\"");
        int unplaced = map.indexOf("id=\"group-unplaced\"");
        assertTrue(cluster > 0 && cluster < unplaced, "the SHA's group comes before the unplaced one");
        String row = map.substring(cluster, map.indexOf("</tr>", cluster));
        assertTrue(row.contains("Breaks 1 programme rule"));
        for (String words : List.of("Joint with others", "Chosen for 2012/13", "Planned for 2013/14",
                "Declined", "Alternative local service", "(illustrative)")) {
            assertTrue(row.contains(words), words);
        }
        assertTrue(row.contains("<a href=\"../local/test-cluster/demo/index.html\">Local pack, unchanged"));
        String ccg = map.substring(map.indexOf("id=\"commissioner-test-ccg\""));
        assertTrue(ccg.substring(0, ccg.indexOf("</tr>")).contains("Local pack, no decision recorded"),
                "a local pack without a register entry still shows");
    }

    @Test
    void the_picture_is_an_svg_grid_with_a_text_alternative_and_a_legend() throws IOException {
        String map = page("adoption/index.html");
        assertTrue(map.contains("<svg class=\"aqp-map\" role=\"img\" aria-labelledby=\"aqp-map-title aqp-map-desc\""));
        assertTrue(map.contains("<title id=\"aqp-map-title\">AQP map: the decisions of 3 commissioners on the eight "
                + "service lines</title>"));
        assertTrue(map.matches("(?s).*<desc id=\"aqp-map-desc\">[^<]*Chosen for 2012/13: 1\\. Planned for 2013/14: 1\\. "
                + "Joint with others: 1\\. Alternative local service: 1\\. Declined: 4\\. Local pack, no decision "
                + "recorded: 2\\. No decision recorded: 14\\. The table below gives every decision in words\\.</desc>.*"),
                () -> "the counts in words: " + map.substring(map.indexOf("<desc"), map.indexOf("</desc>")));
        assertTrue(map.contains("<title>Test PCT Cluster, Podiatry: Planned for 2013/14 (illustrative)</title>"));
        assertTrue(map.contains(">J</text>") && map.contains(">A</text>") && map.contains(">D</text>"),
                "a letter as well as a colour");
        assertTrue(map.matches("(?s).*<ul class=\"nhsuk-list aqp-legend\">.*Joint with others.*</ul>.*"), "a legend");
    }

    @Test
    void a_commissioner_page_lists_decisions_stocktake_packs_and_broken_rules() throws IOException {
        String p = page("commissioners/test-cluster/index.html");
        assertTrue(p.contains("<a href=\"../../commissioners/test-sha/index.html\">Test Strategic Health Authority</a>"));
        assertTrue(p.contains("id=\"rules-broken\""));
        assertTrue(p.contains("locality &#39;east&#39; of Test PCT Cluster has no service"));
        assertTrue(p.contains("id=\"decision-continence\""));
        assertTrue(p.contains("A block contract runs to 2014."), "the reason for declining");
        assertTrue(p.contains("Combined model with a lead provider"));
        assertTrue(p.contains("Joint with Test Neighbour Cluster"));
        assertTrue(p.contains("Community physiotherapy self-referral")
                && p.contains("Assessed suitable by the SHA, 15 November 2011"));
        assertTrue(p.contains("Block contract") && p.contains("Three &lt;b&gt;providers&lt;/b&gt; showed interest."),
                "the stocktake, escaped");
        assertTrue(p.contains("<a href=\"../../local/test-cluster/demo/index.html\">"), "its local pack");
        String sha = page("commissioners/test-sha/index.html");
        assertTrue(sha.contains("<a href=\"../../commissioners/test-cluster/index.html\">Test PCT Cluster</a>"),
                "an SHA lists its clusters");
        assertTrue(page("local/test-cluster/demo/index.html")
                .contains("href=\"../../../commissioners/test-cluster/index.html\""), "a local pack links to its commissioner");
    }
}
