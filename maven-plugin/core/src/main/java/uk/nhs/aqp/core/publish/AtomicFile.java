package uk.nhs.aqp.core.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Writes one file so that a reader never sees it half-written: to a new hidden sibling, then moved
 * over the old one. For files a goal exists to write or edit (a scaffolded or rebased adaptation,
 * the download cache) and, through the {@link Publisher}, files inside output folders.
 */
public final class AtomicFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /** Writes {@code content} to {@code target}, creating its folder if needed. */
    public static void write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            // created with Files.createFile, the file gets the user's usual permissions (not the
            // owner-only ones of createTempFile), which the published file keeps
            Path temp = Files.createFile(temporarySibling(target));
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
            throw new ToolingException("cannot write " + target + ": " + FolderSwap.reason(e), e);
        }
    }

    private static Path temporarySibling(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".tmp");
    }
}
