package uk.nhs.aqp.core.compare;

import java.util.List;
import uk.nhs.aqp.core.model.Pack;

/**
 * Every local version of one national pack beside it.
 *
 * @param national the national pack
 * @param versions the local versions, by commissioner name then id
 * @param figures the figures compared, by group (prices, ages, referral routes, waits, targets),
 *     each group in the national pack's order with figures only local versions have after, by id
 */
public record LineComparison(Pack national, List<Version> versions, List<Figure> figures) {

    public LineComparison {
        versions = List.copyOf(versions);
        figures = List.copyOf(figures);
    }

    public String serviceLine() {
        return national.manifest().serviceLine();
    }

    /** The versions marked as differing most; none when no version differs. */
    public List<Version> differMost() {
        return versions.stream().filter(Version::differsMost).toList();
    }

    /** How many figures each version that differs most sets differently; 0 when none differs. */
    public int mostDiffering() {
        return versions.stream().mapToInt(Version::differing).max().orElse(0);
    }

    /** The figures of a group, e.g. {@code price}. */
    public List<Figure> group(String group) {
        return figures.stream().filter(f -> f.group().equals(group)).toList();
    }
}
