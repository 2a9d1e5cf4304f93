package uk.nhs.aqp.core.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.TreeMap;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * The one writer of output files. Each file is written to a temporary sibling and moved into
 * place, so a reader (or a later failed build) never sees a half-written file.
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

    private static void write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temp, content);
                readableByAll(temp, "rw-r--r--");
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

    /**
     * Replaces the whole of {@code folder} with {@code files}: they are written into a new sibling
     * folder, which then takes the old one's place in a rename. Files of an earlier build that are
     * not in {@code files} disappear; a failure before the rename leaves the old folder untouched.
     */
    public void replaceFolder(Path folder, Map<String, byte[]> files) {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path staging = null;
        Path old = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + name + "-new-");
            readableByAll(staging, "rwxr-xr-x");
            publish(staging, files);
            if (Files.exists(target)) {
                old = Files.createTempDirectory(parent, "." + name + "-old-");
                Files.delete(old);
                move(target, old);
            }
            move(staging, target);
            staging = null;
        } catch (IOException e) {
            throw new ToolingException("cannot replace " + target + ": " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
            deleteTree(old);
        }
    }

    /** Temporary files are private to their owner; published ones are readable like any other output. */
    private static void readableByAll(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new ToolingException("cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
