package uk.nhs.aqp.core.qualify;

import java.util.List;
import uk.nhs.aqp.core.ValidationResult;

/**
 * What a dry run did: the validation, each application's result, the summary, and whether the
 * reports were written (not when validation failed).
 */
public record QualifyResult(ValidationResult validation, List<ApplicationResult> applications, DryRunSummary summary,
        boolean written) {

    public QualifyResult {
        applications = List.copyOf(applications);
    }
}
