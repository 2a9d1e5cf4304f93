package uk.nhs.aqp.core.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Shows a value of a pack the way the pack documents show it: a target as {@code at least 95%},
 * a price as {@code £525.00}, a date as {@code 1 April 2012}, an enumerated value by its label, a
 * list as bullets or paragraphs, an item as a small definition list; and marks the words that
 * differ between a national and a local text. The key of the value says what it is.
 */
public final class ValueWording {

    /** Which vocabulary group names the values of a key. */
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("frequency", "frequency"), Map.entry("direction", "direction"), Map.entry("domain", "domain"),
            Map.entry("domains", "domain"), Map.entry("basis", "evidence"), Map.entry("referralSources", "source"),
            Map.entry("category", "category"), Map.entry("response", "response"),
            Map.entry("assessment", "assessment"), Map.entry("topic", "topic"), Map.entry("status", "status"),
            Map.entry("action", "action"), Map.entry("serviceLine", "service-line"), Map.entry("leadRegion", "region"),
            Map.entry("buddyRegions", "region"), Map.entry("region", "region"));
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int PARAGRAPH = 160;

    private final Vocabulary words;

    public ValueWording(Vocabulary words) {
        this.words = words;
    }

    /** A national and a local value shown side by side, with the words that differ marked. */
    public record Pair(Shown national, Shown local) {
    }

    /** One value; {@link Shown.Nothing} for none. */
    public Shown show(String key, JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) return new Shown.Nothing();
        if (node.isArray()) {
            List<Shown> items = new ArrayList<>();
            node.forEach(n -> items.add(show(key, n)));
            return prose(node) ? new Shown.Paragraphs(items) : new Shown.Bullets(items);
        }
        if (node.isObject()) return object(key, node);
        return Shown.Text.of(scalar(key, node));
    }

    /** Both values of a change, the words that differ between two texts marked on each side. */
    public Pair compare(String key, JsonNode national, JsonNode local) {
        if (isText(key, national) && isText(key, local)) {
            WordDiff d = WordDiff.between(national.textValue(), local.textValue());
            return new Pair(new Shown.Text(d.national()), new Shown.Text(d.local()));
        }
        if (national != null && local != null && national.isArray() && local.isArray()) {
            return list(key, national, local);
        }
        if (national != null && local != null && national.isObject() && local.isObject() && plainObject(national)
                && plainObject(local)) {
            return fields(key, national, local);
        }
        Shown a = show(key, national);
        Shown b = show(key, local);
        if (a instanceof Shown.Text ta && b instanceof Shown.Text tb) {
            WordDiff d = WordDiff.between(ta.plain(), tb.plain());
            return new Pair(new Shown.Text(d.national()), new Shown.Text(d.local()));
        }
        return new Pair(a, b);
    }

    private Pair list(String key, JsonNode national, JsonNode local) {
        List<JsonNode> a = new ArrayList<>();
        national.forEach(a::add);
        List<JsonNode> b = new ArrayList<>();
        local.forEach(b::add);
        List<Shown> left = new ArrayList<>();
        List<Shown> right = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<JsonNode> d : DiffUtils.diff(a, b).getDeltas()) {
            for (; i < d.getSource().getPosition(); i++) left.add(show(key, a.get(i)));
            for (; j < d.getTarget().getPosition(); j++) right.add(show(key, b.get(j)));
            List<JsonNode> gone = d.getSource().getLines();
            List<JsonNode> come = d.getTarget().getLines();
            for (int k = 0; k < Math.max(gone.size(), come.size()); k++) {
                if (k < gone.size() && k < come.size()) {
                    Pair p = compare(key, gone.get(k), come.get(k));
                    left.add(p.national());
                    right.add(p.local());
                } else if (k < gone.size()) {
                    left.add(whole(show(key, gone.get(k)), Segment.Mark.REMOVED));
                } else {
                    right.add(whole(show(key, come.get(k)), Segment.Mark.ADDED));
                }
            }
            i += gone.size();
            j += come.size();
        }
        for (; i < a.size(); i++) left.add(show(key, a.get(i)));
        for (; j < b.size(); j++) right.add(show(key, b.get(j)));
        boolean prose = prose(national) || prose(local);
        return new Pair(prose ? new Shown.Paragraphs(left) : new Shown.Bullets(left),
                prose ? new Shown.Paragraphs(right) : new Shown.Bullets(right));
    }

    private Pair fields(String key, JsonNode national, JsonNode local) {
        Set<String> names = new LinkedHashSet<>();
        national.fieldNames().forEachRemaining(names::add);
        local.fieldNames().forEachRemaining(names::add);
        List<Shown.Field> left = new ArrayList<>();
        List<Shown.Field> right = new ArrayList<>();
        for (String name : names) {
            String label = Vocabulary.capitalised(words.field(key, name));
            Pair p = compare(name, national.get(name), local.get(name));
            if (national.has(name)) left.add(new Shown.Field(label, p.national()));
            if (local.has(name)) right.add(new Shown.Field(label, p.local()));
        }
        return new Pair(new Shown.Fields(left), new Shown.Fields(right));
    }

    /** A text shown whole with every word marked (a paragraph only one side has). */
    private static Shown whole(Shown shown, Segment.Mark mark) {
        return shown instanceof Shown.Text t && !t.plain().isBlank() ? new Shown.Text(List.of(new Segment(mark,
                t.plain()))) : shown;
    }

    private Shown object(String key, JsonNode node) {
        if (node.has("direction") && node.has("value")) {
            String target = words.target(node.get("direction").asText(), node.get("value").decimalValue(),
                    node.path("unit").asText(null));
            return Shown.Text.of(target + basis(node));
        }
        if (node.has("value") && node.has("unit") && node.size() <= 3) {
            return Shown.Text.of(words.amount(node.get("value").decimalValue(), node.get("unit").asText()) + basis(node));
        }
        if ((node.has("min") || node.has("max")) && node.size() <= 3) {
            Integer min = node.has("min") ? node.get("min").asInt() : null;
            Integer max = node.has("max") ? node.get("max").asInt() : null;
            return Shown.Text.of(words.age(min, max) + basis(node));
        }
        if (node.has("basis") && "evidence".equals(key)) {
            return Shown.Text.of(evidence(node));
        }
        List<Shown.Field> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            fields.add(new Shown.Field(Vocabulary.capitalised(words.field(key, e.getKey())),
                    show(e.getKey(), e.getValue())));
        }
        return new Shown.Fields(fields);
    }

    /** {@code Local example. Source: ... Note.}: the basis of a figure, its source and note. */
    private String evidence(JsonNode e) {
        StringBuilder text = new StringBuilder(words.label("evidence", e.path("basis").asText()) + ".");
        if (e.hasNonNull("source")) text.append(" Source: ").append(e.get("source").asText());
        if (e.hasNonNull("note")) text.append(' ').append(e.get("note").asText());
        return text.toString();
    }

    private String basis(JsonNode node) {
        JsonNode e = node.get("evidence");
        return e == null || !e.has("basis") ? "" : " (" + words.lower("evidence", e.get("basis").asText()) + ")";
    }

    private String scalar(String key, JsonNode node) {
        if (node.isNumber()) {
            return words.isMoney(key) ? words.money(node.decimalValue()) : words.number(node.decimalValue());
        }
        if (node.isBoolean()) return node.booleanValue() ? "Yes" : "No";
        String text = node.asText();
        String group = GROUPS.get(key);
        if (group != null) return words.label(group, text);
        if (key.equals("unit") && words.has("currency-unit", text)) return words.label("currency-unit", text);
        if (key.equals("unit") && words.has("unit", text)) return text.equals("percent") ? "Percent" : words.lower("unit", text);
        if (DATE.matcher(text).matches()) {
            try {
                return words.date(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    private boolean isText(String key, JsonNode node) {
        return node != null && node.isTextual() && !GROUPS.containsKey(key) && !key.equals("unit")
                && !DATE.matcher(node.textValue()).matches();
    }

    /** An object shown field by field (not a target, duration, age range or evidence). */
    private static boolean plainObject(JsonNode node) {
        return !(node.has("direction") && node.has("value")) && !(node.has("value") && node.has("unit"))
                && !node.has("min") && !node.has("max") && !node.has("basis");
    }

    /** A list of long texts is prose, shown as paragraphs; anything else is a bulleted list. */
    private static boolean prose(JsonNode list) {
        for (JsonNode n : list) {
            if (n.isTextual() && n.textValue().length() > PARAGRAPH) return true;
        }
        return false;
    }
}
