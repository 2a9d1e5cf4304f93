package uk.nhs.aqp.core.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The file-system steps of swapping an output folder into place, one method each, so that a test
 * can make any one of them fail (or stop the build there, as a kill would) and check what is left.
 */
interface FileSteps {

    /** Creates a symbolic link; throws {@link UnsupportedOperationException} where there are none. */
    void link(Path link, Path target) throws IOException;

    /** Renames in one atomic step; a link or file already at {@code to} is replaced. */
    void rename(Path from, Path to) throws IOException;

    /** Deletes a folder the toolkit made, its marker last (so what is left of it is still provably the toolkit's). */
    void deleteTree(Path folder) throws IOException;

    /** Deletes one file or link (never what a link points to). */
    void delete(Path path) throws IOException;

    FileSteps REAL = new FileSteps() {
        @Override
        public void link(Path link, Path target) throws IOException {
            Files.createSymbolicLink(link, target);
        }

        @Override
        public void rename(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void deleteTree(Path folder) throws IOException {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            Path marker = folder.resolve(OutputGuard.MARKER);
            List<Path> all;
            try (Stream<Path> walk = Files.walk(folder)) {
                all = walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(marker) && !p.equals(folder)).toList();
            }
            for (Path p : all) {
                Files.delete(p);
            }
            Files.deleteIfExists(marker);
            Files.delete(folder);
        }

        @Override
        public void delete(Path path) throws IOException {
            Files.deleteIfExists(path);
        }
    };
}
