package uk.nhs.aqp.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * A variation's national or local value as the bundle writes it: every amount of money (a field
 * the vocabulary names as money, at any depth) as an exact decimal with two places, e.g.
 * {@code 255.50} and {@code 240.00}, never a binary float such as {@code 240.0} or {@code 255.5}.
 * Other values are kept as they are.
 */
final class ExactValues {

    private static final Vocabulary WORDS = Vocabulary.standard();

    private ExactValues() {
    }

    /** {@code value} of the field {@code field} (the last part of the variation's target). */
    static JsonNode of(String field, JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isNumber() && WORDS.isMoney(field)) {
            java.math.BigDecimal amount = value.decimalValue();
            // whole pence, as validation requires of money; an odd value is kept as written, never rounded
            return amount.stripTrailingZeros().scale() <= 2 ? DecimalNode.valueOf(Decimals.money(amount)) : value;
        }
        if (value.isObject()) {
            ObjectNode copy = ((ObjectNode) value).objectNode();
            value.properties().forEach(e -> copy.set(e.getKey(), of(e.getKey(), e.getValue())));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = ((ArrayNode) value).arrayNode();
            value.forEach(item -> copy.add(of(field, item)));
            return copy;
        }
        return value;
    }

    /** The field a variation's target names: its last part ({@code price} in {@code currency/tariffs/AH-T-01/price}). */
    static String field(String target) {
        return target.substring(target.lastIndexOf('/') + 1);
    }
}
