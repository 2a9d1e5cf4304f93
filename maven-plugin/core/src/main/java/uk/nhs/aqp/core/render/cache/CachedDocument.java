package uk.nhs.aqp.core.render.cache;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A converted document in the cache.
 *
 * @param file the document's bytes on disk (copy it; never modify it)
 * @param log what Asciidoctor logged while converting it, replayed as diagnostics on a hit
 */
public record CachedDocument(Path file, List<Logged> log) {

    public CachedDocument {
        Objects.requireNonNull(file, "file");
        log = List.copyOf(log);
    }

    /**
     * One record of Asciidoctor's log.
     *
     * @param severity Asciidoctor's severity name ({@code WARN}, {@code ERROR}, ...)
     * @param line the line of the generated AsciiDoc, 0 when unknown
     * @param message the message as logged
     */
    public record Logged(String severity, int line, String message) {
        public Logged {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }
    }
}
