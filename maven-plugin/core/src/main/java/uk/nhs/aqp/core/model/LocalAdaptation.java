package uk.nhs.aqp.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What makes a pack local: whose it is, the national pack and version it adapts, and every
 * variation from it.
 *
 * @param baseVersion the national version the changes were last reviewed against
 * @param nationalVersion the national version the local pack was resolved from
 * @param localVersion the commissioner's own version of the local pack ({@code version} in
 *     adaptation.yaml), or null when it gives none
 * @param localDate the date the commissioner issued that version ({@code date}), or null
 */
public record LocalAdaptation(Commissioner commissioner, String basePack, String baseVersion,
        String nationalVersion, List<String> summary, List<Variation> variations, String localVersion,
        LocalDate localDate) {

    public LocalAdaptation {
        summary = Lists.copy(summary);
        variations = List.copyOf(variations);
    }

    /** One without a local version or date. */
    public LocalAdaptation(Commissioner commissioner, String basePack, String baseVersion, String nationalVersion,
            List<String> summary, List<Variation> variations) {
        this(commissioner, basePack, baseVersion, nationalVersion, summary, variations, null, null);
    }

    /** True when it adopts the national pack unchanged. */
    public boolean unchanged() {
        return variations.isEmpty();
    }
}
