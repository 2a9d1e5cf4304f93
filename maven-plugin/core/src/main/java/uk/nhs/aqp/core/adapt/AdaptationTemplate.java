package uk.nhs.aqp.core.adapt;

import java.util.Locale;
import uk.nhs.aqp.core.model.KpiSchedule.Kpi;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Specification.Exclusion;
import uk.nhs.aqp.core.rules.PlaceholderText;

/**
 * The starting text of a new adaptation: base and version filled in, no changes yet, and a
 * commented example of each operation (and of accepting an illustrative price) that uses real ids and
 * values of the national pack. What
 * only the commissioner knows starts with {@link PlaceholderText#MARKER}, so every build warns
 * until it is written ({@code pack.placeholder}).
 */
public final class AdaptationTemplate {

    private AdaptationTemplate() {
    }

    public static String commissioner(String id) {
        return """
                # yaml-language-server: $schema=../../../schema/commissioner.schema.json
                # Who this folder's local adaptations belong to.
                id: %1$s
                name: "%2$s the commissioner's name as published"
                organisationCode: 00X           # the ODS code: check it
                region: london                  # one of the ten regions, e.g. north-west, south-west: check it
                kind: ccg                       # pct, pct-cluster, ccg, csu or icb: check it
                """.formatted(id, PlaceholderText.MARKER);
    }

    public static String adaptation(Pack national) {
        Kpi kpi = national.kpis().kpis().get(0);
        Exclusion exclusion = national.specification().scope().exclusions().get(0);
        String prefix = national.kpis().kpis().get(0).id().split("-")[0];
        return """
                # yaml-language-server: $schema=../../../../schema/adaptation.schema.json
                # Local adaptation of the national pack '%1$s'. Write only what differs, and why.
                # Targets name the file, then keys, with list items by id; never by position.
                # After a national update, aqp:validate warns where a value you override has changed
                # (adapt.drift); review it, then mvn aqp:rebase records the new national values.
                # Your own version and its date, printed on every document's cover and running header
                # (optional; remove the # to use them):
                # version: 1.0.0
                # date: 2012-04-01
                base:
                  pack: %1$s
                  version: %2$s
                summary:
                  - "%7$s describe what is local about this service"
                changes: []
                # Examples, to copy above and edit (remove the [] after changes: when you add one):
                #
                #  - op: set                     # give a field a new value
                #    target: kpis/kpis/%3$s/target/value
                #    value: %4$s
                #    was: %4$s                    # the national value you reviewed
                #    rationale: Why the local target differs.
                #
                #  - op: add                     # add an item with a new id of your own
                #    target: kpis/kpis
                #    value:
                #      id: LOCAL-KPI-01
                #      name: ...                 # every field a national KPI has
                #    rationale: Why the local service needs it.
                #
                #  - op: replace                 # replace a whole item; it keeps its id
                #    target: specification/scope/exclusions/%5$s
                #    value: {id: %5$s, criterion: ..., redirectTo: ...}
                #    was: {id: %5$s, criterion: ..., redirectTo: ...}   # the national item
                #    rationale: Why.
                #
                #  - op: remove                  # remove an item
                #    target: specification/scope/exclusions/%5$s
                #    was: {id: %5$s, criterion: ..., redirectTo: ...}
                #    rationale: Why.
                #
                # The national ids start with %6$s-; give added items a prefix of your own.
                #
                # Prices: you set the local price. Each national price marked illustrative that you
                # publish unchanged is warned about (adapt.illustrative-figure): replace the tariff
                # line with your price and its evidence, or accept a price you really pay:
                #
                # accepts:
                #   - target: currency/tariffs/%8$s/price
                #     rationale: Where it shows that the commissioner pays this price.
                """.formatted(national.id(), national.manifest().version(), kpi.id(),
                kpi.target().value().toPlainString(), exclusion.id(), prefix.toUpperCase(Locale.ROOT),
                PlaceholderText.MARKER, national.currency().tariffs().isEmpty() ? "<id>"
                        : national.currency().tariffs().get(0).id());
    }
}
