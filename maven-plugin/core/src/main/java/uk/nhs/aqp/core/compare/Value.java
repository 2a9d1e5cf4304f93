package uk.nhs.aqp.core.compare;

import java.math.BigDecimal;

/**
 * A figure's value in one version of a pack.
 *
 * @param present false when the version does not have the figure at all
 * @param number the exact number, when the figure is a number (a price with two places); else null
 * @param unit the unit of the number ({@code GBP}, {@code years}, {@code percent}, ...), or null
 * @param text the value as the vocabulary words it ({@code £525.00}, {@code 55 years}, {@code at least 95%})
 */
public record Value(boolean present, BigDecimal number, String unit, String text) {

    /** The value of a figure a version does not have, reading {@code text}. */
    public static Value absent(String text) {
        return new Value(false, null, null, text);
    }

    public static Value ofNumber(BigDecimal number, String unit, String text) {
        return new Value(true, number, unit, text);
    }

    public static Value ofText(String text) {
        return new Value(true, null, null, text);
    }

    /** Whether it reads differently from {@code other}. */
    public boolean differsFrom(Value other) {
        return present != other.present || !text.equals(other.text);
    }
}
