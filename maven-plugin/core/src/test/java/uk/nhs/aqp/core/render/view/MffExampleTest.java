package uk.nhs.aqp.core.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.model.CurrencyModel;
import uk.nhs.aqp.core.model.Evidence;
import uk.nhs.aqp.core.model.Money;

class MffExampleTest {

    private static CurrencyModel currency(boolean applies, String index, String... prices) {
        List<CurrencyModel.Tariff> tariffs = java.util.Arrays.stream(prices)
                .map(p -> new CurrencyModel.Tariff("T-" + p, "C-1", "line", Money.gbp(new BigDecimal(p)),
                        new Evidence("illustrative", null, null, null)))
                .toList();
        return new CurrencyModel(List.of(), "GBP", "2012/13", new CurrencyModel.MarketForcesFactor(applies, null,
                index == null ? null : new BigDecimal(index), "note"), List.of(), tariffs);
    }

    @Test
    void adjusted_price_is_rounded_half_up_to_the_penny() {
        List<MffExample> examples = MffExample.of(currency(true, "1.0523", "525.00", "375.00"));
        assertEquals("£552.46", examples.get(0).paid().display());
        assertEquals(new BigDecimal("552.4575"), examples.get(0).exact());
        assertEquals("£394.61", examples.get(1).paid().display());
    }

    @Test
    void no_example_when_no_factor_applies_or_no_index_is_given() {
        assertEquals(List.of(), MffExample.of(currency(false, "1.05", "10.00")));
        assertEquals(List.of(), MffExample.of(currency(true, null, "10.00")));
    }
}
