package uk.nhs.aqp.core.diagnostic;

import java.util.Locale;

/**
 * Text from a file made safe to print inside a one-line message: control, format and line-separator
 * characters (a newline, an escape that would recolour a terminal, a right-to-left override) are
 * written as escapes, and long text is cut short. A message quotes at most a short excerpt of the
 * file's own text, never a file's whole content.
 */
public final class Excerpt {

    /** The longest excerpt of a value a message quotes, in characters, "..." included. */
    public static final int VALUE = 60;

    private Excerpt() {
    }

    /** {@code text} with every unprintable character escaped, cut to {@code max} characters with "...". */
    public static String of(String text, int max) {
        String escaped = escape(text);
        if (escaped.codePointCount(0, escaped.length()) <= max) {
            return escaped;
        }
        int end = escaped.offsetByCodePoints(0, Math.max(0, max - 3));
        return escaped.substring(0, end) + "...";
    }

    /** {@code text} with every unprintable character escaped ({@code \n}, {@code \x1B}, {@code \u202E}); not shortened. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escapeOf(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String escapeOf(char c) {
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default:
                break;
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL) {
            return String.format(Locale.ROOT, "\\x%02X", (int) c);
        }
        if (type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return String.format(Locale.ROOT, "\\u%04X", (int) c);
        }
        return null;
    }
}
