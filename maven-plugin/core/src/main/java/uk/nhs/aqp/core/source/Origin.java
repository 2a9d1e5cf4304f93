package uk.nhs.aqp.core.source;

import java.util.Objects;

/**
 * Where a value came from: a project-relative file, a 1-based line and column, and the JSON
 * pointer of the value inside that file. Line and column are 0 when the origin is a whole file or
 * folder rather than a position in it.
 */
public record Origin(String file, int line, int column, String pointer) implements Comparable<Origin> {

    public Origin {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** The origin of a whole file or folder, with no position inside it. */
    public static Origin ofFile(String file) {
        return new Origin(file, 0, 0, "");
    }

    /** Same position, another pointer (used when a diagnostic is about a child that has no node). */
    public Origin withPointer(String newPointer) {
        return new Origin(file, line, column, newPointer);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** {@code file:line:col}, or just {@code file} when there is no position. */
    public String location() {
        return hasPosition() ? file + ":" + line + ":" + column : file;
    }

    @Override
    public int compareTo(Origin o) {
        int c = file.compareTo(o.file);
        if (c == 0) c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        if (c == 0) c = pointer.compareTo(o.pointer);
        return c;
    }
}
