package uk.nhs.aqp.core.render.convert;

import java.nio.charset.StandardCharsets;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * Standalone HTML5 with Asciidoctor's stylesheet and the template set's {@code document.css}
 * embedded, so a page works on its own, offline, with no web fonts fetched.
 */
public final class HtmlFormat implements DocumentFormat {

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String signature() {
        return "html5 standalone SECURE linkcss! webfonts! reproducible attribute-missing=warn stylesheet-in-head/1";
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
        String html = engine.asciidoctor().convert(asciidoc, options);
        return withStylesheet(html, assets.stylesheet()).getBytes(StandardCharsets.UTF_8);
    }

    private static String withStylesheet(String html, String css) {
        int head = html.indexOf("</head>");
        if (head < 0 || css.isBlank()) {
            return html;
        }
        return html.substring(0, head) + "<style>\n" + css.strip() + "\n</style>\n" + html.substring(head);
    }
}
