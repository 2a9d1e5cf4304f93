package uk.nhs.aqp.core.render.convert;

import java.nio.charset.StandardCharsets;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * Standalone HTML5 with Asciidoctor's stylesheet and the template set's {@code document.css}
 * embedded, so a page works on its own, offline, with no web fonts fetched. The page gets the
 * landmarks a reader of the website expects: the templates' site header paragraph (role
 * {@code aqp-site-header}: the pack's title and a link back to its page) moves above the document
 * into a {@code <header>}, and the document itself sits in a {@code <main>}.
 */
public final class HtmlFormat implements DocumentFormat {

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String signature() {
        return "html5 standalone SECURE linkcss! webfonts! reproducible attribute-missing=warn stylesheet-in-head/1 landmarks/1";
    }

    @Override
    public byte[] convert(AsciidoctorEngine engine, String asciidoc, ConversionAssets assets) {
        Options options = Options.builder()
                .safe(SafeMode.SECURE)
                .standalone(true)
                .backend("html5")
                .baseDir(assets.directory().toFile())
                .attributes(Attributes.builder()
                        .attribute("linkcss!", "")
                        .attribute("webfonts!", "")
                        .attribute("reproducible", "")
                        .attribute("attribute-missing", "warn")
                        .build())
                .build();
        String html = engine.convert(asciidoc, options, String.class);
        return withLandmarks(withStylesheet(html, assets.stylesheet())).getBytes(StandardCharsets.UTF_8);
    }

    private static final String SITE_HEADER = "<div class=\"paragraph aqp-site-header\">";

    /**
     * Moves the site header paragraph to the top of the body as a {@code <header>} and wraps the
     * document (Asciidoctor's header and content) in {@code <main>}, before the footer.
     */
    static String withLandmarks(String html) {
        String page = html;
        String header = "";
        int start = page.indexOf(SITE_HEADER);
        if (start >= 0) {
            int end = page.indexOf("</div>", start);
            String inner = page.substring(start + SITE_HEADER.length(), end).strip();
            page = page.substring(0, start) + page.substring(end + "</div>".length());
            header = "<header class=\"aqp-site-header\">\n<div class=\"aqp-site-header-inner\">\n" + inner
                    + "\n</div>\n</header>\n";
        }
        int body = page.indexOf("<body");
        int bodyEnd = body < 0 ? -1 : page.indexOf('>', body);
        if (bodyEnd < 0) {
            return page;
        }
        int footer = page.indexOf("<div id=\"footer\">", bodyEnd);
        int close = footer >= 0 ? footer : page.lastIndexOf("</body>");
        if (close < bodyEnd) {
            return page;
        }
        return page.substring(0, bodyEnd + 1) + "\n" + header + "<main id=\"main\">" + page.substring(bodyEnd + 1, close)
                + "</main>\n" + page.substring(close);
    }

    private static String withStylesheet(String html, String css) {
        int head = html.indexOf("</head>");
        if (head < 0 || css.isBlank()) {
            return html;
        }
        return html.substring(0, head) + "<style>\n" + css.strip() + "\n</style>\n" + html.substring(head);
    }
}
