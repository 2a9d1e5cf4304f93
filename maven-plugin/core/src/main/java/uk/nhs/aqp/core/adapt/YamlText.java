package uk.nhs.aqp.core.adapt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a tree as block-style YAML text for splicing into a file a person edits: keys in their
 * order, numbers exactly as held (44.00 stays 44.00), text quoted only when YAML could misread it.
 */
final class YamlText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ,.()'/_-]*[A-Za-z0-9.)]|[A-Za-z0-9]");
    /** Plain text another YAML reader would take for a boolean, null, number or date. */
    private static final Pattern RESERVED = Pattern.compile("(?i)true|false|null|yes|no|on|off|y|n|~"
            + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)(e[-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-f]+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

    private YamlText() {
    }

    /** The value as it follows {@code key:} on the key's line: inline, or a block on the next lines. */
    static String afterKey(JsonNode value, int keyColumn) {
        if (isInline(value)) {
            return " " + scalar(value);
        }
        StringBuilder out = new StringBuilder();
        block(value, keyColumn + 2, out);
        return out.toString();
    }

    private static boolean isInline(JsonNode value) {
        return value.isValueNode() || value.isNull() || value.isEmpty();
    }

    private static void block(JsonNode value, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append('\n').append(pad).append(key(e.getKey())).append(':');
                entry(e.getValue(), indent, out);
            }
        } else {
            for (JsonNode item : value) {
                out.append('\n').append(pad).append('-');
                if (isInline(item)) {
                    out.append(' ').append(scalar(item));
                } else if (item.isObject()) {
                    StringBuilder nested = new StringBuilder();
                    block(item, indent + 2, nested);
                    out.append(' ').append(nested.substring(indent + 3)); // first key on the dash's line
                } else {
                    block(item, indent + 2, out);
                }
            }
        }
    }

    private static void entry(JsonNode value, int indent, StringBuilder out) {
        if (isInline(value)) {
            out.append(' ').append(scalar(value));
        } else {
            block(value, indent + 2, out);
        }
    }

    private static String key(String key) {
        return PLAIN.matcher(key).matches() && !RESERVED.matcher(key).matches() ? key : quote(key);
    }

    static String scalar(JsonNode value) {
        if (value.isNull()) return "~";
        if (value.isObject()) return "{}";
        if (value.isArray()) return "[]";
        if (value.isNumber()) return value.decimalValue().toPlainString();
        if (value.isBoolean()) return value.asText();
        String text = value.asText();
        return PLAIN.matcher(text).matches() && !RESERVED.matcher(text).matches() && !text.contains(": ")
                && !text.contains(" #") ? text : quote(text);
    }

    private static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\x%02X", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
