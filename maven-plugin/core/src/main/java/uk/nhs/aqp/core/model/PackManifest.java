package uk.nhs.aqp.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * pack.yaml: a pack's identity, status and history.
 *
 * @param gatewayReference the Department of Health publications gateway reference, where one was given
 * @param reference this toolkit's own reference for the pack (e.g. {@code AQP-IP-AH}), never an
 *     official one; printed on every document's cover
 */
public record PackManifest(
        String id, String title, String shortTitle, String serviceLine, String version, String status,
        LocalDate published, LocalDate reviewDate, String gatewayReference, String reference,
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

    public record ChangelogEntry(String version, LocalDate date, List<String> changes) {
        public ChangelogEntry {
            changes = Lists.copy(changes);
        }
    }
}
