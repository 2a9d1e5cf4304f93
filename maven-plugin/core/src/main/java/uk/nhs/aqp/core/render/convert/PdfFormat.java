package uk.nhs.aqp.core.render.convert;

import java.io.ByteArrayOutputStream;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * PDF through asciidoctor-pdf with the template set's theme ({@code nhs-theme.yml}). The images
 * the theme and the templates use are read from the assets folder only (the SECURE jail).
 * {@code reproducible} keeps timestamps out, so the same input gives the same bytes.
 */
public final class PdfFormat implements DocumentFormat {

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String signature() {
        return "pdf standalone SECURE pdf-theme reproducible attribute-missing=warn/1";
    }

    @Override
    public byte[] convert(AsciidoctorEngine engine, String asciidoc, ConversionAssets assets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Options options = Options.builder()
                .safe(SafeMode.SECURE)
                .standalone(true)
                .backend("pdf")
                .baseDir(assets.directory().toFile())
                .toStream(out)
                .attributes(Attributes.builder()
                        .attribute("pdf-themesdir", assets.directory().toString())
                        .attribute("pdf-theme", assets.theme())
                        .attribute("reproducible", "")
                        .attribute("attribute-missing", "warn")
                        .build())
                .build();
        engine.asciidoctor().convert(asciidoc, options);
        return out.toByteArray();
    }
}
