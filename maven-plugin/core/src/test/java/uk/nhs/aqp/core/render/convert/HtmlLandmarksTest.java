package uk.nhs.aqp.core.render.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Tier 2: the HTML converter's landmarks, on a page shaped as Asciidoctor writes one. */
class HtmlLandmarksTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><title>Demo</title></head>
            <body class="article">
            <div id="header">
            <h1>Demo</h1>
            </div>
            <div id="content">
            <div class="paragraph aqp-site-header">
            <p>Any Qualified Provider: Demo<br>
            <a href="../../packs/demo/index.html">Back to the pack page</a></p>
            </div>
            <div class="sect1"><h2 id="about">About</h2></div>
            </div>
            <div id="footer">
            <div id="footer-text">Version 1.0.0</div>
            </div>
            </body>
            </html>
            """;

    @Test
    void the_site_header_moves_above_the_document_and_the_document_sits_in_main() {
        Document page = Jsoup.parse(HtmlFormat.withLandmarks(PAGE));
        assertEquals("header", page.body().child(0).tagName());
        assertEquals("../../packs/demo/index.html", page.selectFirst("body > header a").attr("href"));
        assertEquals("main", page.body().child(1).tagName());
        assertEquals(1, page.select("main > #header h1").size());
        assertEquals(1, page.select("main > #content #about").size());
        assertEquals(0, page.select("main .aqp-site-header").size());
        assertEquals("footer", page.body().child(2).id());
    }

    @Test
    void a_page_without_a_site_header_still_gets_its_main_landmark() {
        Document page = Jsoup.parse(HtmlFormat.withLandmarks(PAGE.replace("aqp-site-header", "other")));
        assertEquals("main", page.body().child(0).tagName());
        assertEquals(0, page.select("header").size());
    }
}
