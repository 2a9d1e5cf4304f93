package uk.nhs.aqp.core.model;

import java.math.BigDecimal;
import java.util.List;

/** currency.yaml: currencies, tariff lines, price basis and market forces factor. */
public record CurrencyModel(List<String> introduction, String currencyCode, String priceBasisYear,
        MarketForcesFactor marketForcesFactor, List<Currency> currencies, List<Tariff> tariffs) {

    public CurrencyModel {
        introduction = Lists.copy(introduction);
        currencies = Lists.copy(currencies);
        tariffs = Lists.copy(tariffs);
    }

    public record MarketForcesFactor(boolean applies, BigDecimal exampleIndex, String note) {
    }

    public record Currency(String id, String name, String unit, String description, List<String> includes,
            List<String> excludes, List<PaymentTrigger> paymentTriggers) {
        public Currency {
            includes = Lists.copy(includes);
            excludes = Lists.copy(excludes);
            paymentTriggers = Lists.copy(paymentTriggers);
        }
    }

    public record PaymentTrigger(String event, BigDecimal percent) {
    }

    public record Tariff(String id, String currency, String name, Money price, Evidence evidence) {
    }
}
