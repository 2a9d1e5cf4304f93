package uk.nhs.aqp.core.publish;

import java.io.IOException;
import java.security.SecureRandom;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * The one writer of output files. Each file is written to a temporary sibling and moved into
 * place, so a reader (or a later failed build) never sees a half-written file. Whole folders are
 * replaced the same way: staged beside the target, then swapped in.
 */
public final class Publisher {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes {@code files} (relative path to content) under {@code outputDirectory}, in path order. */
    public void publish(Path outputDirectory, Map<String, byte[]> files) {
        for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
            write(inside(outputDirectory, e.getKey()), e.getValue());
        }
    }

    /**
     * Replaces the whole of {@code folder} with {@code files}, as {@link #replace} does for several
     * folders: files of an earlier build that are not in {@code files} disappear, and a failure
     * leaves the old folder untouched.
     */
    public void replaceFolder(Path folder, Map<String, Content> files) {
        replaceContent(Map.of(folder, files), Map.of());
    }

    /**
     * Brings {@code folder} up to date with {@code files}, writing only the files whose content
     * differs (each atomically) and deleting files that are no longer produced. Returns the paths
     * written or deleted, sorted. Used by the preview server, which serves the folder while it
     * changes.
     */
    public List<String> sync(Path folder, Map<String, Content> files) {
        Path root = folder.toAbsolutePath().normalize();
        List<String> changed = new ArrayList<>();
        try {
            for (Map.Entry<String, Content> e : new TreeMap<>(files).entrySet()) {
                Path target = inside(root, e.getKey());
                byte[] bytes = e.getValue().bytes();
                if (!Files.isRegularFile(target) || Files.size(target) != bytes.length
                        || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
                    write(target, bytes);
                    changed.add(e.getKey());
                }
            }
            if (Files.isDirectory(root)) {
                java.util.Set<Path> keep = new java.util.HashSet<>();
                files.keySet().forEach(k -> keep.add(inside(root, k)));
                try (Stream<Path> all = Files.walk(root)) {
                    for (Path p : all.filter(Files::isRegularFile).filter(p -> !keep.contains(p)).sorted().toList()) {
                        Files.delete(p);
                        changed.add(root.relativize(p).toString().replace('\\', '/'));
                    }
                }
            }
        } catch (IOException e) {
            throw new ToolingException("cannot write " + root + ": " + e.getMessage(), e);
        }
        changed.sort(null);
        return changed;
    }

    /**
     * Replaces whole folders (each with exactly the given files, relative path to content) and
     * single files, together. Everything is first written to temporary siblings; only when all of
     * it is on disk is each moved into place. If anything fails before that, every target is left
     * as it was and the temporary copies are removed.
     */
    public void replace(Map<Path, Map<String, byte[]>> folders, Map<Path, byte[]> files) {
        Map<Path, Map<String, Content>> contents = new TreeMap<>();
        folders.forEach((folder, bytes) -> contents.put(folder, Content.all(bytes)));
        replaceContent(contents, files);
    }

    private void replaceContent(Map<Path, Map<String, Content>> folders, Map<Path, byte[]> files) {
        List<Staged> staged = new ArrayList<>();
        try {
            for (Map.Entry<Path, Map<String, Content>> e : new TreeMap<>(folders).entrySet()) {
                Staged folder = Staged.folder(e.getKey());
                staged.add(folder);
                folder.fill(e.getValue());
            }
            for (Map.Entry<Path, byte[]> e : new TreeMap<>(files).entrySet()) {
                Staged file = Staged.file(e.getKey());
                staged.add(file);
                Files.write(file.temp, e.getValue());
            }
            for (Staged s : staged) {
                s.commit();
            }
        } catch (IOException e) {
            throw new ToolingException("cannot write " + e.getMessage(), e);
        } finally {
            staged.forEach(Staged::discard);
        }
    }

    /**
     * A new hidden name beside {@code target}. Created with {@code Files.createFile} or
     * {@code createDirectory}, it gets the user's usual permissions (not the owner-only ones of
     * {@code createTempFile}), which the published file or folder keeps.
     */
    private static Path temporarySibling(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".tmp");
    }

    private static Path inside(Path directory, String relative) {
        Path target = directory.resolve(relative).normalize();
        if (!target.startsWith(directory.normalize()) || target.equals(directory.normalize())) {
            throw new ToolingException("refusing to write " + relative + " outside " + directory);
        }
        return target;
    }

    /** A finished copy beside its target, waiting to be moved into place. */
    private static final class Staged {
        private final Path temp;
        private final Path target;

        private Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        static Staged folder(Path folder) throws IOException {
            Files.createDirectories(folder.toAbsolutePath().getParent());
            return new Staged(Files.createDirectory(temporarySibling(folder)), folder);
        }

        static Staged file(Path file) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new Staged(Files.createFile(temporarySibling(file)), file);
        }

        void fill(Map<String, Content> files) throws IOException {
            for (Map.Entry<String, Content> e : new TreeMap<>(files).entrySet()) {
                Path path = inside(temp, e.getKey());
                Files.createDirectories(path.getParent());
                if (e.getValue() instanceof Content.FileCopy copy) {
                    Files.copy(copy.source(), path, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.write(path, e.getValue().bytes());
                }
            }
        }

        void commit() throws IOException {
            if (!Files.isDirectory(temp)) {
                move(temp, target);
                return;
            }
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = temporarySibling(target);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (old != null) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            if (old != null) {
                deleteTree(old);
            }
        }

        void discard() {
            try {
                deleteTree(temp);
            } catch (IOException e) {
                // best effort: a hidden leftover beside the target does no harm
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createFile(temporarySibling(target));
            try {
                Files.write(temp, content);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ToolingException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
