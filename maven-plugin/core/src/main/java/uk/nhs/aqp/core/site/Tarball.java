package uk.nhs.aqp.core.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/** Reads the regular files of a gzipped ustar archive (as npm packs them), keeping those wanted. */
final class Tarball {

    private static final int BLOCK = 512;

    private Tarball() {
    }

    static Map<String, byte[]> files(byte[] tgz, Predicate<String> wanted) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz))) {
            byte[] header = new byte[BLOCK];
            String longName = null;
            while (in.readNBytes(header, 0, BLOCK) == BLOCK && !zero(header)) {
                long size = octal(header, 124, 12);
                if (size < 0 || size > Integer.MAX_VALUE - 8) {
                    throw new IOException("tar entry of impossible size " + size);
                }
                byte[] data = in.readNBytes((int) size);
                if (data.length != size) {
                    throw new IOException("tar archive ends inside an entry");
                }
                in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
                char type = (char) header[156];
                if (type == 'x') {
                    longName = paxPath(data);
                } else if (type == 'L') {
                    longName = text(data, 0, data.length);
                } else if (type == '0' || type == 0) {
                    String name = longName != null ? longName : name(header);
                    longName = null;
                    if (wanted.test(name)) {
                        out.put(name, data);
                    }
                } else {
                    longName = null;
                }
            }
        }
        return out;
    }

    private static String name(byte[] h) {
        String name = text(h, 0, 100);
        String prefix = text(h, 345, 155);
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String paxPath(byte[] data) {
        for (String record : new String(data, StandardCharsets.UTF_8).split("\n")) {
            int eq = record.indexOf(" path=");
            if (eq > 0) {
                return record.substring(eq + " path=".length());
            }
        }
        return null;
    }

    private static String text(byte[] h, int from, int length) {
        int end = from;
        while (end < from + length && end < h.length && h[end] != 0) end++;
        return new String(h, from, end - from, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] h, int from, int length) {
        String s = text(h, from, length).trim();
        return s.isEmpty() ? 0 : Long.parseLong(s, 8);
    }

    private static boolean zero(byte[] block) {
        for (byte b : block) {
            if (b != 0) return false;
        }
        return true;
    }
}
