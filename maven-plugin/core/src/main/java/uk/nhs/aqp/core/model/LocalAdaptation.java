package uk.nhs.aqp.core.model;

import java.util.List;

/**
 * What makes a pack local: whose it is, the national pack and version it adapts, and every
 * variation from it.
 *
 * @param baseVersion the national version the changes were last reviewed against
 * @param nationalVersion the national version the local pack was resolved from
 */
public record LocalAdaptation(Commissioner commissioner, String basePack, String baseVersion,
        String nationalVersion, List<String> summary, List<Variation> variations) {

    public LocalAdaptation {
        summary = Lists.copy(summary);
        variations = List.copyOf(variations);
    }

    /** True when it adopts the national pack unchanged. */
    public boolean unchanged() {
        return variations.isEmpty();
    }
}
