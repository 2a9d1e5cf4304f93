package uk.nhs.aqp.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * pack.yaml: a pack's identity, status and history.
 *
 * @param publishedEvidence where the publication date comes from, or null
 * @param reviewDateEvidence where the review date comes from, or null
 * @param gatewayReference the Department of Health publications gateway reference, where one was given
 * @param reference this toolkit's own reference for the pack (e.g. {@code AQP-IP-AH}), never an
 *     official one; printed on every document's cover
 */
public record PackManifest(
        String id, String title, String shortTitle, String serviceLine, String version, String status,
        LocalDate published, LocalDate reviewDate, Evidence publishedEvidence, Evidence reviewDateEvidence,
        String gatewayReference, String reference,
        String classification,
        String leadRegion, List<String> buddyRegions, List<String> summary,
        List<Contributor> contributors, List<ChangelogEntry> changelog) {

    public PackManifest {
        buddyRegions = Lists.copy(buddyRegions);
        summary = Lists.copy(summary);
        contributors = Lists.copy(contributors);
        changelog = Lists.copy(changelog);
    }

    public record Contributor(String name, String role, String organisation) {
    }

    /** One released version; {@code dateEvidence} is the basis of its date, or null. */
    public record ChangelogEntry(String version, LocalDate date, Evidence dateEvidence, List<String> changes) {
        public ChangelogEntry {
            changes = Lists.copy(changes);
        }
    }

    /**
     * The basis of a changelog entry's date: its own, else the publication date's when it is dated
     * on the publication date, else null.
     */
    public Evidence dateEvidenceOf(ChangelogEntry entry) {
        if (entry.dateEvidence() != null) return entry.dateEvidence();
        return entry.date() != null && entry.date().equals(published) ? publishedEvidence : null;
    }
}
