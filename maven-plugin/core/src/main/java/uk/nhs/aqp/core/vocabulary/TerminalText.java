package uk.nhs.aqp.core.vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Shown} value as lines for a terminal ({@code aqp:diff}): changed words marked like
 * {@code git diff --word-diff}, removed words as {@code [-20-]} and added words as {@code {+16+}};
 * lists as {@code - } bullets; fields as {@code label: value}.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** The lines of a value, each starting with {@code indent}. */
    public static List<String> lines(Shown shown, String indent) {
        List<String> out = new ArrayList<>();
        add(shown, indent, out);
        return out;
    }

    /** A value on one line: its lines joined with {@code "; "}. */
    public static String line(Shown shown) {
        return String.join("; ", lines(shown, "").stream().map(String::strip).toList());
    }

    /** A text with its changed words marked: {@code within [-20-]{+16+} working days}. */
    public static String marked(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            switch (s.mark()) {
                case SAME -> b.append(s.text());
                case REMOVED -> b.append("[-").append(s.text()).append("-]");
                case ADDED -> b.append("{+").append(s.text()).append("+}");
            }
        }
        return b.toString();
    }

    private static void add(Shown shown, String indent, List<String> out) {
        if (shown instanceof Shown.Text t) {
            out.add(indent + marked(t.segments()));
        } else if (shown instanceof Shown.Bullets b) {
            b.items().forEach(i -> prefixed(i, indent, "- ", out));
        } else if (shown instanceof Shown.Paragraphs p) {
            p.items().forEach(i -> add(i, indent, out));
        } else if (shown instanceof Shown.Fields f) {
            f.fields().forEach(x -> prefixed(x.value(), indent, x.label() + ": ", out));
        } else {
            out.add(indent + "(none)");
        }
    }

    private static void prefixed(Shown shown, String indent, String prefix, List<String> out) {
        List<String> inner = lines(shown, indent + "  ");
        if (inner.isEmpty()) return;
        out.add(indent + prefix + inner.get(0).substring(indent.length() + 2));
        out.addAll(inner.subList(1, inner.size()));
    }
}
