package uk.nhs.aqp.core.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import uk.nhs.aqp.core.publish.Content;

/**
 * What the link check read in the files the site copies in (the documents and the bundle's pages),
 * kept from one build to the next, so a build reads again only the files that changed: at a
 * thousand packs the documents are seven thousand HTML files and 750 MB, read in 4 s when the
 * system has them in memory and in 20 s and more when it does not, while what the check keeps of
 * each is a link or two ({@link PageLinks}).
 *
 * <p>A file counts as unchanged when it is the same file (the file system's key, an inode where
 * there is one) with the same size and modification time as when it was read. The documents stage
 * only ever replaces a file, never writes into one, so a changed document is a new file. As git
 * does for its index, a file modified less than {@value #RACY_MILLIS} ms before it was read is read
 * again next time, since a change within the file system's clock tick could keep its time. What
 * is kept ends with its SHA-256, and a memo that is cut, corrupt, of another format or unreadable is
 * not used: every file is read, as on a first build.
 *
 * <p>Pages the site makes itself are read as they are made and not kept here. Thread-safe: the
 * check reads pages on every core.
 */
final class LinkMemo {

    /** The memo's file name in the site's work folder. */
    static final String FILE = "links.memo";

    private static final byte[] MAGIC = "AQP-LINKS 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final long RACY_MILLIS = 2_000;

    /** A file as the file system describes it, without reading it. */
    record Seen(String key, long size, long modifiedMicros) {
    }

    private record Entry(Seen seen, PageLinks links) {
    }

    private final Map<String, Entry> before;
    private final long readBefore;
    private final Map<String, Entry> now = new ConcurrentHashMap<>();
    private final long readNow = System.currentTimeMillis();

    private LinkMemo(Map<String, Entry> before, long readBefore) {
        this.before = before;
        this.readBefore = readBefore;
    }

    /** A memo that remembers nothing from before. */
    static LinkMemo empty() {
        return new LinkMemo(Map.of(), 0);
    }

    /** The memo an earlier build left in {@code file}, or an empty one if there is none that can be trusted. */
    static LinkMemo load(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return parse(bytes).orElseGet(LinkMemo::empty);
        } catch (IOException | RuntimeException e) {
            return empty();
        }
    }

    /**
     * The links of {@code page}: remembered if it is a copied file that has not changed since an
     * earlier build read it, else read now (and remembered, if it is a copied file).
     */
    PageLinks links(String page, Content content) {
        if (!(content instanceof Content.FileCopy copy)) {
            return PageLinks.read(page, content.bytes());
        }
        Seen seen = seen(copy.source());
        Entry earlier = before.get(page);
        PageLinks links;
        if (earlier != null && earlier.seen().equals(seen)
                && TimeUnit.MICROSECONDS.toMillis(seen.modifiedMicros()) < readBefore - RACY_MILLIS) {
            links = earlier.links();
        } else {
            links = PageLinks.read(page, content.bytes());
        }
        now.put(page, new Entry(seen, links));
        return links;
    }

    /** How many copied files were answered from the memo, for the build log. */
    int remembered() {
        return (int) now.entrySet().stream().filter(e -> before.get(e.getKey()) != null
                && before.get(e.getKey()).links() == e.getValue().links()).count();
    }

    /** What this build read, to be kept for the next one: only the files this build saw. */
    byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            out.writeLong(readNow);
            Map<String, Entry> sorted = new TreeMap<>(now);
            out.writeInt(sorted.size());
            for (Map.Entry<String, Entry> e : sorted.entrySet()) {
                Seen seen = e.getValue().seen();
                PageLinks links = e.getValue().links();
                text(out, e.getKey());
                text(out, seen.key());
                out.writeLong(seen.size());
                out.writeLong(seen.modifiedMicros());
                out.writeInt(links.links());
                out.writeInt(links.open().size());
                for (HtmlAttributes.Link link : links.open()) {
                    text(out, link.address());
                    out.writeInt(link.valueByte());
                    out.writeInt(link.charsIntoValue());
                }
            }
            out.flush();
            buffer.write(sha256(buffer.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static Optional<LinkMemo> parse(byte[] bytes) throws IOException {
        if (bytes.length < MAGIC.length + 32 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOf(bytes, bytes.length - 32);
        if (!Arrays.equals(sha256(body), Arrays.copyOfRange(bytes, bytes.length - 32, bytes.length))) {
            return Optional.empty();
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body, MAGIC.length, body.length - MAGIC.length));
        long read = in.readLong();
        int n = in.readInt();
        Map<String, Entry> entries = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String page = text(in);
            Seen seen = new Seen(text(in), in.readLong(), in.readLong());
            int all = in.readInt();
            int open = in.readInt();
            List<HtmlAttributes.Link> links = new ArrayList<>(open);
            for (int j = 0; j < open; j++) {
                links.add(new HtmlAttributes.Link(text(in), in.readInt(), in.readInt()));
            }
            entries.put(page, new Entry(seen, new PageLinks(all, links)));
        }
        return Optional.of(new LinkMemo(entries, read));
    }

    private static Seen seen(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return new Seen(key == null ? "" : key.toString(), attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.MICROSECONDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("cut");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
