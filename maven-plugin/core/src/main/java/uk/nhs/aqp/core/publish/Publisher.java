package uk.nhs.aqp.core.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * The one writer of output files. Each file is written to a temporary sibling and moved into
 * place, so a reader (or a later failed build) never sees a half-written file. A whole folder
 * (the website) is written into a staging sibling and swapped into place, or, for a preview,
 * brought up to date by writing only the files whose content changed.
 */
public final class Publisher {

    /** Writes {@code files} (relative path to content) under {@code outputDirectory}, in path order. */
    public void publish(Path outputDirectory, Map<String, byte[]> files) {
        for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
            Path target = outputDirectory.resolve(e.getKey()).normalize();
            if (!target.startsWith(outputDirectory.normalize())) {
                throw new ToolingException("refusing to write " + e.getKey() + " outside " + outputDirectory);
            }
            write(target, e.getValue());
        }
    }

    /**
     * Replaces {@code folder} with exactly {@code files}: writes them all into a staging folder
     * beside it, then swaps the staging folder into place. Until the swap, the previous folder is
     * untouched; a failure before it leaves no trace but the removed staging folder.
     */
    public void replaceFolder(Path folder, Map<String, Content> files) {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-");
            for (Map.Entry<String, Content> e : new TreeMap<>(files).entrySet()) {
                place(inside(staging, e.getKey()), e.getValue());
            }
            Path old = null;
            if (Files.exists(target)) {
                old = parent.resolve("." + target.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            staging = null;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new ToolingException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                try {
                    deleteTree(staging);
                } catch (IOException ignored) {
                    // best effort: a staging folder left behind is hidden and replaced next time
                }
            }
        }
    }

    /**
     * Brings {@code folder} up to date with {@code files}, writing only the files whose content
     * differs (each atomically) and deleting files that are no longer produced. Returns the paths
     * written or deleted, sorted. Used by the preview server, which serves the folder while it
     * changes.
     */
    public List<String> sync(Path folder, Map<String, Content> files) {
        Path root = folder.toAbsolutePath().normalize();
        List<String> changed = new java.util.ArrayList<>();
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
                Set<Path> keep = new HashSet<>();
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

    private static Path inside(Path root, String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new ToolingException("refusing to write " + relative + " outside " + root);
        }
        return target;
    }

    private static void place(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        if (content instanceof Content.FileCopy copy) {
            Files.copy(copy.source(), target, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.write(target, content.bytes());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
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
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temp, content);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ToolingException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
