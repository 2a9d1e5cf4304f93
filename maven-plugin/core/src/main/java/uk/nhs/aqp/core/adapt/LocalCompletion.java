package uk.nhs.aqp.core.adapt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.YamlDocument;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * {@code adapt.local-completion} (warning): a local pack still publishes a text the national pack
 * leaves "For local completion" (the specification's number, leads and period, the local context,
 * ...). One warning per local pack, at the adaptation's base, naming every such field, so that an
 * adoption with no changes does not publish the national pack's blanks without anyone noticing.
 */
public final class LocalCompletion {

    private static final String MARK = "for local completion";

    private LocalCompletion() {
    }

    /** Checks the resolved documents of one local pack. */
    public static void check(YamlDocument adaptation, Map<FileKind, YamlDocument> resolved, DiagnosticSink sink) {
        Set<String> fields = new LinkedHashSet<>();
        for (FileKind kind : FileKind.packFiles()) {
            YamlDocument doc = resolved.get(kind);
            if (doc != null) {
                walk(doc.root(), Vocabulary.standard().product(kind.fileName().replace(".yaml", "")), null, null, fields);
            }
        }
        if (!fields.isEmpty()) {
            sink.report("adapt.local-completion", adaptation.sources().key("/base"), fields.size(),
                    String.join("; ", fields));
        }
    }

    private static void walk(JsonNode node, String product, String parent, String key, Set<String> fields) {
        if (node.isTextual()) {
            String text = node.textValue().strip();
            // the blank itself ("For local completion") or a blank with instructions ("For local
            // completion. The commissioner should describe ..."); not a note about a local document.
            // Compared in place: every text of a thousand local packs is read here
            if (key != null && text.regionMatches(true, 0, MARK, 0, MARK.length())
                    && (text.length() == MARK.length() || text.charAt(MARK.length()) == '.')) {
                fields.add(product + ": " + Vocabulary.standard().field(parent, key));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("evidence")) continue; // a note on a figure's basis, not a field to fill
                walk(e.getValue(), product, key, e.getKey(), fields);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                walk(item, product, parent, key, fields);
            }
        }
    }
}
