package uk.nhs.aqp.core.adapt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.nhs.aqp.core.source.Pointers;

/**
 * Finds the node a target's segments name in a tree: a key in a mapping, an item's id in a list.
 */
final class TreeLocator {

    /**
     * Where a path led.
     *
     * @param node the node found, or null
     * @param parent the container holding it (or that lacked the next segment)
     * @param pointer the JSON pointer of the node (or of the parent, when not found)
     * @param failedAt index of the segment that could not be followed, or -1 when found
     * @param choices keys or ids available where the path failed, for suggestions
     * @param inList true when the node is an item of a list
     */
    record Located(JsonNode node, JsonNode parent, String pointer, int failedAt, List<String> choices,
            boolean inList) {
        boolean found() {
            return failedAt < 0;
        }
    }

    private TreeLocator() {
    }

    static Located locate(JsonNode root, List<String> segments) {
        JsonNode node = root;
        JsonNode parent = null;
        String pointer = "";
        boolean inList = false;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (node.isObject()) {
                JsonNode child = node.get(segment);
                if (child == null) {
                    return new Located(null, node, pointer, i, fieldNames(node), false);
                }
                parent = node;
                node = child;
                pointer = Pointers.child(pointer, segment);
                inList = false;
            } else if (node.isArray()) {
                Optional<Integer> index = indexOfId(node, segment);
                if (index.isEmpty()) {
                    return new Located(null, node, pointer, i, ids(node), false);
                }
                parent = node;
                node = node.get(index.get());
                pointer = Pointers.child(pointer, index.get());
                inList = true;
            } else {
                return new Located(null, node, pointer, i, List.of(), false);
            }
        }
        return new Located(node, parent, pointer, -1, List.of(), inList);
    }

    /**
     * The tree with each container on the way to the node the segments name, and that node when it
     * is a container, copied shallowly (as far as the path can be followed), so that a change made
     * there leaves the tree it was copied from as it was. A container in {@code copied} is this
     * tree's own already and is not copied again; each copy is added to it.
     */
    static JsonNode copiedAlong(JsonNode root, List<String> segments, Set<JsonNode> copied) {
        JsonNode top = own(root, copied);
        JsonNode node = top;
        for (String segment : segments) {
            if (node instanceof ObjectNode object && object.get(segment) != null) {
                JsonNode child = own(object.get(segment), copied);
                object.set(segment, child);
                node = child;
            } else if (node instanceof ArrayNode array && indexOfId(array, segment).isPresent()) {
                int i = indexOfId(array, segment).get();
                JsonNode child = own(array.get(i), copied);
                array.set(i, child);
                node = child;
            } else {
                break;
            }
        }
        return top;
    }

    private static JsonNode own(JsonNode node, Set<JsonNode> copied) {
        if (copied.contains(node)) return node;
        JsonNode copy;
        if (node instanceof ObjectNode object) {
            copy = object.objectNode().setAll(object);
        } else if (node instanceof ArrayNode array) {
            copy = array.arrayNode(array.size()).addAll(array);
        } else {
            return node;
        }
        copied.add(copy);
        return copy;
    }

    static Optional<Integer> indexOfId(JsonNode array, String id) {
        for (int i = 0; i < array.size(); i++) {
            if (id.equals(array.get(i).path("id").asText(null))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(item -> {
            if (item.path("id").isTextual()) ids.add(item.get("id").asText());
        });
        return ids;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
