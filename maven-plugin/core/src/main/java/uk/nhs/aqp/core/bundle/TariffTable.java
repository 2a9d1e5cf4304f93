package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.BOOLEAN;
import static uk.nhs.aqp.core.bundle.ColumnType.INTEGER;
import static uk.nhs.aqp.core.bundle.ColumnType.MONEY;
import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.nhs.aqp.core.model.CurrencyModel;
import uk.nhs.aqp.core.model.CurrencyModel.Tariff;

/** {@code tables/tariffs.csv}: one row per tariff line (price) of every pack, with its currency. */
final class TariffTable implements BundleTable {

    @Override
    public Table table(List<BundledPack> packs) {
        Table.Builder t = BundleTable.perPack("tariffs", "Tariffs",
                "One row per tariff line of each pack: the price and the currency it pays for.")
                .columns(
                        Column.required("tariff_id", STRING, "The tariff line's stable id, e.g. AH-T-01."),
                        Column.required("name", STRING, "What the line prices."),
                        Column.required("price_gbp", MONEY,
                                "The price in pounds sterling, with exactly two decimal places. Before any market "
                                        + "forces factor.").withUnit("GBP"),
                        Column.required("price_basis", STRING,
                                "confirmed, later-benchmark, local-example or illustrative: where the price comes "
                                        + "from. Illustrative prices are not national tariffs; a later-benchmark is a "
                                        + "real figure from a later year (price_source_year), not a price of "
                                        + "price_basis_year."),
                        Column.optional("price_source_year", INTEGER,
                                "The year the price's source gave it, e.g. 2016; empty when the source gives none."),
                        Column.required("price_basis_year", STRING,
                                "The financial year the prices are expressed in, e.g. 2012/13."),
                        Column.required("market_forces_factor_applies", BOOLEAN,
                                "true when the price paid is the price times the provider's market forces factor."),
                        Column.required("currency_id", STRING, "The id of the currency the price is for."),
                        Column.required("currency_name", STRING, "The currency's name."),
                        Column.required("currency_unit", STRING,
                                "What one payment buys: pathway, episode, contact, scan, course, assessment, item or "
                                        + "patient-year."))
                .primaryKey(PACK_KEY.name(), "tariff_id");
        for (BundledPack p : packs) {
            CurrencyModel model = p.pack().currency();
            Map<String, CurrencyModel.Currency> currencies = model.currencies().stream()
                    .collect(Collectors.toMap(CurrencyModel.Currency::id, Function.identity(), (a, b) -> a));
            for (Tariff tariff : model.tariffs()) {
                CurrencyModel.Currency c = currencies.get(tariff.currency());
                t.row(BundleTable.row(p, tariff.id(), tariff.name(), tariff.price().amount(), tariff.evidence().basis(),
                        tariff.evidence().year(), model.priceBasisYear(), model.marketForcesFactor().applies(), tariff.currency(),
                        c == null ? null : c.name(), c == null ? null : c.unit()));
            }
        }
        return t.build();
    }
}
