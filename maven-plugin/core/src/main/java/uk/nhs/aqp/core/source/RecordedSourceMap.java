package uk.nhs.aqp.core.source;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Positions recorded while a YAML document was read, keyed by JSON pointer. */
final class RecordedSourceMap implements SourceMap {

    private final String file;
    private final Map<String, Origin> values;
    private final Map<String, Origin> keys;

    RecordedSourceMap(String file, Map<String, Origin> values, Map<String, Origin> keys) {
        this.file = file;
        this.values = Collections.unmodifiableMap(values);
        this.keys = Collections.unmodifiableMap(keys);
    }

    @Override
    public String file() {
        return file;
    }

    /**
     * The origin of the value at {@code pointer}; if there is no such node (a missing key), the
     * nearest ancestor's position with the pointer kept as asked.
     */
    @Override
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
    @Override
    public Origin key(String pointer) {
        Origin o = keys.get(pointer);
        return o != null ? o : value(pointer);
    }
}
