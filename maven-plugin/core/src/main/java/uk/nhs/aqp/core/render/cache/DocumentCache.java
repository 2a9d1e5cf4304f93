package uk.nhs.aqp.core.render.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Converted documents on disk, by {@link CacheKey}. An entry is two files in a folder named after
 * the key's first two digits: the document ({@code <key>.<ext>}) and its record
 * ({@code <key>.<ext>.entry}: the SHA-256 and size of the document, then what Asciidoctor logged
 * while converting it). Both are written under a temporary name and moved into place, the record
 * last, so a reader sees a whole entry or none; a document whose bytes do not match its record is
 * deleted and reported as a miss.
 *
 * <p>Safe to share between threads, between builds running at once and between machines that
 * share the folder: entries are immutable and the same key always holds the same bytes.
 */
public final class DocumentCache implements AutoCloseable {

    /** The default bound on the cache folder's size: 2 GiB. */
    public static final long DEFAULT_MAX_BYTES = 2L << 30;

    private static final String RECORD = ".entry";
    private static final String TEMP = ".tmp-";
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Path folder;
    private final long maxBytes;
    private final boolean scratch;

    private DocumentCache(Path folder, long maxBytes, boolean scratch) {
        this.folder = folder;
        this.maxBytes = maxBytes;
        this.scratch = scratch;
    }

    /**
     * Opens (creating if needed) the cache in {@code folder}, bounded to {@code maxBytes}, and
     * removes temporary files that an interrupted build left there more than an hour ago.
     */
    public static DocumentCache open(Path folder, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the cache's size bound must be positive");
        }
        Path root = folder.toAbsolutePath().normalize();
        try {
            if (Files.isSymbolicLink(root)) {
                throw new ToolingException("the render cache " + root + " is a symbolic link; name the folder itself");
            }
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new ToolingException("cannot create the render cache " + root + ": " + e.getMessage(), e);
        }
        DocumentCache cache = new DocumentCache(root, maxBytes, false);
        cache.removeAbandoned();
        return cache;
    }

    /**
     * A cache for one build only ({@code aqp.cache=off}): documents still stream to disk as they
     * are converted, into a new hidden folder in {@code parent} (in the build's own output), which
     * is deleted on {@link #close()}.
     */
    public static DocumentCache scratch(Path parent) {
        try {
            return new DocumentCache(Files.createTempDirectory(Files.createDirectories(parent), ".aqp-render-scratch-"),
                    Long.MAX_VALUE, true);
        } catch (IOException e) {
            throw new ToolingException("cannot create a temporary folder for the documents: " + e.getMessage(), e);
        }
    }

    /** The folder the entries are in. */
    public Path folder() {
        return folder;
    }

    /** True for a one-build cache that starts empty and is deleted at the end. */
    public boolean isScratch() {
        return scratch;
    }

    /**
     * Whether an entry of {@code key} seems to be there (its record is), without reading it: a hint
     * that costs a file lookup. Only {@link #find} says whether the entry is whole.
     */
    public boolean mayHave(CacheKey key, String extension) {
        return Files.isRegularFile(record(document(key, extension)), LinkOption.NOFOLLOW_LINKS);
    }

    /** The entry of {@code key} in format {@code extension}, if it is there and whole. */
    public Optional<CachedDocument> find(CacheKey key, String extension) {
        Path document = document(key, extension);
        Path record = record(document);
        if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            EntryRecord entry = EntryRecord.parse(Files.readString(record, StandardCharsets.UTF_8));
            byte[] bytes = Files.isRegularFile(document, LinkOption.NOFOLLOW_LINKS)
                    ? Files.readAllBytes(document) : null;
            if (bytes == null || bytes.length != entry.size() || !EntryRecord.checksum(bytes).equals(entry.crc32c())) {
                discard(document, record);
                return Optional.empty();
            }
            Files.setLastModifiedTime(record, FileTime.from(Instant.now()));
            return Optional.of(new CachedDocument(document, entry.log()));
        } catch (IOException | IllegalArgumentException e) {
            discard(document, record);
            return Optional.empty();
        }
    }

    /** Stores a converted document and what Asciidoctor logged; returns the entry. */
    public CachedDocument store(CacheKey key, String extension, byte[] bytes, List<CachedDocument.Logged> log) {
        Path document = document(key, extension);
        Path record = record(document);
        try {
            Files.createDirectories(document.getParent());
            move(write(document.getParent(), bytes), document);
            byte[] text = new EntryRecord(EntryRecord.checksum(bytes), bytes.length, log).format()
                    .getBytes(StandardCharsets.UTF_8);
            move(write(document.getParent(), text), record);
            return new CachedDocument(document, List.copyOf(log));
        } catch (IOException e) {
            throw new ToolingException("cannot write to the render cache " + folder + ": " + e.getMessage(), e);
        }
    }

    /** What pruning removed. */
    public record Pruned(int entries, long bytes, long kept) {
    }

    /**
     * Removes the least recently used entries until the folder is within its size bound. Entries
     * used by this build were touched when found or stored, so they go last.
     */
    public Pruned prune() {
        record Entry(Path document, Path record, long size, FileTime used) {
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (Stream<Path> all = Files.walk(folder, 2)) {
            for (Path record : all.filter(p -> p.getFileName().toString().endsWith(RECORD)).toList()) {
                String name = record.getFileName().toString();
                Path document = record.resolveSibling(name.substring(0, name.length() - RECORD.length()));
                long size = Files.size(record) + (Files.exists(document) ? Files.size(document) : 0);
                entries.add(new Entry(document, record, size, Files.getLastModifiedTime(record)));
                total += size;
            }
        } catch (IOException e) {
            throw new ToolingException("cannot read the render cache " + folder + ": " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(Entry::used).thenComparing(e -> e.record().toString()));
        int removed = 0;
        long freed = 0;
        for (Entry e : entries) {
            if (total - freed <= maxBytes) {
                break;
            }
            discard(e.document(), e.record());
            removed++;
            freed += e.size();
        }
        return new Pruned(removed, freed, total - freed);
    }

    /** Deletes a scratch cache; a shared cache stays for the next build. */
    @Override
    public void close() {
        if (scratch) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }

    private Path document(CacheKey key, String extension) {
        if (!extension.matches("[a-z0-9]{1,8}")) {
            throw new IllegalArgumentException("not a file extension: " + extension);
        }
        return folder.resolve(key.hex().substring(0, 2)).resolve(key.hex() + "." + extension);
    }

    private static Path record(Path document) {
        return document.resolveSibling(document.getFileName() + RECORD);
    }

    private static Path write(Path dir, byte[] bytes) throws IOException {
        Path temp = dir.resolve(TEMP + UUID.randomUUID());
        Files.write(temp, bytes);
        return temp;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void discard(Path document, Path record) {
        try {
            Files.deleteIfExists(record);
            Files.deleteIfExists(document);
        } catch (IOException e) {
            // the next build that finds it broken tries again
        }
    }

    private void removeAbandoned() {
        Instant before = Instant.now().minus(ABANDONED);
        try (Stream<Path> all = Files.walk(folder, 2)) {
            for (Path p : all.filter(p -> p.getFileName().toString().startsWith(TEMP)).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // leftovers cost space only; prune and the next open try again
        }
    }
}
