package uk.nhs.aqp.core.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.TestPaths;

/** The one vocabulary: every enumerated value of the schemas has words, and values format one way. */
class VocabularyTest {

    private static final Vocabulary WORDS = Vocabulary.standard();

    /** Which vocabulary group names the values of a schema property, where it is not the property's name. */
    private static final Map<String, String> GROUPS = Map.of("op", "operation", "basis", "evidence",
            "referralSources", "source", "serviceLine", "service-line");

    @Test
    void every_enum_value_of_every_schema_has_a_label() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(TestPaths.repositoryRoot().resolve("schema"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                List<String[]> enums = new ArrayList<>();
                walk(new ObjectMapper().readTree(file.toFile()), null, enums);
                for (String[] e : enums) {
                    String group = groupOf(file.getFileName().toString(), e[0]);
                    checked++;
                    if (!WORDS.has(group, e[1])) {
                        missing.add(file.getFileName() + ": " + group + "." + e[1]);
                    }
                }
            }
        }
        assertTrue(checked > 80, "the walk found the schemas' enums: " + checked);
        assertEquals(List.of(), missing, "add these to aqp/vocabulary/labels.properties");
    }

    @Test
    void money_targets_dates_and_ages_read_as_the_pack_documents_write_them() {
        assertEquals("£525.00", WORDS.money(new BigDecimal("525")));
        assertEquals("£1,234.50", WORDS.money(new BigDecimal("1234.5")));
        assertEquals("at least 95%", WORDS.target("at-least", new BigDecimal("95.0"), "percent"));
        assertEquals("at most 16 working days", WORDS.target("at-most", new BigDecimal("16"), "working-days"));
        assertEquals("exactly 3", WORDS.target("exactly", new BigDecimal("3"), "count"));
        assertEquals("100%", WORDS.target("at-least", new BigDecimal("100"), "percent"), "no percentage exceeds 100%");
        assertEquals("0%", WORDS.target("at-most", BigDecimal.ZERO, "percent"));
        assertEquals("at least 100 working days", WORDS.target("at-least", new BigDecimal("100"), "working-days"));
        assertEquals("1 April 2012", WORDS.date(LocalDate.of(2012, 4, 1)));
        assertEquals("55 and over", WORDS.age(55, null));
        assertEquals("16 to 65", WORDS.age(16, 65));
        assertEquals("Six-monthly", WORDS.label("frequency", "six-monthly"));
        assertEquals("per course of treatment", WORDS.lower("currency-unit", "course"));
        assertEquals("GP", WORDS.lower("source", "gp"), "an abbreviation keeps its capitals");
        assertEquals("local context", WORDS.field(null, "localContext"));
        assertEquals("some new field", WORDS.field(null, "someNewField"), "a key without a label reads as words");
    }

    @Test
    void a_sentence_fills_its_blanks_and_a_count_picks_one_or_many() {
        assertEquals("The other local version has the national value.", WORDS.counted("comparison", "others-national", 1));
        assertEquals("The other 1,008 local versions have the national value.",
                WORDS.counted("comparison", "others-national", 1008));
        assertEquals("0 versions differ", WORDS.counted("comparison", "differing", 0));
        assertTrue(WORDS.sentence("comparison", "reading.differs", "Not in this version")
                .contains("reads \u201cNot in this version\u201d and differs"));
        assertThrows(IllegalArgumentException.class, () -> WORDS.sentence("comparison", "no-such-sentence"),
                "a misspelt sentence fails instead of printing its key");
    }

    /** A template asks for a sentence by key; one the vocabulary lacks would fail only at render. */
    @Test
    void every_sentence_a_template_asks_for_is_in_the_vocabulary() throws IOException {
        Pattern asked = Pattern.compile("\\.(sentence|counted)\\(\"([a-z-]+)\", \"([a-z.-]+)\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(TestPaths.repositoryRoot().resolve("templates"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".ftl")
                    || f.toString().endsWith(".ftlh")).sorted().toList()) {
                Matcher m = asked.matcher(Files.readString(f));
                while (m.find()) {
                    found++;
                    List<String> keys = m.group(1).equals("counted")
                            ? List.of(m.group(3) + ".one", m.group(3) + ".other") : List.of(m.group(3));
                    for (String key : keys) {
                        if (!WORDS.has(m.group(2), key)) missing.add(f.getFileName() + ": " + m.group(2) + "." + key);
                    }
                }
            }
        }
        assertTrue(found > 10, "the comparison's sentences come from the vocabulary: " + found);
        assertEquals(List.of(), missing);
    }

    @Test
    void a_changed_word_in_a_long_text_is_marked_and_nothing_is_cut() {
        String before = "A".repeat(300) + " offered an appointment within 20 working days of referral " + "B".repeat(300);
        String after = before.replace("within 20 working", "within 16 working");
        WordDiff d = WordDiff.between(before, after);
        assertEquals(before.replace("within 20 working", "within [-20-]{+16+} working"), TerminalText.marked(d.both()));
        assertEquals(before, new Shown.Text(d.national()).plain(), "the national text whole");
        assertEquals(after, new Shown.Text(d.local()).plain(), "the local text whole");
        assertEquals(List.of(new Segment(Segment.Mark.REMOVED, "20")),
                d.national().stream().filter(s -> s.mark() != Segment.Mark.SAME).toList());
    }

    @Test
    void structured_values_show_as_the_pack_shows_them_never_as_json() throws IOException {
        ValueWording values = new ValueWording(WORDS);
        ObjectMapper json = new ObjectMapper();
        JsonNode target = json.readTree("{\"value\":95,\"unit\":\"percent\",\"direction\":\"at-least\","
                + "\"evidence\":{\"basis\":\"illustrative\"}}");
        assertEquals("at least 95% (illustrative)", values.show("target", target).plain());
        assertEquals("£44.00", values.show("price", json.readTree("44.00")).plain());
        Shown list = values.show("referralSources", json.readTree("[\"gp\",\"self-referral\"]"));
        assertEquals("bullets", list.kind());
        assertEquals("GP\nThe patient (self-referral)", list.plain());
        Shown item = values.show("kpis", json.readTree("{\"id\":\"X-1\",\"name\":\"Local\",\"frequency\":\"quarterly\"}"));
        assertEquals("Id: X-1\nName: Local\nReporting frequency: Quarterly", item.plain());
    }

    @Test
    void comparing_two_national_versions_marks_changed_words_and_shows_values_as_the_pack_does() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree("{\"definition\":\"Seen within 20 working days.\",\"price\":44.00}");
        JsonNode after = json.readTree("{\"definition\":\"Seen within 16 working days.\",\"price\":39.50}");
        List<String> lines = uk.nhs.aqp.core.adapt.TreeDiff.diff("kpis", before, after).stream()
                .map(uk.nhs.aqp.core.adapt.TreeDiff.Difference::describe).toList();
        assertEquals(List.of("changed kpis/definition: Seen within [-20-]{+16+} working days.",
                "changed kpis/price: [-£44.00-]{+£39.50+}"), lines);
    }

    private static String groupOf(String file, String property) {
        if (file.startsWith("currency") && property.equals("unit")) return "currency-unit";
        return GROUPS.getOrDefault(property, property);
    }

    /** Collects [property, value] for every enum, the property being the nearest named schema above it. */
    private static void walk(JsonNode node, String property, List<String[]> out) {
        walk(node, property, false, out);
    }

    private static void walk(JsonNode node, String property, boolean names, List<String[]> out) {
        if (node.isObject()) {
            if (!names && node.has("enum")) {
                node.get("enum").forEach(v -> out.add(new String[] {property, v.asText()}));
            }
            node.fields().forEachRemaining(e -> {
                String key = e.getKey();
                boolean childNames = !names && (key.equals("properties") || key.equals("$defs"));
                walk(e.getValue(), names ? key : property, childNames, out);
            });
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, property, false, out));
        }
    }
}
