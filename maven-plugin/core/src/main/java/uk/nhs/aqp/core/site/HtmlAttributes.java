package uk.nhs.aqp.core.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The link and id attributes of an HTML page, read from its UTF-8 bytes by the HTML standard's
 * tokenizer rules (§13.2.5) without building a tree, for the link check of a site of a thousand
 * pages: ten times faster than a full parse, and no second parse to say where a link is.
 *
 * <p>What the tokenizer does and this follows: a tag starts with {@code <} and a letter;
 * comments ({@code <!-- -->}), doctypes, {@code <?...>} and bogus comments hold no attributes;
 * the content of {@code script}, {@code style}, {@code textarea}, {@code title} and the other raw
 * text elements is text up to its end tag; attribute names are case-insensitive and the first of
 * two with the same name counts; values are double-quoted, single-quoted or unquoted, and their
 * character references are decoded (by jsoup, as its parser decodes them). So text that quotes
 * {@code href="..."} in a paragraph, a code block or a script is not a link.
 */
final class HtmlAttributes {

    /**
     * One address, and where it is: the byte where its attribute's value starts, and how many
     * chars into the value it starts (not 0 only in a {@code srcset}).
     */
    record Link(String address, int valueByte, int charsIntoValue) {
    }

    /** The {@code href}, {@code src} and {@code srcset} addresses in document order, and the ids. */
    record Found(List<Link> links, Set<String> ids) {
    }

    private static final List<String> RAW_TEXT = List.of("script", "style", "xmp", "iframe", "noembed", "noframes",
            "textarea", "title");

    private final byte[] b;
    private final List<Link> links = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private HtmlAttributes(byte[] html) {
        this.b = html;
    }

    static Found read(byte[] html) {
        HtmlAttributes scan = new HtmlAttributes(html);
        scan.run();
        return new Found(scan.links, scan.ids);
    }

    /** The line and column (from 1; the column in chars) of a link of the page {@code html}. */
    static int[] lineAndColumn(byte[] html, Link link) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < link.valueByte(); i++) {
            if (html[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int chars = new String(html, lineStart, link.valueByte() - lineStart, StandardCharsets.UTF_8).length();
        return new int[] {line, chars + link.charsIntoValue() + 1};
    }

    private void run() {
        int n = b.length;
        int i = 0;
        while (i < n) {
            int lt = indexOf((byte) '<', i);
            if (lt < 0 || lt + 1 >= n) {
                return;
            }
            byte c = b[lt + 1];
            if (c == '!') {
                i = afterMarkupDeclaration(lt + 2);
            } else if (c == '?') {
                i = after((byte) '>', lt + 2);
            } else if (c == '/') {
                i = lt + 2 < n && letter(b[lt + 2]) ? tag(lt + 2, false) : after((byte) '>', lt + 2);
            } else if (letter(c)) {
                i = tag(lt + 1, true);
            } else {
                i = lt + 1;
            }
        }
    }

    /** After {@code <!}: a comment runs to {@code -->}, anything else (a doctype) to {@code >}. */
    private int afterMarkupDeclaration(int i) {
        if (i + 1 < b.length && b[i] == '-' && b[i + 1] == '-') {
            int k = i + 2;
            if (k < b.length && b[k] == '>') {
                return k + 1;
            }
            if (k + 1 < b.length && b[k] == '-' && b[k + 1] == '>') {
                return k + 2;
            }
            for (; k + 2 < b.length; k++) {
                if (b[k] == '-' && b[k + 1] == '-' && b[k + 2] == '>') {
                    return k + 3;
                }
            }
            return b.length;
        }
        return after((byte) '>', i);
    }

    /** A start or end tag whose name starts at {@code i}; returns where the text after it starts. */
    private int tag(int i, boolean start) {
        int n = b.length;
        int k = i;
        while (k < n && !space(b[k]) && b[k] != '/' && b[k] != '>') k++;
        int nameEnd = k;
        int seen = 0; // the attributes read so far, of those that count: the first of two with one name counts
        String href = null;
        String src = null;
        String srcset = null;
        int hrefAt = 0;
        int srcAt = 0;
        int srcsetAt = 0;
        while (true) {
            while (k < n && (space(b[k]) || b[k] == '/')) k++;
            if (k >= n) {
                return n;
            }
            if (b[k] == '>') {
                k++;
                break;
            }
            int attributeStart = k++;
            while (k < n && !space(b[k]) && b[k] != '/' && b[k] != '>' && b[k] != '=') k++;
            int attributeEnd = k;
            while (k < n && space(b[k])) k++;
            int valueStart = -1;
            int valueEnd = -1;
            if (k < n && b[k] == '=') {
                k++;
                while (k < n && space(b[k])) k++;
                if (k < n && (b[k] == '"' || b[k] == '\'')) {
                    byte quote = b[k];
                    valueStart = k + 1;
                    valueEnd = indexOf(quote, valueStart);
                    if (valueEnd < 0) {
                        return n;
                    }
                    k = valueEnd + 1;
                } else {
                    valueStart = k;
                    while (k < n && !space(b[k]) && b[k] != '>') k++;
                    valueEnd = k;
                }
            }
            if (!start) {
                continue;
            }
            int attribute = attribute(attributeStart, attributeEnd);
            if (attribute == OTHER || (seen & attribute) != 0) {
                continue;
            }
            seen |= attribute;
            // an attribute written without a value has the empty value, placed at its name
            String value = valueStart < 0 ? "" : value(valueStart, valueEnd);
            int at = valueStart < 0 ? attributeStart : valueStart;
            if (attribute == ID) {
                if (!value.isEmpty()) ids.add(value);
            } else if (attribute == HREF) {
                href = value;
                hrefAt = at;
            } else if (attribute == SRC) {
                src = value;
                srcAt = at;
            } else {
                srcset = value;
                srcsetAt = at;
            }
        }
        if (href != null) links.add(new Link(href, hrefAt, 0));
        if (src != null) links.add(new Link(src, srcAt, 0));
        if (srcset != null) srcset(srcset, srcsetAt);
        if (start) {
            for (String raw : RAW_TEXT) {
                if (named(i, nameEnd, raw)) return endOfRawText(raw, k);
            }
            if (named(i, nameEnd, "plaintext")) return n;
        }
        return k;
    }

    private static final int OTHER = 0;
    private static final int ID = 1;
    private static final int HREF = 2;
    private static final int SRC = 4;
    private static final int SRCSET = 8;

    /** Which of the attributes that count the name from {@code start} to {@code end} is, in any case. */
    private int attribute(int start, int end) {
        return switch (end - start) {
            case 2 -> named(start, end, "id") ? ID : OTHER;
            case 3 -> named(start, end, "src") ? SRC : OTHER;
            case 4 -> named(start, end, "href") ? HREF : OTHER;
            case 6 -> named(start, end, "srcset") ? SRCSET : OTHER;
            default -> OTHER;
        };
    }

    /** True when the bytes from {@code start} to {@code end} spell {@code lower} (ASCII, lower case) in any case. */
    private boolean named(int start, int end, String lower) {
        if (end - start != lower.length()) return false;
        for (int k = 0; k < lower.length(); k++) {
            int c = b[start + k];
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != lower.charAt(k)) return false;
        }
        return true;
    }

    /**
     * The addresses of a {@code srcset} ({@code a.png 1x, b.png 2x}), read as the HTML standard
     * reads them: an address runs to the next space (so a {@code data:} address may hold commas),
     * then descriptors to the next comma. Each is placed at the value's start plus its offset in
     * the value (exact unless the value holds character references).
     */
    private void srcset(String value, int at) {
        int i = 0;
        while (i < value.length()) {
            while (i < value.length() && (value.charAt(i) == ',' || Character.isWhitespace(value.charAt(i)))) i++;
            int start = i;
            while (i < value.length() && !Character.isWhitespace(value.charAt(i))) i++;
            int end = i;
            if (end > start && value.charAt(end - 1) == ',') {
                while (end > start && value.charAt(end - 1) == ',') end--;
            } else {
                int depth = 0;
                while (i < value.length() && (depth > 0 || value.charAt(i) != ',')) {
                    depth += value.charAt(i) == '(' ? 1 : value.charAt(i) == ')' ? -1 : 0;
                    i++;
                }
            }
            if (end > start) {
                links.add(new Link(value.substring(start, end), at, start));
            }
        }
    }

    /** Where the end tag of a raw text element ({@code </script}, any case) starts, or the end. */
    private int endOfRawText(String name, int from) {
        int n = b.length;
        for (int k = indexOf((byte) '<', from); k >= 0; k = indexOf((byte) '<', k + 1)) {
            int end = k + 2 + name.length();
            if (end <= n && b[k + 1] == '/' && named(k + 2, end, name)
                    && (end == n || space(b[end]) || b[end] == '/' || b[end] == '>')) {
                return k;
            }
        }
        return n;
    }

    private String value(int start, int end) {
        String raw = new String(b, start, end - start, StandardCharsets.UTF_8);
        return raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, true);
    }

    private int indexOf(byte value, int from) {
        for (int k = from; k < b.length; k++) {
            if (b[k] == value) return k;
        }
        return -1;
    }

    private int after(byte value, int from) {
        int k = indexOf(value, from);
        return k < 0 ? b.length : k + 1;
    }

    private static boolean letter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean space(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
