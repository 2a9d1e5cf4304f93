package uk.nhs.aqp.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.Excerpt;
import uk.nhs.aqp.core.source.Pointers;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * {@code pack.placeholder}: a text that still starts with {@link #MARKER}, the mark {@code aqp:new}
 * puts on every value it could not know. A warning at each one, so a scaffolded pack never
 * publishes its placeholders silently (and {@code failOn=warning} refuses to publish them at all).
 * Reads one schema-valid file's tree, as written.
 */
public final class PlaceholderText {

    /** How a scaffold marks a value for its author to write. */
    public static final String MARKER = "TODO:";

    private PlaceholderText() {
    }

    /** Reports every text value of {@code document} that starts with {@link #MARKER}. */
    public static void check(YamlDocument document, DiagnosticSink sink) {
        walk(document, document.root(), "", sink);
    }

    private static void walk(YamlDocument document, JsonNode node, String pointer, DiagnosticSink sink) {
        if (node.isTextual()) {
            if (node.asText().startsWith(MARKER)) {
                sink.report("pack.placeholder", document.sources().value(pointer), Excerpt.of(node.asText(), Excerpt.VALUE));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(document, node.get(i), Pointers.child(pointer, i), sink);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(document, field.getValue(), Pointers.child(pointer, field.getKey()), sink);
            }
        }
    }
}
