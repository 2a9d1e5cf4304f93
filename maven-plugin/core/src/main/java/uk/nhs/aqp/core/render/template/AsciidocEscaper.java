package uk.nhs.aqp.core.render.template;

/**
 * Turns plain text into AsciiDoc that displays exactly that text and nothing else. Every
 * character that could start AsciiDoc syntax becomes a numeric character reference
 * ({@code &#58;} for {@code :}), which Asciidoctor passes through to HTML and PDF as the
 * character itself, after every substitution that could have read it as markup.
 *
 * <p>What is neutralised: inline formatting ({@code * _ ` # ^ ~ +}), passthroughs ({@code +++},
 * {@code pass:[]}, {@code $$}), attribute references ({@code {x}}), macros and URLs (every
 * {@code :} and {@code [ ]}), cross references and HTML ({@code < > &}), e-mail autolinks
 * ({@code @}), table cells ({@code | !}), index terms ({@code ((x))}), backslash escapes,
 * replacements ({@code (C) -- ... ->}), and everything that means something at the start of a
 * line (section titles, block delimiters, lists, block titles, comments, literal paragraphs).
 * Line breaks become spaces, so a value is always one line and can never start a new block.
 * Control characters are dropped.
 */
public final class AsciidocEscaper {

    private AsciidocEscaper() {
    }

    public static String escape(String text) {
        String s = text;
        StringBuilder out = new StringBuilder(s.length() + 16);
        int listMarker = orderedListMarker(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isLineBreak(c) || c == '\t') {
                c = ' ';
            } else if (Character.isISOControl(c)) {
                continue;
            }
            if (i == listMarker || mustEncode(s, i, c)) {
                out.append("&#").append((int) c).append(';');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean mustEncode(String s, int i, char c) {
        char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
        boolean lineStart = i == 0;
        return switch (c) {
            case '&', '<', '>', '{', '}', '[', ']', '*', '_', '`', '#', '^', '~', '+', '|', '\\', '@', ':' -> true;
            case '.', '-', '=' -> lineStart || next == c;
            case '/', ';', '$' -> next == c;
            case ',', '!', ' ' -> lineStart;
            case '(' -> next == '(' || s.startsWith("(C)", i) || s.startsWith("(R)", i) || s.startsWith("(TM)", i);
            case ')' -> next == ')';
            case '\'' -> !(i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetter(next));
            default -> false;
        };
    }

    /** The index of the {@code .} or {@code )} of a leading {@code 1. }, {@code a. } or {@code iv) }, else -1. */
    private static int orderedListMarker(String s) {
        int i = 0;
        while (i < s.length() && i < 10 && Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
        }
        if (i == 0 || i >= s.length() || (s.charAt(i) != '.' && s.charAt(i) != ')')) {
            return -1;
        }
        boolean endsThere = i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1));
        return endsThere ? i : -1;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }
}
