package uk.nhs.aqp.core.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.CurrencyModel.Currency;
import uk.nhs.aqp.core.model.CurrencyModel.PaymentTrigger;
import uk.nhs.aqp.core.source.FileKind;

/** {@code currency.split-total}: the payment triggers of a currency add up to exactly 100%. */
final class PaymentSplitRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.CURRENCY);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        List<Currency> currencies = context.currency().currencies();
        for (int i = 0; i < currencies.size(); i++) {
            BigDecimal total = currencies.get(i).paymentTriggers().stream()
                    .map(PaymentTrigger::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(HUNDRED) != 0) {
                sink.report("currency.split-total",
                        context.keyAt(FileKind.CURRENCY, "/currencies/" + i + "/paymentTriggers"),
                        currencies.get(i).id(), total.stripTrailingZeros().toPlainString());
            }
        }
    }
}
