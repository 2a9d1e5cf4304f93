package uk.nhs.aqp.core;

import java.util.Optional;

/**
 * Which local adaptations a goal works on.
 *
 * @param validation the project, packs folder and reports, as for validation
 * @param commissioner only this commissioner's adaptations, or all
 * @param pack only adaptations of this national pack, or all
 */
public record AdaptRequest(ValidateRequest validation, Optional<String> commissioner, Optional<String> pack) {
}
