package uk.nhs.aqp.core.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.CurrencyModel.Tariff;
import uk.nhs.aqp.core.model.Money;
import uk.nhs.aqp.core.source.FileKind;

/**
 * {@code currency.negative-price}: no price is below zero. {@code currency.price-precision}: a
 * price has at most two decimal places (whole pence). {@code currency.price-range}: no price is above
 * {@link #MAX_PRICE}, far beyond any tariff line, so a slip of the keyboard never reaches a
 * commissioner as a price.
 */
final class PriceRule implements PackRule {

    /** £1,000,000: the most one tariff line may cost. */
    static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1_000_000);

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.CURRENCY);
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        List<Tariff> tariffs = context.currency().tariffs();
        for (int i = 0; i < tariffs.size(); i++) {
            Money price = tariffs.get(i).price();
            var at = context.at(FileKind.CURRENCY, "/tariffs/" + i + "/price");
            if (price.amount().signum() < 0) {
                sink.report("currency.negative-price", at, price.amount().toPlainString());
            }
            if (price.amount().compareTo(MAX_PRICE) > 0) {
                sink.report("currency.price-range", at, price.amount().toPlainString());
            }
            if (price.amount().stripTrailingZeros().scale() > 2) {
                sink.report("currency.price-precision", at, price.amount().toPlainString());
            }
        }
    }
}
