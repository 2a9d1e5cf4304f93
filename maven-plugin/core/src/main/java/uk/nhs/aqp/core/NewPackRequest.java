package uk.nhs.aqp.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A new national pack to scaffold.
 *
 * @param projectRoot printed paths are relative to it; nothing is written through a link below it
 * @param packsDirectory the folder holding {@code national/}
 * @param packId the new pack's id and folder name (lower-case words joined by hyphens)
 * @param created the date of the first changelog entry
 */
public record NewPackRequest(Path projectRoot, Path packsDirectory, String packId, LocalDate created) {

    public NewPackRequest {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(packsDirectory, "packsDirectory");
        Objects.requireNonNull(created, "created");
        if (packId == null || !packId.matches("[a-z0-9]+(-[a-z0-9]+)*") || packId.length() > 64) {
            throw new IllegalArgumentException("pack id '" + packId
                    + "' is not valid: use lower-case words joined by hyphens, e.g. adult-hearing");
        }
    }

    /** The folder the pack's six files go in. */
    public Path folder() {
        return packsDirectory.resolve("national").resolve(packId);
    }
}
