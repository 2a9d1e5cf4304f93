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
 * the node budget and nesting past the depth limit are reported, not thrown.
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

    private final String file;
    private final LoadLimits limits;
    private final DiagnosticSink sink;
    private final SourceMap.Builder sources;
    private int nodes;
    private boolean ok = true;

    YamlTreeBuilder(String file, LoadLimits limits, DiagnosticSink sink) {
        this.file = file;
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
        return scalar((ScalarNode) node);
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

    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return NullNode.instance;
        }
        if (Tag.BOOL.equals(tag)) {
            return BooleanNode.valueOf(text.equalsIgnoreCase("true"));
        }
        if (Tag.INT.equals(tag)) {
            BigInteger value = parseInteger(text);
            return value.bitLength() < 32 ? JsonNodeFactory.instance.numberNode(value.intValue())
                    : value.bitLength() < 64 ? JsonNodeFactory.instance.numberNode(value.longValue())
                    : JsonNodeFactory.instance.numberNode(value);
        }
        if (Tag.FLOAT.equals(tag)) {
            return DecimalNode.valueOf(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        }
        return TextNode.valueOf(text);
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
