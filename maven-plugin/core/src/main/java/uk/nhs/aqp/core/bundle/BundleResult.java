package uk.nhs.aqp.core.bundle;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.aqp.core.ValidationResult;

/**
 * What a bundle run did: the validation it ran first and, if that passed, the bundle it wrote.
 *
 * @param validation the validation result; when it failed, nothing was written
 * @param bundle the bundle written, if any
 * @param directory the bundle folder written, if any
 * @param zip the zip written, if any
 */
public record BundleResult(ValidationResult validation, Optional<Bundle> bundle, Optional<Path> directory,
        Optional<Path> zip) {

    public BundleResult {
        Objects.requireNonNull(validation, "validation");
    }

    static BundleResult notWritten(ValidationResult validation) {
        return new BundleResult(validation, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean written() {
        return bundle.isPresent();
    }
}
