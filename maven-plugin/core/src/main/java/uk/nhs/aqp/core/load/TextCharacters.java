package uk.nhs.aqp.core.load;

import java.util.Locale;
import uk.nhs.aqp.core.source.Origin;

/**
 * The characters pack text may not hold, and where one is in a file.
 *
 * <ul>
 * <li><b>Control characters</b> (Unicode category Cc other than tab and line feed, an unpaired
 * surrogate, and the non-characters U+FFFE and U+FFFF) are refused: they are invisible, never
 * needed in pack text, and break the workbook (XML cannot hold them) and the CSVs.
 * <li><b>Bidirectional overrides</b> (U+202D LRO, U+202E RLO) are refused: they make characters
 * display in an order other than the one stored, which is how "Trojan Source" text and spoofed file
 * names fool a reviewer. Right-to-left text never needs them: the Unicode bidirectional algorithm
 * orders Urdu or Arabic by itself, and an isolate sets a direction without reordering letters.
 * <li><b>Embeddings and isolates</b> (U+202A LRE, U+202B RLE, U+202C PDF, U+2066 LRI, U+2067 RLI,
 * U+2068 FSI, U+2069 PDI) are legitimate in right-to-left text (an English drug name inside an Urdu
 * patient leaflet), so they are allowed with a warning that says where each invisible one is, for a
 * reviewer to confirm. One left open at the end of its text is refused: it would carry over into
 * whatever follows the text in a table row, a CSV line or a log line.
 * </ul>
 *
 * <p>The marks U+200E, U+200F and U+061C change no order beyond their own position and are allowed.
 */
final class TextCharacters {

    /** What is wrong with a character of pack text. */
    enum Problem { CONTROL, BIDI_OVERRIDE, BIDI_CONTROL }

    private TextCharacters() {
    }

    /** Whether YAML lets {@code cp} be written in a file (YAML 1.1 "printable", as SnakeYAML reads it). */
    static boolean printable(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85
                || (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** The char index of the first code point of {@code text} that YAML does not let a file hold, or -1. */
    static int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (!printable(text.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** What is wrong with {@code cp} in pack text, or null if nothing. */
    static Problem problem(int cp) {
        if (cp == '\t' || cp == '\n') {
            return null;
        }
        if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.SURROGATE
                || cp == 0xFFFE || cp == 0xFFFF) {
            return Problem.CONTROL;
        }
        if (cp == 0x202D || cp == 0x202E) {
            return Problem.BIDI_OVERRIDE;
        }
        if ((cp >= 0x202A && cp <= 0x202C) || (cp >= 0x2066 && cp <= 0x2069)) {
            return Problem.BIDI_CONTROL;
        }
        return null;
    }

    /** True if an embedding or isolate of {@code text} is still open at its end. */
    static boolean leavesDirectionOpen(String text) {
        int embeddings = 0;
        int isolates = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\u202A', '\u202B', '\u202D', '\u202E' -> embeddings++;
                case '\u202C' -> embeddings = Math.max(0, embeddings - 1);
                case '\u2066', '\u2067', '\u2068' -> isolates++;
                case '\u2069' -> {
                    if (isolates > 0) {
                        isolates--;
                        embeddings = 0; // closing an isolate closes the embeddings opened inside it
                    }
                }
                default -> {
                }
            }
        }
        return embeddings > 0 || isolates > 0;
    }

    /** {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}. */
    static String name(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " (" + name + ")");
    }

    /**
     * The origin of char index {@code index} of {@code text}, counting from a position whose line and
     * column (1-based) are given and whose char index is {@code from}. Lines and columns count as
     * SnakeYAML counts them: columns in code points, and a line break is LF, CR not before LF, NEL,
     * U+2028 or U+2029.
     */
    static Origin origin(String file, String pointer, String text, int from, int line, int column, int index) {
        int l = line;
        int c = column;
        for (int i = from; i < index; i += Character.charCount(text.codePointAt(i))) {
            char ch = text.charAt(i);
            boolean lineBreak = ch == '\n' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029'
                    || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                l++;
                c = 1;
            } else {
                c++;
            }
        }
        return new Origin(file, l, c, pointer);
    }
}
