package uk.nhs.aqp.core.render.view;

import java.math.BigDecimal;
import java.util.List;
import uk.nhs.aqp.core.model.CurrencyModel;
import uk.nhs.aqp.core.model.Money;

/**
 * A worked example of a market-forces-adjusted price: the listed price times the example index,
 * rounded half-up to the penny ({@link Money#times}).
 */
public record MffExample(CurrencyModel.Tariff tariff, BigDecimal index, Money paid) {

    /** The listed price times the index, before rounding. */
    public BigDecimal exact() {
        return tariff.price().amount().multiply(index).stripTrailingZeros();
    }

    /** {@code £46.3012}: the exact product with the currency sign, as prose prints it beside the tables. */
    public String exactDisplay() {
        return "£" + exact().toPlainString();
    }

    public Money listed() {
        return tariff.price();
    }

    /** One example per tariff line, or none when the pack applies no market forces factor or gives no index. */
    public static List<MffExample> of(CurrencyModel currency) {
        CurrencyModel.MarketForcesFactor mff = currency.marketForcesFactor();
        if (mff == null || !mff.applies() || mff.exampleIndex() == null) {
            return List.of();
        }
        return currency.tariffs().stream()
                .map(t -> new MffExample(t, mff.exampleIndex(), t.price().times(mff.exampleIndex())))
                .toList();
    }
}
