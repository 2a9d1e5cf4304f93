package uk.nhs.aqp.core.directory;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.aqp.core.model.Evidence;

/**
 * A register of qualified providers as written ({@code qualified-providers.yaml}), bound after it
 * passed {@code qualified-providers.schema.json}.
 *
 * @param basis whether the decisions are real or an example (illustrative), or null
 */
public record QualifiedProviders(Evidence basis, List<Entry> providers) {

    public QualifiedProviders {
        providers = providers == null ? List.of() : List.copyOf(providers);
    }

    public boolean illustrative() {
        return basis != null && basis.illustrative();
    }

    /**
     * The decision on one provider.
     *
     * @param decision {@code qualified}, {@code not-qualified}, {@code suspended} or {@code withdrawn}
     * @param application the file name, without {@code .yaml}, of the application in the pack's
     *     {@code applications/} folder
     * @param reason why not qualified, suspended or withdrawn; null for a qualified provider
     */
    public record Entry(String provider, String decision, LocalDate date, String application, String reason) {

        public static final String QUALIFIED = "qualified";

        public boolean qualified() {
            return QUALIFIED.equals(decision);
        }
    }
}
