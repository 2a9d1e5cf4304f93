package uk.nhs.aqp.core.render.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key of one converted document: a SHA-256 over everything that decides its bytes.
 *
 * @param hex 64 lowercase hexadecimal digits
 */
public record CacheKey(String hex) {

    /** Bumped when the layout of an entry, or anything else a key does not see, changes. */
    static final String LAYOUT = "aqp-render-cache/2";

    public CacheKey {
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a cache key: " + hex);
        }
    }

    /**
     * What every document of a build shares in its key, hashed once (the assets are a megabyte;
     * hashing them again for each of 14,000 documents took seconds).
     *
     * @param format the format's extension and the options that shape its output
     * @param engines the versions of the toolkit and of the converters
     * @param assets the theme, stylesheet and images the conversion reads, by name
     */
    public static String common(String format, String engines, Map<String, byte[]> assets) {
        MessageDigest digest = sha256();
        field(digest, LAYOUT);
        field(digest, format);
        field(digest, engines);
        for (Map.Entry<String, byte[]> asset : new TreeMap<>(assets).entrySet()) {
            field(digest, asset.getKey());
            field(digest, asset.getValue());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The key of converting a document to a format.
     *
     * @param common {@link #common} of the format, the engines and the assets
     * @param asciidocSha256 {@link #sha256} of the document's generated AsciiDoc (UTF-8)
     */
    public static CacheKey of(String common, String asciidocSha256) {
        MessageDigest digest = sha256();
        field(digest, common);
        field(digest, asciidocSha256);
        return new CacheKey(HexFormat.of().formatHex(digest.digest()));
    }

    /** The SHA-256 of {@code bytes}, as hexadecimal. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** Shard {@code 0..count-1} this key falls in: the same for every machine and run. */
    public int shard(int count) {
        return Integer.remainderUnsigned(Integer.parseUnsignedInt(hex.substring(0, 8), 16), count);
    }

    private static void field(MessageDigest digest, String text) {
        field(digest, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Length first, so that no two different lists of fields hash the same bytes. */
    private static void field(MessageDigest digest, byte[] bytes) {
        long n = bytes.length;
        for (int i = 7; i >= 0; i--) {
            digest.update((byte) (n >>> (8 * i)));
        }
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
