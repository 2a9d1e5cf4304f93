package uk.nhs.aqp.core.adapt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.nhs.aqp.core.vocabulary.Shown;
import uk.nhs.aqp.core.vocabulary.TerminalText;
import uk.nhs.aqp.core.vocabulary.ValueWording;
import uk.nhs.aqp.core.vocabulary.Vocabulary;
import uk.nhs.aqp.core.vocabulary.WordDiff;

/**
 * Differences between two trees of the same file kind, addressed like adaptation targets (keys,
 * and list items by id), so a national update reads in the same terms as a local change.
 */
public final class TreeDiff {

    /** One difference: {@code changed}, {@code added} or {@code removed}. */
    public record Difference(String kind, String target, JsonNode before, JsonNode after) {
        /** {@code changed kpis/kpis/AH-KPI-01/target/value: 95 -> 100}. */
        public String describe() {
            ValueWording values = new ValueWording(Vocabulary.standard());
            String key = target.substring(target.lastIndexOf('/') + 1);
            return switch (kind) {
                case "added" -> "added   " + target + ": " + TerminalText.line(values.show(key, after));
                case "removed" -> "removed " + target + " (was " + TerminalText.line(values.show(key, before)) + ")";
                default -> {
                    ValueWording.Pair p = values.compare(key, before, after);
                    yield "changed " + target + ": " + (p.national() instanceof Shown.Text was
                            && p.local() instanceof Shown.Text now
                                    ? TerminalText.marked(WordDiff.between(was.plain(), now.plain()).both())
                                    : TerminalText.line(p.national()) + " -> " + TerminalText.line(p.local()));
                }
            };
        }
    }

    private TreeDiff() {
    }

    public static List<Difference> diff(String prefix, JsonNode before, JsonNode after) {
        List<Difference> out = new ArrayList<>();
        walk(prefix, before, after, out);
        return out;
    }

    private static void walk(String at, JsonNode a, JsonNode b, List<Difference> out) {
        if (a == null && b == null) return;
        if (a == null) {
            out.add(new Difference("added", at, null, b));
        } else if (b == null) {
            out.add(new Difference("removed", at, a, null));
        } else if (a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) walk(at + "/" + key, a.get(key), b.get(key), out);
        } else if (a.isArray() && b.isArray() && allHaveIds(a) && allHaveIds(b)) {
            Set<String> ids = new LinkedHashSet<>(TreeLocator.ids(a));
            ids.addAll(TreeLocator.ids(b));
            for (String id : ids) walk(at + "/" + id, item(a, id), item(b, id), out);
        } else if (!JsonValues.same(a, b)) {
            out.add(new Difference("changed", at, a, b));
        }
    }

    private static boolean allHaveIds(JsonNode array) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
            if (!it.next().path("id").isTextual()) return false;
        }
        return array.size() > 0;
    }

    private static JsonNode item(JsonNode array, String id) {
        return TreeLocator.indexOfId(array, id).map(array::get).orElse(null);
    }
}
