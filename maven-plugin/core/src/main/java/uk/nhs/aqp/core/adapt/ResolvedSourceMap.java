package uk.nhs.aqp.core.adapt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.source.Pointers;
import uk.nhs.aqp.core.source.SourceMap;

/**
 * Positions of a resolved local file: a value set or added by a change is located in
 * {@code adaptation.yaml} (inside the change's {@code value}); every other value in the national
 * file, found by following item ids, not list positions, since changes move items around.
 */
final class ResolvedSourceMap implements SourceMap {

    /** A subtree of the resolved file that came from a change's value. */
    record ChangedSubtree(String resolvedPointer, SourceMap adaptation, String adaptationPointer) {
    }

    private final SourceMap national;
    private final JsonNode nationalRoot;
    private final JsonNode resolvedRoot;
    private final List<ChangedSubtree> overrides;

    ResolvedSourceMap(SourceMap national, JsonNode nationalRoot, JsonNode resolvedRoot, List<ChangedSubtree> overrides) {
        this.national = national;
        this.nationalRoot = nationalRoot;
        this.resolvedRoot = resolvedRoot;
        this.overrides = overrides.stream()
                .sorted(Comparator.comparingInt((ChangedSubtree o) -> o.resolvedPointer().length()).reversed())
                .toList();
    }

    @Override
    public String file() {
        return national.file();
    }

    @Override
    public Origin value(String pointer) {
        return override(pointer).map(o -> o.adaptation().value(inside(o, pointer)))
                .orElseGet(() -> national.value(nationalPointer(pointer)).withPointer(pointer));
    }

    @Override
    public Origin key(String pointer) {
        return override(pointer).map(o -> o.adaptation().key(inside(o, pointer)))
                .orElseGet(() -> national.key(nationalPointer(pointer)).withPointer(pointer));
    }

    private Optional<ChangedSubtree> override(String pointer) {
        return overrides.stream()
                .filter(o -> pointer.equals(o.resolvedPointer()) || pointer.startsWith(o.resolvedPointer() + "/"))
                .findFirst();
    }

    private static String inside(ChangedSubtree o, String pointer) {
        return o.adaptationPointer() + pointer.substring(o.resolvedPointer().length());
    }

    /** The same node's pointer in the national tree: list indexes translated through item ids. */
    private String nationalPointer(String pointer) {
        if (pointer.isEmpty()) return pointer;
        String[] tokens = pointer.substring(1).split("/", -1);
        JsonNode resolved = resolvedRoot;
        JsonNode nat = nationalRoot;
        String out = "";
        for (String raw : tokens) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (resolved == null || nat == null) {
                out = Pointers.child(out, token);
                continue;
            }
            if (resolved.isArray()) {
                int index = parse(token);
                JsonNode item = index >= 0 ? resolved.get(index) : null;
                String id = item == null ? null : item.path("id").asText(null);
                int nationalIndex = id == null ? index : TreeLocator.indexOfId(nat, id).orElse(-1);
                if (nationalIndex < 0) {
                    return out; // not in the national file: located at its list
                }
                out = Pointers.child(out, nationalIndex);
                resolved = item;
                nat = nat.get(nationalIndex);
            } else {
                out = Pointers.child(out, token);
                resolved = resolved.get(token);
                nat = nat.get(token);
            }
        }
        return out;
    }

    private static int parse(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
