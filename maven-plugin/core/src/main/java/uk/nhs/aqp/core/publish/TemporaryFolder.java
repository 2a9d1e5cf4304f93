package uk.nhs.aqp.core.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removal of a temporary folder a stage made for its own work (not an output folder: see {@link Publisher}). */
public final class TemporaryFolder {

    private TemporaryFolder() {
    }

    /**
     * Deletes {@code folder} and everything in it; the walk does not follow links, so nothing a link
     * points to is touched. What cannot be deleted stays: a temporary folder left behind is garbage
     * in the build's own output, not a failed build.
     */
    public static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left behind, as said above
        }
    }
}
