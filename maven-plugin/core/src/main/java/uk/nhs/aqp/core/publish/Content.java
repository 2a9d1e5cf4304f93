package uk.nhs.aqp.core.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The content of one output file: bytes made in memory, or a file another stage already wrote
 * (copied, never made again).
 */
public sealed interface Content {

    /** The content as bytes (reads a copied file). */
    byte[] bytes();

    /** How many bytes (without reading a copied file). */
    long size();

    static Content of(byte[] bytes) {
        return new Bytes(bytes);
    }

    /** Each of {@code files}' bytes as content, keeping the keys. */
    static java.util.Map<String, Content> all(java.util.Map<String, byte[]> files) {
        java.util.Map<String, Content> out = new java.util.TreeMap<>();
        files.forEach((name, bytes) -> out.put(name, of(bytes)));
        return out;
    }

    static Content copyOf(Path file) {
        return new FileCopy(file);
    }

    /** Bytes made in memory. */
    record Bytes(byte[] content) implements Content {
        public Bytes {
            Objects.requireNonNull(content, "content");
        }

        @Override
        public byte[] bytes() {
            return content;
        }

        @Override
        public long size() {
            return content.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(content, b.content);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Bytes[" + content.length + "]";
        }
    }

    /** A file made by an earlier stage, copied as it is. */
    record FileCopy(Path source) implements Content {
        public FileCopy {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public byte[] bytes() {
            try {
                return Files.readAllBytes(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public long size() {
            try {
                return Files.size(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
