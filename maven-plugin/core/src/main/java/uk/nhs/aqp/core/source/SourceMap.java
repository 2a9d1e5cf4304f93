package uk.nhs.aqp.core.source;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Positions of every node of one YAML document, keyed by JSON pointer: where each value starts,
 * and for mapping entries where the key starts.
 */
public final class SourceMap {

    private final String file;
    private final Map<String, Origin> values;
    private final Map<String, Origin> keys;

    private SourceMap(String file, Map<String, Origin> values, Map<String, Origin> keys) {
        this.file = file;
        this.values = Collections.unmodifiableMap(values);
        this.keys = Collections.unmodifiableMap(keys);
    }

    public String file() {
        return file;
    }

    /**
     * The origin of the value at {@code pointer}; if there is no such node (a missing key), the
     * nearest ancestor's position with the pointer kept as asked.
     */
    public Origin value(String pointer) {
        String p = pointer;
        while (true) {
            Origin o = values.get(p);
            if (o != null) {
                return o.withPointer(pointer);
            }
            if (p.isEmpty()) {
                return new Origin(file, 1, 1, pointer);
            }
            p = Pointers.parent(p);
        }
    }

    /** The origin of the key of the mapping entry at {@code pointer}, else of its value. */
    public Origin key(String pointer) {
        Origin o = keys.get(pointer);
        return o != null ? o : value(pointer);
    }

    /** Builds a source map while a document is read. */
    public static final class Builder {
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
            return new SourceMap(file, values, keys);
        }
    }
}
