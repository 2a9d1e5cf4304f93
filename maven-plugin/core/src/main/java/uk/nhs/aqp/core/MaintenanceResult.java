package uk.nhs.aqp.core;

import java.util.List;

/**
 * What a goal that writes a commissioner's files did.
 *
 * @param report one line per file: what was written, or why not
 * @param refused true when something was left untouched for a person to decide
 */
public record MaintenanceResult(List<String> report, boolean refused) {

    public MaintenanceResult {
        report = List.copyOf(report);
    }
}
