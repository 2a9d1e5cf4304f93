package uk.nhs.aqp.core.render.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The record beside a cached document, as text: {@code crc32c <hex> <size>}, then one line per
 * logged record, {@code log <severity> <line> <message>} with backslashes and line breaks escaped.
 *
 * <p>The entry's key is already a SHA-256 of everything that made it; the record's checksum only
 * has to catch a file cut short or damaged on disk, which CRC-32C does at gigabytes a second
 * (SHA-256 of a 1,000-pack build's cached documents took seconds on every build).
 */
record EntryRecord(String crc32c, long size, List<CachedDocument.Logged> log) {

    String format() {
        StringBuilder out = new StringBuilder(CacheKey.LAYOUT).append('\n')
                .append("crc32c ").append(crc32c).append(' ').append(size).append('\n');
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
        if (head.length != 3 || !head[0].equals("crc32c")) {
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

    /** The CRC-32C of {@code bytes}, as 8 hexadecimal digits. */
    static String checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return String.format(java.util.Locale.ROOT, "%08x", crc.getValue());
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
