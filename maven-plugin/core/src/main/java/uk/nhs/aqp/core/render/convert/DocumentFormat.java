package uk.nhs.aqp.core.render.convert;

import java.util.List;

/** An output format of the documents: its file extension and how AsciiDoc becomes it. */
public interface DocumentFormat {

    /** {@code html}, {@code pdf}: the file extension and the name in log lines. */
    String extension();

    /**
     * What shapes this format's output besides the AsciiDoc and the assets: the backend and its
     * options. Part of each document's cache key; change it whenever {@link #convert} changes.
     */
    String signature();

    /** Converts one AsciiDoc document. Warnings go to the engine's log of the calling thread. */
    byte[] convert(AsciidoctorEngine engine, String asciidoc, ConversionAssets assets);

    /**
     * Roughly how many times longer this format converts a byte of AsciiDoc than HTML does: the
     * order conversions start in (the longest first) and the time left before a document of this
     * format has finished both use it. Measured on the 1,008-pack benchmark: 51 ms an HTML
     * document, 1.7 s a PDF one, on each thread.
     */
    default int relativeCost() {
        return 1;
    }

    /**
     * Loads what this format needs besides the engine, before its first document (PDF: its gems and
     * the toolkit's script, seconds on one thread); {@link #convert} does it too if nobody has.
     */
    default void load(AsciidoctorEngine engine) {
    }

    /** HTML always; PDF unless turned off. */
    static List<DocumentFormat> of(boolean pdf) {
        return pdf ? List.of(new HtmlFormat(), new PdfFormat()) : List.of(new HtmlFormat());
    }
}
