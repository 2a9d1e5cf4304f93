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

    /**
     * Whether and how national prices are adjusted for the commissioner's area.
     *
     * @param applies true when the local price is the listed price times the area index
     * @param index {@code commissioner-area} (also when absent) or {@code provider}, which the
     *     programme's rule forbids (every provider is paid the same price by the same commissioner)
     * @param exampleIndex an illustrative index for the worked example, or null
     * @param note how the adjustment is made
     */
    public record MarketForcesFactor(boolean applies, String index, BigDecimal exampleIndex, String note) {

        public MarketForcesFactor {
            index = index == null ? "commissioner-area" : index;
        }

        /** True when each provider would be paid by its own index, against the programme's rule. */
        public boolean perProvider() {
            return "provider".equals(index);
        }
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
