package uk.nhs.aqp.core.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * The one writer of output folders. Every folder it writes into passes its {@link OutputGuard}
 * first (the toolkit made it, or it is new or empty, and it is not the project) and is marked as
 * the toolkit's. A whole folder is replaced by a {@link FolderSwap}, so that at every instant the
 * old or the new output is complete in place; single files are written with {@link AtomicFile}.
 * Warnings (an old output that could not be removed) go to the build log.
 */
public final class Publisher {

    private final OutputGuard guard;
    private final BuildLog log;
    private final FileSteps steps;

    public Publisher(OutputGuard guard, BuildLog log) {
        this(guard, log, FileSteps.REAL);
    }

    Publisher(OutputGuard guard, BuildLog log, FileSteps steps) {
        this.guard = guard;
        this.log = log;
        this.steps = steps;
    }

    /**
     * Writes {@code files} (relative path to content) into {@code outputDirectory}, each atomically,
     * leaving the folder's other files (e.g. the other stages' output folders) as they are.
     */
    public void publish(Path outputDirectory, Map<String, byte[]> files) {
        Path folder = outputDirectory.toAbsolutePath().normalize();
        guard.check(folder);
        try {
            Files.createDirectories(folder);
            OutputGuard.mark(folder);
        } catch (IOException e) {
            throw new ToolingException("cannot write " + guard.display(folder) + ": " + FolderSwap.reason(e), e);
        }
        for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
            AtomicFile.write(inside(folder, e.getKey()), e.getValue());
        }
    }

    /**
     * Makes {@code folder} ready for a stage's own work files (never published): checked by the
     * guard as an output folder is, made if it is not there, and marked as the toolkit's.
     *
     * @return the folder's real path
     */
    public Path workFolder(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        guard.check(target);
        try {
            Files.createDirectories(target);
            Path real = target.toRealPath();
            OutputGuard.mark(real);
            return real;
        } catch (IOException e) {
            throw new ToolingException("cannot write " + guard.display(target) + ": " + FolderSwap.reason(e), e);
        }
    }

    /**
     * Replaces the whole of {@code folder} with exactly {@code files}: files of an earlier build
     * that are not in {@code files} disappear, and a failure leaves the old folder as it was. A
     * folder that already holds exactly {@code files}, byte for byte, is left alone.
     */
    public void replaceFolder(Path folder, Map<String, Content> files) {
        Path target = folder.toAbsolutePath().normalize();
        guard.check(target);
        files.keySet().forEach(name -> inside(target, name));
        FolderSwap swap = new FolderSwap(target, steps, guard, log);
        Path version = null;
        boolean done = false;
        try {
            swap.tidy();
            Optional<Path> previous = previousVersion(target);
            // each file is compared with the last version once: to leave an unchanged folder alone,
            // and else to link the files that did not change
            Set<String> unchanged = previous.isPresent() ? unchanged(previous.get(), files) : Set.of();
            if (previous.isPresent() && unchanged.size() == files.size() && holdsNoOtherFile(previous.get(), files)) {
                return; // nothing changed: the folder, its files and their times stay as they are
            }
            version = swap.stage();
            fill(version, files, previous, unchanged);
            swap.commit(version);
            done = true;
        } catch (IOException e) {
            throw new ToolingException("cannot write " + guard.display(target) + ": " + FolderSwap.reason(e)
                    + "; the previous output is left as it was", e);
        } finally {
            if (!done && version != null) {
                swap.discard(version);
            }
        }
    }

    /**
     * Brings {@code folder} up to date with {@code files}, writing only the files whose content
     * differs (each atomically) and deleting files that are no longer produced. Returns the paths
     * written or deleted, sorted. Used by the preview server, which serves the folder while it
     * changes. A folder that is not there yet is made as {@link #replaceFolder} makes it.
     */
    public List<String> sync(Path folder, Map<String, Content> files) {
        Path root = folder.toAbsolutePath().normalize();
        guard.check(root);
        files.keySet().forEach(name -> inside(root, name));
        if (!Files.exists(root)) {
            replaceFolder(root, files);
            return List.copyOf(new TreeMap<>(files).keySet());
        }
        List<String> changed = new ArrayList<>();
        try {
            Path real = root.toRealPath();
            OutputGuard.mark(real);
            for (Map.Entry<String, Content> e : new TreeMap<>(files).entrySet()) {
                Path target = inside(real, e.getKey());
                byte[] bytes = e.getValue().bytes();
                if (!Files.isRegularFile(target) || Files.size(target) != bytes.length
                        || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                    AtomicFile.write(target, bytes);
                    changed.add(e.getKey());
                }
            }
            Set<Path> keep = new HashSet<>();
            files.keySet().forEach(k -> keep.add(inside(real, k)));
            keep.add(real.resolve(OutputGuard.MARKER));
            try (Stream<Path> all = Files.walk(real)) {
                for (Path p : all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .filter(p -> !keep.contains(p)).sorted().toList()) {
                    Files.delete(p);
                    changed.add(real.relativize(p).toString().replace('\\', '/'));
                }
            }
        } catch (IOException e) {
            throw new ToolingException("cannot write " + guard.display(root) + ": " + FolderSwap.reason(e), e);
        }
        changed.sort(null);
        return changed;
    }

    /**
     * Writes each file into the new version. A file whose bytes equal the same file of the
     * previous version ({@code unchanged}), or that is a copy of a file another stage made, is
     * hard-linked rather than written: unchanged files keep their bytes, inode and modification time
     * from build to build, and nothing is copied twice. Where a link cannot be made (another file
     * system), it is written. Files are only ever replaced, never written in place, so versions
     * sharing a file is safe.
     */
    private static void fill(Path version, Map<String, Content> files, Optional<Path> previous, Set<String> unchanged)
            throws IOException {
        List<Map.Entry<String, Content>> entries = List.copyOf(new TreeMap<>(files).entrySet());
        Set<Path> folders = new TreeSet<>();
        entries.forEach(e -> folders.add(inside(version, e.getKey()).getParent()));
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        // on every core: a site of a thousand packs has ten thousand files, most of them links
        onEveryCore(entries, e -> {
            Optional<Path> before = unchanged.contains(e.getKey())
                    ? previous.map(p -> p.resolve(e.getKey())) : Optional.empty();
            place(inside(version, e.getKey()), e.getValue(), before);
            return true;
        });
    }

    /** Writes or links one file; {@code sameBefore} is the last version's file when its bytes are the same. */
    private static void place(Path path, Content content, Optional<Path> sameBefore) throws IOException {
        if (sameBefore.isPresent() && link(path, sameBefore.get())) {
            return;
        }
        if (content instanceof Content.FileCopy copy) {
            Path source = copy.source().toRealPath();
            if (!link(path, source)) {
                Files.copy(source, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            Files.write(path, content.bytes());
        }
    }

    /**
     * The names of {@code files} that {@code folder} holds as a regular file with the same bytes
     * (a copy: the same file, or the same bytes), compared on every core.
     */
    private static Set<String> unchanged(Path folder, Map<String, Content> files) throws IOException {
        List<Map.Entry<String, Content>> entries = List.copyOf(files.entrySet());
        List<Boolean> same = onEveryCore(entries, e -> {
            Path before = folder.resolve(e.getKey());
            if (!Files.isRegularFile(before, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            return e.getValue() instanceof Content.FileCopy copy
                    ? sameFile(before, copy.source().toRealPath()) : sameBytes(before, e.getValue().bytes());
        });
        Set<String> out = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (same.get(i)) {
                out.add(entries.get(i).getKey());
            }
        }
        return out;
    }

    /** True when {@code folder} holds no file besides {@code files} and the marker. */
    private static boolean holdsNoOtherFile(Path folder, Map<String, Content> files) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) continue;
                String name = folder.relativize(p).toString().replace('\\', '/');
                if (name.equals(OutputGuard.MARKER)) continue;
                if (!files.containsKey(name)) return false;
            }
        }
        return true;
    }

    /** A step that may fail with an {@link IOException}. */
    private interface FileStep<T> {
        boolean apply(T item) throws IOException;
    }

    /** {@code step} applied to each item on every core, in the items' order; the first failure is thrown. */
    private static <T> List<Boolean> onEveryCore(List<T> items, FileStep<T> step) throws IOException {
        try {
            return LargestFirst.map(items, item -> 1, item -> {
                try {
                    return step.apply(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The version the output folder holds now: its link's target, or the folder itself where links are not used. */
    private static Optional<Path> previousVersion(Path target) {
        Optional<Path> linked = new VersionedFolder(target).current();
        if (linked.isPresent()) {
            return linked.filter(Files::isDirectory);
        }
        return Optional.of(target).filter(t -> Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS));
    }

    private static boolean link(Path link, Path existing) {
        try {
            Files.createLink(link, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b) || (Files.size(a) == Files.size(b) && Files.mismatch(a, b) < 0);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) {
        try {
            return Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file {@code relative} names under {@code directory}; refuses a path that leaves it or is the marker. */
    private static Path inside(Path directory, String relative) {
        Path base = directory.normalize();
        Path target = base.resolve(relative).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new ToolingException("refusing to write " + relative + " outside " + directory);
        }
        if (target.equals(base.resolve(OutputGuard.MARKER))) {
            throw new ToolingException("refusing to write " + relative + ": the toolkit's marker has that name");
        }
        return target;
    }
}
