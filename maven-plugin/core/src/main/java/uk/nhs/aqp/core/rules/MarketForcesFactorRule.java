package uk.nhs.aqp.core.rules;

import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.CurrencyModel.MarketForcesFactor;
import uk.nhs.aqp.core.source.FileKind;

/**
 * {@code currency.mff-per-provider}: prices are never adjusted by each provider's own market
 * forces factor. The programme's rule is that every provider is paid the same price for the same
 * service by the same commissioner, so an adjustment is made once, by the commissioner's area index.
 */
final class MarketForcesFactorRule implements PackRule {

    @Override
    public Set<FileKind> reads() {
        return Set.of(FileKind.CURRENCY);
    }

    @Override
    public void check(PackContext context, DiagnosticSink sink) {
        MarketForcesFactor mff = context.currency().marketForcesFactor();
        if (mff != null && mff.applies() && mff.perProvider()) {
            sink.report("currency.mff-per-provider", context.at(FileKind.CURRENCY, "/marketForcesFactor/index"));
        }
    }
}
