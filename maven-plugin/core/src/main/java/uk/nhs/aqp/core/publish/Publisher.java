package uk.nhs.aqp.core.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
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
