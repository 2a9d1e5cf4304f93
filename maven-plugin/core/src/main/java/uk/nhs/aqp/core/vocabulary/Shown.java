package uk.nhs.aqp.core.vocabulary;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A value as the pack documents show it, for any output to render: text (its changed words
 * marked), a bulleted list, paragraphs, or a small definition list for a KPI, tariff or other
 * item. Never JSON. Templates tell the kinds apart by {@link #kind()}.
 */
public sealed interface Shown {

    /** {@code none}, {@code text}, {@code bullets}, {@code paragraphs} or {@code fields}. */
    String kind();

    /** The words only, without marks (removed and added words both kept), for search and tests. */
    String plain();

    /** No value: the national side of an addition, the local side of a removal. */
    record Nothing() implements Shown {
        public String kind() {
            return "none";
        }

        public String plain() {
            return "";
        }
    }

    /** A text, a formatted number, money, target or date; parts may be marked as changed. */
    record Text(List<Segment> segments) implements Shown {
        public Text {
            segments = List.copyOf(segments);
        }

        public static Text of(String text) {
            return new Text(List.of(Segment.same(text)));
        }

        public String kind() {
            return "text";
        }

        public String plain() {
            return segments.stream().map(Segment::text).collect(Collectors.joining());
        }

        /** True when some words are marked as removed or added. */
        public boolean marked() {
            return segments.stream().anyMatch(s -> s.mark() != Segment.Mark.SAME);
        }
    }

    /** A list: one bullet per item. */
    record Bullets(List<Shown> items) implements Shown {
        public Bullets {
            items = List.copyOf(items);
        }

        public String kind() {
            return "bullets";
        }

        public String plain() {
            return items.stream().map(Shown::plain).collect(Collectors.joining("\n"));
        }
    }

    /** Paragraphs of prose, each shown whole. */
    record Paragraphs(List<Shown> items) implements Shown {
        public Paragraphs {
            items = List.copyOf(items);
        }

        public String kind() {
            return "paragraphs";
        }

        public String plain() {
            return items.stream().map(Shown::plain).collect(Collectors.joining("\n\n"));
        }
    }

    /** An item as a small definition list: label, value. */
    record Fields(List<Field> fields) implements Shown {
        public Fields {
            fields = List.copyOf(fields);
        }

        public String kind() {
            return "fields";
        }

        public String plain() {
            return fields.stream().map(f -> f.label() + ": " + f.value().plain()).collect(Collectors.joining("\n"));
        }
    }

    /** One row of a {@link Fields}: the field's label, as a reader calls it, and its value. */
    record Field(String label, Shown value) {
    }
}
