package uk.nhs.aqp.core.render.cache;

import java.util.ArrayList;
import java.util.List;

/**
 * The record beside a cached document, as text: {@code sha256 <hex> <size>}, then one line per
 * logged record, {@code log <severity> <line> <message>} with backslashes and line breaks escaped.
 */
record EntryRecord(String sha256, long size, List<CachedDocument.Logged> log) {

    String format() {
        StringBuilder out = new StringBuilder(CacheKey.LAYOUT).append('\n')
                .append("sha256 ").append(sha256).append(' ').append(size).append('\n');
        for (CachedDocument.Logged l : log) {
            out.append("log ").append(l.severity()).append(' ').append(l.line()).append(' ')
                    .append(escape(l.message())).append('\n');
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException for a record this version did not write */
    static EntryRecord parse(String text) {
        List<String> lines = text.lines().toList();
        if (lines.size() < 2 || !lines.get(0).equals(CacheKey.LAYOUT) || !text.endsWith("\n")) {
            throw new IllegalArgumentException("not a cache record");
        }
        String[] head = lines.get(1).split(" ");
        if (head.length != 3 || !head[0].equals("sha256")) {
            throw new IllegalArgumentException("not a cache record");
        }
        List<CachedDocument.Logged> log = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] parts = line.split(" ", 4);
            if (parts.length != 4 || !parts[0].equals("log")) {
                throw new IllegalArgumentException("not a cache record");
            }
            log.add(new CachedDocument.Logged(parts[1], Integer.parseInt(parts[2]), unescape(parts[3])));
        }
        return new EntryRecord(head[1], Long.parseLong(head[2]), log);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
