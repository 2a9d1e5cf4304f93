package uk.nhs.aqp.core.bundle;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.aqp.core.ValidateRequest;

/**
 * Everything one bundle run needs, fixed before any work starts.
 *
 * @param validation how to validate the packs first (nothing is bundled unless that passes)
 * @param outputDirectory the bundle folder, replaced as a whole, e.g. {@code target/aqp/bundle}; the
 *     zip is written inside it
 * @param name the bundle's name, e.g. {@code aqp-packs}; the zip is {@code <name>-<version>.zip}
 * @param title the bundle's title in {@code datapackage.json}
 * @param version the release's version
 * @param publisher the organisation that publishes the bundle
 * @param published the publication time, from {@code project.build.outputTimestamp}; when empty, the
 *     date of the newest changelog entry of any pack is used (never the clock)
 */
public record BundleRequest(ValidateRequest validation, Path outputDirectory, String name, String title,
        String version, String publisher, Optional<Instant> published) {

    public static final String DEFAULT_NAME = "aqp-packs";
    public static final String DEFAULT_TITLE = "Any Qualified Provider implementation packs";
    public static final String DEFAULT_PUBLISHER = "Department of Health";

    public BundleRequest {
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(published, "published");
        new BundleMetadata(name, title, version, publisher, Instant.EPOCH); // checks name and version now
    }

    /** Defaults for a project: {@code target/aqp/bundle}, named {@code aqp-packs}. */
    public static BundleRequest forProject(Path projectRoot, String version, Optional<Instant> published) {
        ValidateRequest validation = ValidateRequest.forProject(projectRoot);
        return new BundleRequest(validation, validation.outputDirectory().resolve("bundle"), DEFAULT_NAME,
                DEFAULT_TITLE, version, DEFAULT_PUBLISHER, published);
    }

    public BundleRequest withName(String newName) {
        return new BundleRequest(validation, outputDirectory, newName, title, version, publisher, published);
    }

    public BundleRequest withValidation(ValidateRequest newValidation) {
        return new BundleRequest(newValidation, outputDirectory, name, title, version, publisher, published);
    }

    /**
     * The zip, inside the bundle folder: {@code <name>-<version>.zip}. It lives in the folder the
     * toolkit owns and replaces as a whole, so no other zip is ever taken for it.
     */
    public Path zipFile() {
        return outputDirectory.toAbsolutePath().normalize().resolve(metadata(Instant.EPOCH).zipFileName());
    }

    BundleMetadata metadata(Instant at) {
        return new BundleMetadata(name, title, version, publisher, at);
    }

    /**
     * Reads {@code project.build.outputTimestamp} as Maven does: seconds since the epoch, or an ISO
     * 8601 date and time with an offset (e.g. {@code 2026-01-01T00:00:00Z}). Empty when unset or a
     * single character (Maven's way of switching reproducible timestamps off).
     *
     * @throws IllegalArgumentException if the value is neither form
     */
    public static Optional<Instant> outputTimestamp(String value) {
        if (value == null || value.isBlank() || value.trim().length() < 2) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            if (v.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)));
            }
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a timestamp: write it as 2026-01-01T00:00:00Z "
                    + "or as seconds since 1970-01-01", e);
        }
    }
}
