package uk.nhs.aqp.core.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One commissioner's folder under {@code packs/local/}: its {@code commissioner.yaml} and one
 * adaptation per pack it adopts.
 *
 * @param id the folder's name, which must equal the commissioner's id
 * @param commissionerFile its commissioner.yaml, if present (its absence was reported)
 * @param adaptations one per pack folder holding an adaptation.yaml
 */
public record LocalFolder(String id, Path directory, String displayPath, Optional<Path> commissionerFile,
        List<Adaptation> adaptations) {

    public LocalFolder {
        adaptations = List.copyOf(adaptations);
    }

    /** {@code packs/local/<commissioner>/<pack-id>/adaptation.yaml}. */
    public record Adaptation(String packFolder, Path file, String displayPath) {
    }
}
