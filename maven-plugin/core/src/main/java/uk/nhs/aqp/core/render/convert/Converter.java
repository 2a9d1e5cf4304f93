package uk.nhs.aqp.core.render.convert;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What turns generated AsciiDoc into a document: the Asciidoctor engine of the build's own JVM
 * ({@link EngineConverter}), or a warm one kept between builds in a JVM of its own
 * ({@code uk.nhs.aqp.core.render.warm}). Either gives the same bytes and the same log for the same
 * document. Safe to call from several threads at once.
 */
public interface Converter {

    /** Loads what {@code format} needs before its first document (PDF: its gems), if it is not loaded yet. */
    void load(DocumentFormat format);

    /**
     * Converts one document.
     *
     * @throws RuntimeException when Asciidoctor fails on the document; its message says why
     */
    Converted convert(DocumentFormat format, String asciidoc, ConversionAssets assets);

    /** How long starting the engine took, when this converter started one for this build. */
    Optional<Duration> startup();

    /** A converted document and what Asciidoctor logged while converting it, in order. */
    record Converted(byte[] bytes, List<Logged> log) {
        public Converted {
            Objects.requireNonNull(bytes, "bytes");
            log = List.copyOf(log);
        }
    }

    /**
     * One line of Asciidoctor's log.
     *
     * @param severity Asciidoctor's severity name ({@code WARN}, {@code ERROR})
     * @param line the document line it names, 0 when it names none
     */
    record Logged(String severity, int line, String message) {
    }
}
