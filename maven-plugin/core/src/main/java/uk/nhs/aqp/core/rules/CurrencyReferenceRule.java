package uk.nhs.aqp.core.rules;

import java.util.List;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.CurrencyModel.Tariff;
import uk.nhs.aqp.core.source.FileKind;

/** {@code currency.unknown-currency}: each tariff line prices a currency defined in the same file. */
final class CurrencyReferenceRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.CURRENCY);
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        List<String> currencies = context.currency().currencies().stream().map(c -> c.id()).toList();
        List<Tariff> tariffs = context.currency().tariffs();
        for (int i = 0; i < tariffs.size(); i++) {
            String currency = tariffs.get(i).currency();
            if (!currencies.contains(currency)) {
                sink.report("currency.unknown-currency", context.at(FileKind.CURRENCY, "/tariffs/" + i + "/currency"),
                        currency, DidYouMean.hint(currency, currencies));
            }
        }
    }
}
