package uk.nhs.aqp.core.source;

import java.util.HashMap;
import java.util.Map;

/**
 * Where every node of one document was written, by JSON pointer: where each value starts, and for
 * mapping entries where the key starts. A document read from a file records its positions; a
 * resolved local pack answers from the national file or the adaptation, whichever set the value.
 */
public interface SourceMap {

    /** The project-relative file diagnostics about this document name by default. */
    String file();

    /**
     * The origin of the value at {@code pointer}; if there is no such node (a missing key), the
     * nearest ancestor's position, with the pointer kept as asked.
     */
    Origin value(String pointer);

    /** The origin of the key of the mapping entry at {@code pointer}, else of its value. */
    Origin key(String pointer);

    /** Builds a source map while a document is read. */
    final class Builder {
        private final String file;
        private final Map<String, Origin> values = new HashMap<>();
        private final Map<String, Origin> keys = new HashMap<>();

        public Builder(String file) {
            this.file = file;
        }

        public Builder value(String pointer, int line, int column) {
            values.put(pointer, new Origin(file, line, column, pointer));
            return this;
        }

        public Builder key(String pointer, int line, int column) {
            keys.put(pointer, new Origin(file, line, column, pointer));
            return this;
        }

        public SourceMap build() {
            return new RecordedSourceMap(file, values, keys);
        }
    }
}
