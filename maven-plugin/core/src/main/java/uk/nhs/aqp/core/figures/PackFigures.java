package uk.nhs.aqp.core.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.YamlDocument;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * The figures of one pack that its prose may cite by name, worded as the documents word them:
 * {@code age.min}, {@code age.max}, {@code wait.first}, {@code wait.urgent}, {@code price:<tariff id>}
 * and {@code target:<KPI id>}. A text cites one as {@code {{age.min}}}.
 */
public final class PackFigures {

    /** {@code {{age.min}}}, {@code {{ price:AH-T-01 }}}. */
    static final Pattern CITATION = Pattern.compile("\\{\\{\\s*([A-Za-z0-9.:_-]+)\\s*}}");

    private static final Vocabulary WORDS = Vocabulary.standard();

    private final Map<String, String> worded;
    private final Map<String, JsonNode> raw;

    private PackFigures(Map<String, String> worded, Map<String, JsonNode> raw) {
        this.worded = worded;
        this.raw = raw;
    }

    /** The figures the documents of one pack define (a missing or broken file defines none). */
    public static PackFigures of(Map<FileKind, YamlDocument> documents) {
        Map<String, String> worded = new LinkedHashMap<>();
        Map<String, JsonNode> raw = new LinkedHashMap<>();
        BiConsumer<String, JsonNode> put = (name, node) -> {
            String text = word(name, node);
            if (!text.isEmpty()) {
                worded.put(name, text);
                raw.put(name, node);
            }
        };
        root(documents, FileKind.SPECIFICATION).ifPresent(spec -> {
            put.accept("age.min", spec.at("/scope/eligibility/age/min"));
            put.accept("age.max", spec.at("/scope/eligibility/age/max"));
            put.accept("wait.first", spec.at("/scope/access/firstAppointmentWithin"));
            put.accept("wait.urgent", spec.at("/scope/access/urgentWithin"));
        });
        root(documents, FileKind.CURRENCY).ifPresent(currency -> {
            for (JsonNode t : currency.path("tariffs")) {
                put.accept("price:" + t.path("id").asText(), t.path("price"));
            }
        });
        root(documents, FileKind.KPIS).ifPresent(kpis -> {
            for (JsonNode k : kpis.path("kpis")) {
                put.accept("target:" + k.path("id").asText(), k.path("target"));
            }
        });
        return new PackFigures(worded, raw);
    }

    private static Optional<JsonNode> root(Map<FileKind, YamlDocument> documents, FileKind kind) {
        return Optional.ofNullable(documents.get(kind)).map(YamlDocument::root);
    }

    /** A figure as the documents print it; empty when the pack does not give it. */
    private static String word(String name, JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) return "";
        if (name.startsWith("age.")) {
            return node.isNumber() ? node.asText() : "";
        }
        if (name.startsWith("wait.")) {
            return node.path("value").isNumber() ? WORDS.amount(node.path("value").decimalValue(),
                    node.path("unit").asText(null)) : "";
        }
        if (name.startsWith("price:")) {
            return node.isNumber() ? WORDS.money(node.decimalValue()) : "";
        }
        if (name.startsWith("target:")) {
            return node.path("value").isNumber() ? WORDS.target(node.path("direction").asText(null),
                    node.path("value").decimalValue(), node.path("unit").asText(null)) : "";
        }
        return "";
    }

    /** The worded value of a figure, or null. */
    public String worded(String name) {
        return worded.get(name);
    }

    /** The names this pack defines, in order. */
    public Set<String> names() {
        return worded.keySet();
    }

    /** True when the figure has a different value in {@code other}. */
    boolean differs(String name, PackFigures other) {
        JsonNode mine = raw.get(name);
        JsonNode theirs = other.raw.get(name);
        if (mine == null || theirs == null) return mine != theirs;
        return !Objects.equals(worded.get(name), other.worded.get(name));
    }

    /**
     * Every document of the pack with each {@code {{name}}} in a text replaced by its figure. A
     * name the pack does not define is reported ({@code text.unknown-figure}, at the text) and left
     * as written. The documents given are not changed.
     */
    public Map<FileKind, YamlDocument> substitute(Map<FileKind, YamlDocument> documents, DiagnosticSink sink) {
        Map<FileKind, YamlDocument> out = new EnumMap<>(FileKind.class);
        documents.forEach((kind, doc) -> {
            JsonNode root = cited(doc.root(), Trail.ROOT, doc, sink);
            out.put(kind, root == doc.root() ? doc : new YamlDocument(doc.path(), root, doc.sources()));
        });
        return out;
    }

    /**
     * A value with its citations worded, for showing it to a reader (a variation's national or
     * local value); null stays null, a name the pack does not define stays as written.
     */
    public JsonNode worded(JsonNode value) {
        return value == null ? null : cited(value, Trail.ROOT, null, null);
    }

    /**
     * The node with every text's citations worded: the same node when nothing in it cites a figure,
     * else a new container that shares every child it did not have to change (a thousand local
     * packs would otherwise copy every file of their national pack).
     */
    private JsonNode cited(JsonNode node, Trail at, YamlDocument doc, DiagnosticSink sink) {
        if (node.isTextual()) {
            String text = node.textValue();
            String worded = cite(text, at, doc, sink);
            return worded.equals(text) ? node : TextNode.valueOf(worded);
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode child = cited(e.getValue(), at.key(e.getKey()), doc, sink);
                if (child != e.getValue()) {
                    if (copy == null) copy = object.objectNode().setAll(object);
                    copy.set(e.getKey(), child);
                }
            }
            return copy == null ? node : copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = null;
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = cited(array.get(i), at.index(i), doc, sink);
                if (child != array.get(i)) {
                    if (copy == null) copy = array.arrayNode(array.size()).addAll(array);
                    copy.set(i, child);
                }
            }
            return copy == null ? node : copy;
        }
        return node;
    }

    /** Where a text sits, made into a JSON pointer only when a diagnostic needs it. */
    private record Trail(Trail parent, String key, int index) {
        static final Trail ROOT = new Trail(null, null, -1);

        Trail key(String name) {
            return new Trail(this, name, -1);
        }

        Trail index(int i) {
            return new Trail(this, null, i);
        }

        String pointer() {
            if (parent == null) return "";
            String segment = key == null ? Integer.toString(index) : key.replace("~", "~0").replace("/", "~1");
            return parent.pointer() + "/" + segment;
        }
    }

    private String cite(String text, Trail at, YamlDocument doc, DiagnosticSink sink) {
        if (!text.contains("{{")) return text;
        Matcher m = CITATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = worded.get(m.group(1));
            if (value == null) {
                if (sink != null) {
                    sink.report("text.unknown-figure", doc.sources().value(at.pointer()), m.group(1), String.join(", ", known()));
                }
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<String> known() {
        List<String> names = new ArrayList<>(worded.keySet());
        if (names.size() > 8) {
            names = new ArrayList<>(names.subList(0, 8));
            names.add("...");
        }
        return names;
    }
}
