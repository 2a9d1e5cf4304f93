package uk.nhs.aqp.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One local difference from a national pack, as the bundle publishes it.
 *
 * @param target the changed value, a path from the pack's root naming list items by id
 *     (e.g. {@code kpis/AH-KPI-01/target/value})
 * @param operation what the adaptation did there
 * @param nationalValue the national value; empty for {@link Operation#ADD}
 * @param localValue the local value; empty for {@link Operation#REMOVE}
 * @param rationale why the commissioner differs
 */
public record Variation(String target, Operation operation, Optional<JsonNode> nationalValue,
        Optional<JsonNode> localValue, String rationale) {

    public Variation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(nationalValue, "nationalValue");
        Objects.requireNonNull(localValue, "localValue");
        Objects.requireNonNull(rationale, "rationale");
    }

    /** The four operations of an adaptation. */
    public enum Operation {
        SET, ADD, REPLACE, REMOVE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
