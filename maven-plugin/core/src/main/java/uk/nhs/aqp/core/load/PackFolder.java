package uk.nhs.aqp.core.load;

import uk.nhs.aqp.core.source.FileKind;
import java.nio.file.Path;
import java.util.Map;

/**
 * One national pack folder as discovered: its folder name, where it is, and the pack files found
 * in it (possibly not all six; the missing ones were reported).
 */
public record PackFolder(String name, Path directory, String displayPath, Map<FileKind, Path> files) {

    public PackFolder {
        files = Map.copyOf(files);
    }

    public boolean complete() {
        return files.keySet().containsAll(FileKind.packFiles());
    }
}
