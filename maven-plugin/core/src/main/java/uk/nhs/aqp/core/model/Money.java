package uk.nhs.aqp.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in pounds sterling, held exactly as written (never a double). Validation
 * rules, not this type, decide whether an amount is acceptable, so a bad price is reported rather
 * than thrown.
 */
public record Money(BigDecimal amount, String currency) {

    public static final String GBP = "GBP";

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Money gbp(BigDecimal amount) {
        return new Money(amount, GBP);
    }

    @JsonValue
    public BigDecimal amount() {
        return amount;
    }

    /** The amount times a factor (e.g. a market forces factor), rounded half-up to the penny. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(2, RoundingMode.HALF_UP), currency);
    }

    /** {@code £1,234.50}. */
    public String display() {
        return "£" + String.format(java.util.Locale.UK, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }
}
