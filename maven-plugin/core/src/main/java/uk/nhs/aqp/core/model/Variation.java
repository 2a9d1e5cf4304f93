package uk.nhs.aqp.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.aqp.core.source.Origin;

/**
 * One difference between a local pack and its national pack: the one model of a variation, used by
 * the documents, the site, the bundle and {@code aqp:diff}.
 *
 * @param target what changed: file, then keys, with list items named by id
 *     (e.g. {@code kpis/kpis/AH-KPI-01/target})
 * @param operation what the adaptation did there
 * @param nationalValue the current national value (null for add)
 * @param localValue the local value (null for remove)
 * @param rationale why local differs (null only while the adaptation is invalid)
 * @param origin where the change is written in adaptation.yaml
 * @param nationalBefore the national value the change recorded ({@code was}) when that differs from
 *     the current national value: the national pack has changed here since the change was written
 *     (null when it has not)
 * @param layer whose change it is: the commissioner's own, or (for a member of a joint arrangement)
 *     the arrangement's, which the member adopts
 */
public record Variation(String target, Operation operation, JsonNode nationalValue, JsonNode localValue,
        String rationale, Origin origin, JsonNode nationalBefore, Layer layer) {

    public Variation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(layer, "layer");
    }

    /** The commissioner's own variation. */
    public Variation(String target, Operation operation, JsonNode nationalValue, JsonNode localValue,
            String rationale, Origin origin, JsonNode nationalBefore) {
        this(target, operation, nationalValue, localValue, rationale, origin, nationalBefore, Layer.OWN);
    }

    /** The same variation, from the given layer. */
    public Variation from(Layer from) {
        return new Variation(target, operation, nationalValue, localValue, rationale, origin, nationalBefore, from);
    }

    /** Whether a member adopts it from its joint arrangement rather than making it itself. */
    public boolean fromArrangement() {
        return layer == Layer.ARRANGEMENT;
    }

    /** A variation where the national pack has not changed since the change was written. */
    public Variation(String target, Operation operation, JsonNode nationalValue, JsonNode localValue,
            String rationale, Origin origin) {
        this(target, operation, nationalValue, localValue, rationale, origin, null);
    }

    /** The national value the change was written against, where the national pack has changed since. */
    public Optional<JsonNode> changedNationally() {
        return Optional.ofNullable(nationalBefore);
    }

    /** The national value; empty for {@link Operation#ADD}. */
    public Optional<JsonNode> national() {
        return Optional.ofNullable(nationalValue);
    }

    /** The local value; empty for {@link Operation#REMOVE}. */
    public Optional<JsonNode> local() {
        return Optional.ofNullable(localValue);
    }

    /**
     * Whose change a variation is (national -> joint -> member): {@code own} for the commissioner's
     * own adaptation, {@code arrangement} for one a member adopts from its joint arrangement. Labels
     * in the vocabulary ({@code layer.<key>}).
     */
    public enum Layer {
        ARRANGEMENT, OWN;

        /** The word in the bundle and the vocabulary: {@code arrangement} or {@code own}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** The four operations of an adaptation, as written in adaptation.yaml ({@code op: set}). */
    public enum Operation {
        SET, ADD, REPLACE, REMOVE;

        /** The word written in adaptation.yaml and the bundle: {@code set}, {@code add}, ... */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The operation written as {@code op} in adaptation.yaml. */
        public static Operation of(String op) {
            return valueOf(op.toUpperCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return key();
        }
    }
}
