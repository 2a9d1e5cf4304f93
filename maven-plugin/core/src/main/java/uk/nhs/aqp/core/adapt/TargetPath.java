package uk.nhs.aqp.core.adapt;

import java.util.Arrays;
import java.util.List;
import uk.nhs.aqp.core.source.FileKind;

/**
 * A change's target: the pack file, then keys inside it, with list items named by their id, e.g.
 * {@code kpis/kpis/AH-KPI-03/target/value}. Never a list position, so a target keeps meaning the
 * same thing when the national pack reorders or inserts items.
 */
public record TargetPath(String text, FileKind file, List<String> segments) {

    /** Parses a target the schema has already checked; empty if the first segment names no pack file. */
    public static java.util.Optional<TargetPath> parse(String text) {
        List<String> parts = Arrays.asList(text.split("/"));
        return FileKind.byTargetName(parts.get(0))
                .map(kind -> new TargetPath(text, kind, List.copyOf(parts.subList(1, parts.size()))));
    }

    /** This path with one more segment (an added item's id). */
    public TargetPath child(String segment) {
        List<String> more = new java.util.ArrayList<>(segments);
        more.add(segment);
        return new TargetPath(text + "/" + segment, file, List.copyOf(more));
    }

    /** True when the two paths name the same node or one lies inside the other. */
    public boolean overlaps(TargetPath other) {
        if (file != other.file) return false;
        int n = Math.min(segments.size(), other.segments.size());
        return segments.subList(0, n).equals(other.segments.subList(0, n));
    }
}
