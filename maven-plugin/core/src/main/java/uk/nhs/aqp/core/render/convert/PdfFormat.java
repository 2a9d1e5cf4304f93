package uk.nhs.aqp.core.render.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * PDF through asciidoctor-pdf with the template set's theme ({@code nhs-theme.yml}). The images
 * the theme and the templates use are read from the assets folder only (the SECURE jail).
 * {@code reproducible} keeps timestamps out, so the same input gives the same bytes.
 */
public final class PdfFormat implements DocumentFormat {

    /** Keeps headings and block titles with what follows them (see the script). */
    private static final String KEEP_WITH_NEXT = "/aqp/pdf/keep-with-next.rb";
    private static final byte[] KEEP_WITH_NEXT_SCRIPT = resource(KEEP_WITH_NEXT);

    @Override
    public String extension() {
        return "pdf";
    }

    /** About 33 times HTML's (1.7 s against 51 ms a document on the 1,008-pack benchmark). */
    @Override
    public int relativeCost() {
        return 30;
    }

    @Override
    public String signature() {
        return "pdf standalone SECURE pdf-theme reproducible attribute-missing=warn/1 keep-with-next/"
                + sha256(KEEP_WITH_NEXT_SCRIPT);
    }

    /** The script requires asciidoctor-pdf, so running it loads the gems too. */
    @Override
    public void load(AsciidoctorEngine engine) {
        engine.runOnce(KEEP_WITH_NEXT, KEEP_WITH_NEXT_SCRIPT);
    }

    @Override
    public byte[] convert(AsciidoctorEngine engine, String asciidoc, ConversionAssets assets) {
        load(engine);
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
        engine.convert(asciidoc, options, Object.class);
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfFormat.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the toolkit's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
