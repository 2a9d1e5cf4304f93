package uk.nhs.aqp.core.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.model.LocalAdaptation;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Variation;

/**
 * A variation as every output shows it: what changed in a commissioner's words, the operation's
 * label, the national and local values as the pack documents show them with the changed words
 * marked, the rationale, and the target path and adaptation line for reference.
 *
 * @param variation the variation itself
 * @param subject what changed, e.g. {@code Tariff AH-T-02 Pathway with two hearing aids: price}
 * @param product the product it changes, e.g. {@code KPIs}
 * @param operation the operation's label ({@code Changed}, {@code Added}, ...)
 * @param national the national value, removed words marked
 * @param local the local value, added words marked
 * @param nationalBefore the national value when the change was written, where the national pack has
 *     changed since ({@link Shown.Nothing} where it has not)
 * @param layer whose change it is, as the vocabulary says it ({@code layer.own}, {@code layer.arrangement})
 */
public record DescribedVariation(Variation variation, Subject subject, String product, String operation,
        Shown national, Shown local, Shown nationalBefore, String layer) {

    /** {@code own} or {@code arrangement}: for a tag colour or a class. */
    public String layerKey() {
        return variation.layer().key();
    }

    /** Whether a member adopts it from its joint arrangement. */
    public boolean fromArrangement() {
        return variation.fromArrangement();
    }

    private static final int NAME_LIMIT = 90;
    private static final ObjectMapper TREES = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    /** The rationale: why the commissioner differs. */
    public String rationale() {
        return variation.rationale() == null ? "" : variation.rationale();
    }

    /** The target path ({@code kpis/kpis/AH-KPI-01/target}), for a small reference column. */
    public String target() {
        return variation.target();
    }

    /** Where the change is written: {@code packs/local/.../adaptation.yaml:12}. */
    public String location() {
        return variation.origin().location();
    }

    /** {@code set}, {@code add}, {@code replace} or {@code remove}: for a tag colour or a class. */
    public String operationKey() {
        return variation.operation().key();
    }

    /**
     * Every variation of a local pack, sorted by product in the order of the pack, then by where
     * the changed value sits in the pack (a removed item last in its product, in adaptation order).
     */
    public static List<DescribedVariation> of(Pack local) {
        return of(local, Vocabulary.standard());
    }

    static List<DescribedVariation> of(Pack local, Vocabulary words) {
        LocalAdaptation a = local.local().orElseThrow();
        // only the files the variations are in: a whole pack as trees is most of the work here
        Map<String, JsonNode> trees = new HashMap<>();
        ValueWording values = new ValueWording(words);
        List<String> order = words.productOrder();
        List<Sortable> out = new ArrayList<>();
        for (Variation v : a.variations()) {
            String[] path = v.target().split("/");
            Located where = locate(path, trees.computeIfAbsent(path[0], file -> tree(local, file)), v, words);
            String key = path[path.length - 1];
            ValueWording.Pair pair = values.compare(key, v.nationalValue(), v.localValue());
            Shown before = v.changedNationally().map(b -> values.show(key, b)).orElse(new Shown.Nothing());
            int product = order.indexOf(path[0]);
            out.add(new Sortable(new DescribedVariation(v, where.subject(), words.product(path[0]),
                    words.label("operation", v.operation().key()), pair.national(), pair.local(), before,
                    words.label("layer", v.layer().key())),
                    product < 0 ? order.size() : product, where.position()));
        }
        return out.stream().sorted(Comparator.comparingInt(Sortable::product)
                .thenComparing(Sortable::position, DescribedVariation::comparePositions))
                .map(Sortable::described).toList();
    }

    private record Sortable(DescribedVariation described, int product, List<Integer> position) {
    }

    private record Located(Subject subject, List<Integer> position) {
    }

    /** Walks the target through the pack, naming the item it is in and the fields below it. */
    private static Located locate(String[] path, JsonNode tree, Variation v, Vocabulary words) {
        String lead = words.product(path[0]);
        String name = "";
        List<String> fields = new ArrayList<>();
        List<Integer> position = new ArrayList<>();
        JsonNode node = tree;
        String parent = null;
        for (int i = 1; i < path.length; i++) {
            String seg = path[i];
            boolean last = i == path.length - 1;
            JsonNode next = node == null ? null : node.get(seg);
            boolean list = next != null && next.isArray();
            if (node != null && node.isArray()) {
                int index = indexOf(node, seg);
                position.add(index < 0 ? Integer.MAX_VALUE : index);
                JsonNode item = index < 0 ? null : node.get(index);
                JsonNode named = item != null ? item : v.nationalValue() != null ? v.nationalValue() : v.localValue();
                lead = words.item(parent) + " " + seg;
                name = nameOf(named);
                fields.clear();
                node = item;
                continue;
            }
            position.add(node == null ? Integer.MAX_VALUE : fieldIndex(node, seg));
            if (list && !last) {
                parent = seg;
                node = next;
                continue;
            }
            if (list && v.operation() == Variation.Operation.ADD && v.localValue() != null
                    && v.localValue().has("id")) {
                lead = words.item(seg) + " " + v.localValue().get("id").asText();
                name = nameOf(v.localValue());
                fields.clear();
                position.add(Integer.MAX_VALUE);
                break;
            }
            String label = words.field(parent, seg);
            if (!label.isEmpty()) fields.add(label);
            parent = seg;
            node = next;
        }
        String detail = "";
        if (!fields.isEmpty()) {
            detail = fields.remove(fields.size() - 1);
            if (!fields.isEmpty() && detail.contains(fields.get(fields.size() - 1))) {
                fields.remove(fields.size() - 1);
            }
            if (!fields.isEmpty() && !name.isEmpty()) {
                detail = String.join(", ", fields) + ", " + detail;
            } else if (!fields.isEmpty()) {
                lead = lead + ", " + String.join(", ", fields);
            }
        }
        return new Located(new Subject(lead, name, detail), position);
    }

    private static int indexOf(JsonNode list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (id.equals(list.get(i).path("id").asText(null))) return i;
        }
        return -1;
    }

    private static int fieldIndex(JsonNode object, String key) {
        int i = 0;
        for (var it = object.fieldNames(); it.hasNext(); i++) {
            if (it.next().equals(key)) return i;
        }
        return Integer.MAX_VALUE;
    }

    /**
     * An item's name: its name, title or criterion; a question's text. None when it is longer than
     * a heading should be (a long question reads in full in the values instead; it is never cut).
     */
    private static String nameOf(JsonNode item) {
        if (item == null) return "";
        String name = "";
        for (String k : List.of("name", "title", "criterion", "heading", "topic")) {
            if (item.path(k).isTextual()) {
                name = k.equals("topic") ? Vocabulary.standard().label("topic", item.get(k).asText()) : item.get(k).asText();
                break;
            }
        }
        if (name.isEmpty() && item.path("question").path("text").isTextual()) {
            name = item.get("question").get("text").asText();
        }
        return name.length() > NAME_LIMIT ? "" : name;
    }

    private static int comparePositions(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    /** One file of the pack as a tree, by its product name ({@code kpis}); null for no such file. */
    private static JsonNode tree(Pack pack, String file) {
        Object part = switch (file) {
            case "pack" -> pack.manifest();
            case "kpis" -> pack.kpis();
            case "specification" -> pack.specification();
            case "currency" -> pack.currency();
            case "qualification" -> pack.qualification();
            case "patient-choice" -> pack.patientChoice();
            default -> null;
        };
        return part == null ? null : TREES.valueToTree(part);
    }
}
