package uk.nhs.aqp.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.Excerpt;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.source.Pointers;
import uk.nhs.aqp.core.source.SourceMap;

/**
 * Turns a composed SnakeYAML node graph into a Jackson tree plus a {@link SourceMap}. Numbers with
 * a fraction become exact decimals (never doubles). Duplicate keys, non-text keys, expansion past
 * the node budget and nesting past the depth limit are reported, not thrown; so are numbers out of
 * range and values that are not what their explicit tag says (the file then yields no tree).
 * Text holding a character that {@link TextCharacters} refuses or warns about is reported at that
 * character's line and column; the tree is still built, so the rest of the file is checked.
 */
final class YamlTreeBuilder {

    record Tree(JsonNode root, SourceMap sources) {
    }

    /** Stops the walk once a limit is hit, so one bad file yields one diagnostic. */
    private static final class LimitReached extends RuntimeException {
        LimitReached() {
            super(null, null, false, false);
        }
    }

    /**
     * Numbers are at most 15 digits before the decimal point and 15 after: far beyond any figure a
     * pack holds, and small enough that no later stage (schema, rules, bundle) does work in
     * proportion to a number's exponent. Longer literals are refused unread.
     */
    static final int MAX_NUMBER_DIGITS = 15;
    private static final int MAX_NUMBER_LITERAL = 64;
    private static final BigDecimal NUMBER_BOUND = BigDecimal.TEN.pow(MAX_NUMBER_DIGITS);

    private final String file;
    private final String source;
    private final boolean oneCharPerCodePoint;
    private final LoadLimits limits;
    private final DiagnosticSink sink;
    private final SourceMap.Builder sources;
    private int nodes;
    private boolean ok = true;

    YamlTreeBuilder(String file, String source, LoadLimits limits, DiagnosticSink sink) {
        this.file = file;
        this.source = source;
        this.oneCharPerCodePoint = source.length() == source.codePointCount(0, source.length());
        this.limits = limits;
        this.sink = sink;
        this.sources = new SourceMap.Builder(file);
    }

    Optional<Tree> build(Node root) {
        try {
            JsonNode tree = convert(root, "", 1);
            return ok ? Optional.of(new Tree(tree, sources.build())) : Optional.empty();
        } catch (LimitReached e) {
            return Optional.empty();
        }
    }

    private JsonNode convert(Node node, String pointer, int depth) {
        if (++nodes > limits.maxNodes()) {
            sink.report("yaml.too-many-nodes", at(node, ""), limits.maxNodes());
            throw new LimitReached();
        }
        if (depth > limits.maxDepth()) {
            sink.report("yaml.depth-limit", at(node, pointer), limits.maxDepth());
            throw new LimitReached();
        }
        Mark start = node.getStartMark();
        sources.value(pointer, start.getLine() + 1, start.getColumn() + 1);
        if (node instanceof MappingNode mapping) {
            return mapping(mapping, pointer, depth);
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            int i = 0;
            for (Node item : sequence.getValue()) {
                array.add(convert(item, Pointers.child(pointer, i++), depth + 1));
            }
            return array;
        }
        return scalar((ScalarNode) node, pointer);
    }

    private JsonNode mapping(MappingNode mapping, String pointer, int depth) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                sink.report("yaml.complex-key", at(keyNode, pointer));
                ok = false;
                continue;
            }
            String key = scalarKey.getValue();
            String child = Pointers.child(pointer, key);
            checkText(scalarKey, child);
            Node first = seen.putIfAbsent(key, keyNode);
            if (first != null) {
                sink.report("yaml.duplicate-key", at(keyNode, child), Excerpt.of(key, Excerpt.VALUE),
                        first.getStartMark().getLine() + 1);
                ok = false;
                continue;
            }
            Mark k = keyNode.getStartMark();
            sources.key(child, k.getLine() + 1, k.getColumn() + 1);
            object.set(key, convert(tuple.getValueNode(), child, depth + 1));
        }
        return object;
    }

    private JsonNode scalar(ScalarNode scalar, String pointer) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return NullNode.instance;
        }
        if (Tag.BOOL.equals(tag)) {
            if (!CoreSchemaResolver.BOOL.matcher(text).matches()) {
                return refused("yaml.bad-tag", scalar, pointer, text, "boolean (true or false)");
            }
            return BooleanNode.valueOf(text.equalsIgnoreCase("true"));
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return number(scalar, pointer, Tag.INT.equals(tag));
        }
        checkText(scalar, pointer);
        return TextNode.valueOf(text);
    }

    /** An integer or an exact decimal; refused (and reported) if it is not one, or out of range. */
    private JsonNode number(ScalarNode scalar, String pointer, boolean integer) {
        String text = scalar.getValue();
        if (text.length() > MAX_NUMBER_LITERAL) {
            return refused("yaml.number-range", scalar, pointer, text.substring(0, 20) + "...", MAX_NUMBER_DIGITS);
        }
        BigDecimal value;
        try {
            value = integer ? new BigDecimal(parseInteger(text))
                    : new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            // a well-formed decimal fails only when its exponent is too large to read
            boolean wellFormed = !integer && CoreSchemaResolver.FLOAT.matcher(text).matches();
            return wellFormed ? refused("yaml.number-range", scalar, pointer, text, MAX_NUMBER_DIGITS)
                    : refused("yaml.bad-tag", scalar, pointer, text, integer ? "whole number" : "number");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.abs().compareTo(NUMBER_BOUND) >= 0 || stripped.scale() > MAX_NUMBER_DIGITS) {
            return refused("yaml.number-range", scalar, pointer, text, MAX_NUMBER_DIGITS);
        }
        if (!integer) {
            return DecimalNode.valueOf(value);
        }
        long whole = value.longValueExact();
        return whole == (int) whole ? JsonNodeFactory.instance.numberNode((int) whole)
                : JsonNodeFactory.instance.numberNode(whole);
    }

    private JsonNode refused(String ruleId, ScalarNode scalar, String pointer, Object... args) {
        sink.report(ruleId, at(scalar, pointer), args);
        ok = false;
        return NullNode.instance;
    }

    /**
     * Reports the characters of a text scalar that {@link TextCharacters} refuses or warns about,
     * each kind once, at the first one's line and column.
     */
    private void checkText(ScalarNode scalar, String pointer) {
        String text = scalar.getValue();
        boolean control = false;
        boolean override = false;
        boolean direction = false;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            TextCharacters.Problem problem = TextCharacters.problem(cp);
            if (problem == TextCharacters.Problem.CONTROL && !control) {
                control = true;
                sink.report("yaml.control-character", where(scalar, pointer, cp), TextCharacters.name(cp));
            } else if (problem == TextCharacters.Problem.BIDI_OVERRIDE && !override) {
                override = true;
                sink.report("yaml.bidi-override", where(scalar, pointer, cp), TextCharacters.name(cp));
            } else if (problem == TextCharacters.Problem.BIDI_CONTROL && !direction) {
                direction = true;
                sink.report("yaml.bidi-control", where(scalar, pointer, cp), TextCharacters.name(cp));
            }
        }
        if (direction && !override && TextCharacters.leavesDirectionOpen(text)) {
            sink.report("yaml.bidi-unclosed", at(scalar, pointer));
        }
    }

    /**
     * Where {@code cp} is written inside the scalar: the line and column of its first appearance in
     * the file between the scalar's start and end; the scalar's own position when it was written
     * as an escape such as {@code \x07} in double quotes.
     */
    private Origin where(ScalarNode scalar, String pointer, int cp) {
        Mark start = scalar.getStartMark();
        Mark end = scalar.getEndMark();
        int from = charIndex(start.getIndex());
        int to = Math.min(source.length(), charIndex(end.getIndex()));
        int found = source.indexOf(cp, from);
        if (found < 0 || found >= to) {
            return at(scalar, pointer);
        }
        return TextCharacters.origin(file, pointer, source, from, start.getLine() + 1, start.getColumn() + 1, found);
    }

    /** SnakeYAML marks count code points; the source is a Java string of UTF-16 chars. */
    private int charIndex(int codePointIndex) {
        if (oneCharPerCodePoint) {
            return Math.min(codePointIndex, source.length());
        }
        int points = source.codePointCount(0, source.length());
        return source.offsetByCodePoints(0, Math.min(codePointIndex, points));
    }

    private static BigInteger parseInteger(String text) {
        if (text.startsWith("0x")) return new BigInteger(text.substring(2), 16);
        if (text.startsWith("0o")) return new BigInteger(text.substring(2), 8);
        return new BigInteger(text.startsWith("+") ? text.substring(1) : text);
    }

    private Origin at(Node node, String pointer) {
        Mark m = node.getStartMark();
        return new Origin(file, m.getLine() + 1, m.getColumn() + 1, pointer);
    }
}
