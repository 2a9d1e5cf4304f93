package uk.nhs.aqp.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.Excerpt;
import uk.nhs.aqp.core.source.Pointers;
import uk.nhs.aqp.core.source.SourceMap;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * Turns a networknt validation error into a toolkit diagnostic: a stable {@code schema.*} rule id,
 * the position of the offending node (of the key, for an unknown key), and a message written
 * from the schema's own titles, allowed keys and allowed values.
 */
final class SchemaErrorTranslator {

    private final SchemaCatalog catalog;

    SchemaErrorTranslator(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    void report(Error error, YamlDocument document, DiagnosticSink sink) {
        String pointer = pointer(error.getInstanceLocation());
        SourceMap sources = document.sources();
        JsonNode instance = document.root().at(pointer);
        JsonNode keywordValue = error.getSchemaNode();
        String keyword = String.valueOf(error.getKeyword());
        switch (keyword) {
            case "required" -> {
                String key = error.getProperty();
                sink.report("schema.required", sources.value(pointer), key, propertyTitle(error, key));
            }
            case "additionalProperties", "unevaluatedProperties" -> {
                String key = error.getProperty();
                String child = Pointers.child(pointer, key);
                List<String> allowed = allowedKeys(error);
                String hint = DidYouMean.closest(key, allowed).map(c -> "did you mean '" + c + "'?")
                        .orElse("allowed keys here: " + String.join(", ", allowed));
                sink.report("schema.unknown-key", sources.key(child), Excerpt.of(key, Excerpt.VALUE), hint);
            }
            case "false" -> sink.report("schema.not-allowed", sources.key(pointer), Pointers.last(pointer));
            case "type" -> sink.report("schema.type", sources.value(pointer),
                    typeName(keywordValue), describe(instance), quoteHint(keywordValue, instance));
            case "enum" -> {
                List<String> allowed = texts(keywordValue);
                String hint = DidYouMean.closest(instance.asText(), allowed).map(c -> "did you mean '" + c + "'? ")
                        .orElse("");
                sink.report("schema.enum", sources.value(pointer), describe(instance), hint + "use one of: "
                        + String.join(", ", allowed));
            }
            case "const" -> sink.report("schema.const", sources.value(pointer), describe(instance),
                    keywordValue == null ? "" : keywordValue.asText());
            case "pattern" -> sink.report("schema.pattern", sources.value(pointer), describe(instance),
                    keywordValue == null ? "" : keywordValue.asText(), parentDescription(error));
            case "format" -> sink.report("schema.format", sources.value(pointer), describe(instance),
                    keywordValue == null ? "" : keywordValue.asText());
            case "minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum",
                    "exclusiveMinimum", "exclusiveMaximum", "uniqueItems", "minProperties" ->
                    sink.report("schema." + kebab(keyword), sources.value(pointer), networkntText(error, pointer));
            default -> sink.report("schema.invalid", sources.value(pointer), keyword, networkntText(error, pointer));
        }
    }

    /**
     * {@code pointer + "/" + key} of each required key that an unknown key in the same mapping
     * is a likely misspelling of.
     */
    Set<String> misspeltRequiredKeys(List<Error> errors) {
        Set<String> missing = new HashSet<>();
        for (Error e : errors) {
            String key = missingKey(e);
            if (key != null) missing.add(key);
        }
        Set<String> misspelt = new HashSet<>();
        for (Error e : errors) {
            if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
                String object = pointer(e.getInstanceLocation());
                DidYouMean.closest(e.getProperty(), allowedKeys(e))
                        .map(c -> Pointers.child(object, c))
                        .filter(missing::contains)
                        .ifPresent(misspelt::add);
            }
        }
        return misspelt;
    }

    /** For a {@code required} error, the pointer of the missing key; else null. */
    static String missingKey(Error e) {
        return "required".equals(e.getKeyword()) && e.getProperty() != null
                ? Pointers.child(pointer(e.getInstanceLocation()), e.getProperty()) : null;
    }

    static String kebab(String keyword) {
        return keyword.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            sb.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /** The schema object that holds the failing keyword, found in the catalogue's own trees. */
    private JsonNode owningSchema(Error error) {
        SchemaLocation location = error.getSchemaLocation();
        if (location == null) return null;
        String iri = location.getAbsoluteIri() == null ? "" : location.getAbsoluteIri().toString();
        JsonNode tree = catalog.tree(iri.substring(iri.lastIndexOf('/') + 1));
        if (tree == null) return null;
        String keywordPointer = pointer(location.getFragment());
        return tree.at(Pointers.parent(keywordPointer));
    }

    private List<String> allowedKeys(Error error) {
        JsonNode schema = owningSchema(error);
        List<String> keys = new ArrayList<>();
        if (schema != null && schema.has("properties")) {
            schema.get("properties").fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    private String propertyTitle(Error error, String key) {
        JsonNode schema = owningSchema(error);
        JsonNode property = schema == null ? null : schema.path("properties").path(key);
        if (property == null || property.isMissingNode()) return "";
        String title = property.path("title").asText("");
        String description = property.path("description").asText("");
        if (title.isEmpty() && description.isEmpty()) return "";
        return " (" + (title.isEmpty() ? "" : title + ": ") + description + ")";
    }

    private String parentDescription(Error error) {
        JsonNode schema = owningSchema(error);
        return schema == null ? "" : schema.path("description").asText("");
    }

    private static String networkntText(Error error, String pointer) {
        String message = String.valueOf(error.getMessage());
        String prefix = pointer + ": ";
        if (message.startsWith(prefix)) return message.substring(prefix.length());
        if (message.startsWith(": ")) return message.substring(2);
        return message;
    }

    /** YAML reads 1.1, 2012 or true as numbers and booleans: say how to keep them as text. */
    private static String quoteHint(JsonNode expected, JsonNode instance) {
        boolean wantsText = expected != null && "string".equals(expected.asText());
        if (wantsText && instance != null && (instance.isNumber() || instance.isBoolean())) {
            return "; put it in quotes (\"" + Excerpt.of(instance.asText(), Excerpt.VALUE) + "\") to write it as text";
        }
        return "";
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String typeName(JsonNode type) {
        if (type == null) return "another type";
        List<String> names = type.isArray() ? texts(type) : List.of(type.asText());
        return String.join(" or ", names.stream().map(n -> switch (n) {
            case "string" -> "text";
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            default -> n;
        }).toList());
    }

    /** A short, quoted rendering of a value for messages. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) return "nothing";
        if (node.isNull()) return "null (an empty value)";
        if (node.isObject()) return "a mapping";
        if (node.isArray()) return "a list";
        if (node.isTextual()) {
            return "text '" + Excerpt.of(node.asText(), Excerpt.VALUE) + "'";
        }
        if (node.isBoolean()) return "boolean " + node.asText();
        if (node.isIntegralNumber()) return "integer " + Excerpt.of(node.asText(), Excerpt.VALUE);
        if (node.isNumber()) return "number " + Excerpt.of(node.decimalValue().toPlainString(), Excerpt.VALUE);
        return node.asText();
    }
}
