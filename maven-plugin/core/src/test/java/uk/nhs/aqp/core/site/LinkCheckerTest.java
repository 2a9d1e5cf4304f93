package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.publish.Content;

/** The link checker names the page, the line and column, and the target of every broken link. */
class LinkCheckerTest {

    private static List<String> check(Map<String, String> pages) {
        Map<String, Content> files = new TreeMap<>();
        pages.forEach((path, text) -> files.put(path, Content.of(text.getBytes(StandardCharsets.UTF_8))));
        DiagnosticSink sink = new DiagnosticSink();
        LinkChecker.check(files, p -> "site/target/site/" + p, sink);
        return sink.sorted().stream().map(d -> d.format()).toList();
    }

    @Test
    void relative_links_to_files_folders_and_anchors_pass() {
        assertEquals(List.of(), check(Map.of(
                "index.html", "<a href=\"packs/a/index.html#kpis\">a</a> <a href=\"packs/a/\">a</a> <a href=\"#top\" id=\"top\">t</a>",
                "packs/a/index.html", "<h2 id=\"kpis\">KPIs</h2><link href=\"../../assets/x.css\"><a href=\"../../\">home</a>"
                        + "<a href=\"https://www.nhs.uk/\">nhs</a><a href=\"mailto:x@example.org\">mail</a><a href=\"./\">me</a>",
                "assets/x.css", "")));
    }

    @Test
    void a_missing_target_is_reported_at_the_page_line_and_column() {
        assertEquals(List.of("site/target/site/packs/a/index.html:2:10: error: [site.broken-link] packs/a/index.html links to "
                + "../../docs/a/spec.pdf, but the site has no docs/a/spec.pdf"),
                check(Map.of("packs/a/index.html", "<p>\n<a href=\"../../docs/a/spec.pdf\">spec</a>")));
    }

    @Test
    void a_missing_anchor_names_the_target_and_the_id() {
        assertEquals(List.of("site/target/site/index.html:1:10: error: [site.broken-anchor] index.html links to "
                + "b.html#nowhere, but b.html has no element with id 'nowhere'"),
                check(Map.of("index.html", "<a href=\"b.html#nowhere\">b</a>", "b.html", "<p id=\"somewhere\">")));
    }

    @Test
    void missing_anchors_on_the_same_page_and_on_another_are_both_reported_where_they_are() {
        assertEquals(List.of(
                "site/target/site/a.html:1:10: error: [site.broken-anchor] a.html links to b.html#gone, but b.html has "
                        + "no element with id 'gone'",
                "site/target/site/a.html:2:10: error: [site.broken-anchor] a.html links to #missing, but a.html has no "
                        + "element with id 'missing'",
                "site/target/site/b.html:1:10: error: [site.broken-anchor] b.html links to a.html#also-gone, but a.html "
                        + "has no element with id 'also-gone'"),
                check(Map.of("a.html", "<a href=\"b.html#gone\">b</a><a href=\"b.html#here\">b</a>\n"
                                + "<a href=\"#missing\" id=\"top\">t</a><a href=\"#top\">t</a>",
                        "b.html", "<a href=\"a.html#also-gone\">a</a><a href=\"a.html#top\" id=\"here\">a</a>")));
    }

    @Test
    void links_from_the_server_root_and_out_of_the_site_are_reported() {
        assertEquals(List.of(
                "site/target/site/index.html:1:10: error: [site.absolute-link] index.html links to /packs/, a path from the "
                        + "server root, which breaks when the site is not served from the root",
                "site/target/site/index.html:1:34: error: [site.broken-link] index.html links to ../pom.xml, but it leads "
                        + "outside the site"),
                check(Map.of("index.html", "<a href=\"/packs/\">p</a> <a href=\"../pom.xml\">x</a>")));
    }

    @Test
    void escaped_and_encoded_links_are_read_as_a_browser_reads_them() {
        assertEquals(List.of(), check(Map.of(
                "index.html", "<a href=\"docs/a%20b.pdf?x=1&amp;y=2\">d</a> <a href=\"c.html#caf%C3%A9\">c</a>",
                "docs/a b.pdf", "", "c.html", "<p id=\"café\">")));
    }

    @Test
    void text_that_quotes_an_href_in_a_paragraph_or_a_code_block_is_not_a_link() {
        String document = "<div class=\"paragraph\"><p>Link the form with href=\"forms/kpi.html\" or src=\"forms/kpi.png\".</p></div>\n"
                + "<div class=\"listingblock\"><div class=\"content\"><pre><code>&lt;a href=\"forms/kpi.html\"&gt;KPIs&lt;/a&gt;\n"
                + " id=\"x\" href=\"forms/kpi.html\"</code></pre></div></div>\n"
                + "<script>var a = ' href=\"forms/kpi.html\"';</script><textarea> src=\"forms/kpi.png\"</textarea>";
        assertEquals(List.of(), check(Map.of("docs/a/kpi-schedule.html", document)));
    }

    @Test
    void a_real_broken_link_after_quoted_text_is_still_reported_at_its_line_and_column() {
        assertEquals(List.of("site/target/site/docs/a/kpi-schedule.html:3:14: error: [site.broken-link] docs/a/kpi-schedule.html "
                + "links to forms/kpi.html, but the site has no docs/a/forms/kpi.html"),
                check(Map.of("docs/a/kpi-schedule.html", "<p>Quote href=\"forms/kpi.html\" here.</p>\n"
                        + "<pre>src=\"forms/kpi.png\"</pre>\n"
                        + "<p><a  HREF=\"forms/kpi.html\">the form</a></p>")));
    }

    @Test
    void an_anchor_named_only_in_text_is_not_an_id() {
        assertEquals(List.of("site/target/site/index.html:1:10: error: [site.broken-anchor] index.html links to "
                + "b.html#kpis, but b.html has no element with id 'kpis'"),
                check(Map.of("index.html", "<a href=\"b.html#kpis\">b</a>", "b.html", "<p>write id=\"kpis\" on the heading</p>")));
    }

    @Test
    void every_address_of_a_srcset_is_checked() {
        assertEquals(List.of("site/target/site/index.html:1:36: error: [site.broken-link] index.html links to "
                + "big.png, but the site has no big.png"),
                check(Map.of("index.html", "<img src=\"a.png\" srcset=\"a.png 1x, big.png 2x, data:image/png;base64,AA== 3x\">",
                        "a.png", "")));
    }

    @Test
    void comments_doctypes_and_raw_text_hold_no_links_and_every_way_of_quoting_a_value_counts() {
        String page = "<!DOCTYPE html><!-- <a href=\"gone.html\"> --><a href='one.html'>1</a><a href=two.html>2</a>"
                + "<a href=\"three.html\" HREF=\"gone.html\">3</a><SCRIPT>x = '<a href=\"gone.html\">'</SCRIPT >"
                + "<title><img src=\"gone.png\"></title><img src=pic.png alt=\"a > b\"><a href=\"four.html\">4</a>";
        assertEquals(List.of("site/target/site/index.html:1:251: error: [site.broken-link] index.html links to "
                + "four.html, but the site has no four.html"),
                check(Map.of("index.html", page, "one.html", "", "two.html", "", "three.html", "", "pic.png", "")));
    }

    @Test
    void the_column_counts_characters_not_bytes() {
        assertEquals(List.of("site/target/site/index.html:2:21: error: [site.broken-link] index.html links to "
                + "x.html, but the site has no x.html"),
                check(Map.of("index.html", "<p>caf\u00e9</p>\n<p>\u00a3\u2013\ud83d\ude00</p><a href=\"x.html\">x</a>")));
    }
}
