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
 * @param joint the joint arrangement it leads or is a member of, or null
 */
public record LocalAdaptation(Commissioner commissioner, String basePack, String baseVersion,
        String nationalVersion, List<String> summary, List<Variation> variations, String localVersion,
        LocalDate localDate, Joint joint) {

    public LocalAdaptation {
        summary = Lists.copy(summary);
        variations = List.copyOf(variations);
    }

    /** One that is no part of a joint arrangement. */
    public LocalAdaptation(Commissioner commissioner, String basePack, String baseVersion, String nationalVersion,
            List<String> summary, List<Variation> variations, String localVersion, LocalDate localDate) {
        this(commissioner, basePack, baseVersion, nationalVersion, summary, variations, localVersion, localDate, null);
    }

    /** One without a local version or date. */
    public LocalAdaptation(Commissioner commissioner, String basePack, String baseVersion, String nationalVersion,
            List<String> summary, List<Variation> variations) {
        this(commissioner, basePack, baseVersion, nationalVersion, summary, variations, null, null);
    }

    /** Whether it is a member's local pack, adopting a joint arrangement's. */
    public boolean member() {
        return joint != null && !joint.lead().equals(commissioner.id());
    }

    /** The variations of the given layer, in order. */
    public List<Variation> variationsFrom(Variation.Layer layer) {
        return variations.stream().filter(v -> v.layer() == layer).toList();
    }

    /**
     * A joint arrangement: a lead commissioner's local pack that member commissioners adopt.
     *
     * @param lead the lead commissioner's id
     * @param leadName the lead commissioner's name
     * @param packFolder the folder of the lead's local pack (the national pack's id)
     * @param version the arrangement's local version the member's changes were reviewed against
     *     (the lead's own local version, for the lead), or null
     * @param members the member commissioners' ids, in the lead's order
     * @param shared the targets members keep as the arrangement sets them
     */
    public record Joint(String lead, String leadName, String packFolder, String version, List<String> members, List<String> shared) {
        public Joint {
            members = List.copyOf(members);
            shared = List.copyOf(shared);
        }

        /** {@code <lead>/<pack folder>}, as a member's base names it. */
        public String key() {
            return lead + "/" + packFolder;
        }
    }

    /** True when it adopts the national pack unchanged. */
    public boolean unchanged() {
        return variations.isEmpty();
    }
}
