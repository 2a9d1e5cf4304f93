package uk.nhs.aqp.core.figures;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.YamlDocument;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * {@code text.stale-figure}: a local pack changed a national age bound or wait, and a sentence of
 * the pack as adapted still states the national figure in words (City and Hackney's minimum age
 * 19 beside "Adults aged 18 and over"). One warning per text, at the text. Evidence (a source or
 * note, which may quote the national figure on purpose) is not read.
 */
public final class StaleFigures {

    /** The figures whose old wording can be recognised in prose. */
    private static final List<String> WATCHED = List.of("age.min", "age.max", "wait.first", "wait.urgent");

    private StaleFigures() {
    }

    /**
     * Reports every text of {@code local} (the local pack as resolved, names not yet substituted)
     * that states a watched figure as the national pack has it, where the local pack changed it.
     */
    public static void check(PackFigures national, PackFigures local, Map<FileKind, YamlDocument> documents,
            DiagnosticSink sink) {
        List<String[]> stale = new ArrayList<>();
        for (String name : WATCHED) {
            if (national.worded(name) != null && local.worded(name) != null && national.differs(name, local)) {
                stale.add(new String[] {name, national.worded(name), local.worded(name)});
            }
        }
        if (stale.isEmpty()) return;
        documents.forEach((kind, doc) -> walk(doc.root(), "", doc, stale, sink));
    }

    private static void walk(JsonNode node, String pointer, YamlDocument doc, List<String[]> stale, DiagnosticSink sink) {
        if (node.isTextual()) {
            for (String[] s : stale) {
                java.util.regex.Matcher m = pattern(s[0], s[1]).matcher(node.textValue());
                if (m.find()) {
                    sink.report("text.stale-figure", doc.sources().value(pointer), m.group(), label(s[0]), s[2], s[0]);
                    return;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("evidence")) continue; // a source or note may quote the national figure
                walk(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), doc, stale, sink);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, doc, stale, sink);
            }
        }
    }

    /** How an age bound or a wait reads in a sentence: "aged 18 and over", "under 18", "18+", "20 working days". */
    static Pattern pattern(String name, String worded) {
        String n = Pattern.quote(worded);
        if (name.startsWith("age.")) {
            return Pattern.compile("(?i)\\b(?:aged?|over|under|below|above)\\s+" + n + "\\b|\\b" + n
                    + "\\s*(?:\\+|(?:years?\\s+)?(?:and|or)\\s+(?:over|older|above|under|younger))");
        }
        return Pattern.compile("(?i)\\b" + n.replace(" ", "\\E\\s+\\Q") + "\\b");
    }

    /** The figure as the vocabulary names its field: "minimum age", "wait for a first appointment". */
    private static String label(String name) {
        Vocabulary words = Vocabulary.standard();
        return switch (name) {
            case "age.min" -> words.field("age", "min");
            case "age.max" -> words.field("age", "max");
            case "wait.first" -> words.field(null, "firstAppointmentWithin");
            default -> words.field(null, "urgentWithin");
        };
    }
}
