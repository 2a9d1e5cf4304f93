package uk.nhs.aqp.core.bundle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/** Exact decimal text for the bundle: never through a double, never in exponent form. */
final class Decimals {

    private Decimals() {
    }

    /**
     * An amount of money with exactly two decimal places. Validation guarantees whole pence, so
     * this only ever adds zeros; an amount that would need rounding is a tooling error.
     */
    static BigDecimal money(BigDecimal amount) {
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new ToolingException("amount " + amount.toPlainString() + " is not in whole pence", e);
        }
    }

    /** A plain decimal as written, e.g. {@code 95.5} or {@code 100}. */
    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
