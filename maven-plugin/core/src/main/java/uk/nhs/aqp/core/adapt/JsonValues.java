package uk.nhs.aqp.core.adapt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;

/** Comparing and showing values from pack trees, numbers by value (44 equals 44.00). */
public final class JsonValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonValues() {
    }

    public static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) return a == b;
        return a.equals(BY_VALUE, b);
    }

    /** A one-line rendering for messages and reports: text as it is, anything else as JSON. */
    public static String show(JsonNode node) {
        if (node == null || node.isMissingNode()) return "(none)";
        String text = node.isTextual() ? "'" + node.asText() + "'"
                : node.isNumber() ? node.decimalValue().toPlainString() : write(node);
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            return node.toString();
        }
    }
}
