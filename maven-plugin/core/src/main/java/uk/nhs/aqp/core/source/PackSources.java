package uk.nhs.aqp.core.source;

import java.util.Map;

/**
 * The positions of every file of one pack, so that any value of the model can be traced back to
 * its file, line and column by JSON pointer.
 *
 * @param folderName the pack folder's name
 * @param folderPath the pack folder, project-relative
 * @param files the source map of each file kind
 */
public record PackSources(String folderName, String folderPath, Map<FileKind, SourceMap> files) {

    public PackSources {
        files = Map.copyOf(files);
    }

    /** Where the value at {@code pointer} of the file of {@code kind} was written. */
    public Origin value(FileKind kind, String pointer) {
        SourceMap map = files.get(kind);
        return map == null ? Origin.ofFile(folderPath + "/" + kind.fileName()).withPointer(pointer)
                : map.value(pointer);
    }

    /** Where the key of the mapping entry at {@code pointer} was written. */
    public Origin key(FileKind kind, String pointer) {
        SourceMap map = files.get(kind);
        return map == null ? value(kind, pointer) : map.key(pointer);
    }
}
