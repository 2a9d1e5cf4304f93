package uk.nhs.aqp.core.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.nhs.aqp.core.diagnostic.Rule;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.CurrencyModel;
import uk.nhs.aqp.core.model.KpiSchedule;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.PatientChoice;
import uk.nhs.aqp.core.model.Qualification;
import uk.nhs.aqp.core.model.Specification;
import uk.nhs.aqp.core.vocabulary.DescribedVariation;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * The search index, made at build time: pack titles and summaries, KPI names and definitions,
 * specification text, currencies, tariffs by name and price, qualification criteria, the
 * patient-choice items, local packs with their prices and each of their variations (national and
 * local value, rationale), commissioners and rules. Every result names its pack (and, for a local
 * one, its commissioner) and the kind of thing it is. The browser
 * loads it as a plain script (so it works from disk too) and searches it; the search page lists
 * the same pages A to Z for browsers without JavaScript.
 */
public final class SearchIndex {

    public static final String SERVICE_LINE = "Service line";
    public static final String LOCAL_PACK = "Local pack";
    public static final String COMMISSIONER = "Commissioner";
    public static final String KPI = "KPI";
    public static final String SPECIFICATION = "Specification";
    public static final String RULE = "Rule";
    public static final String CURRENCY = "Currency";
    public static final String TARIFF = "Tariff";
    public static final String CRITERION = "Qualification criterion";
    public static final String PATIENT_CHOICE = "Patient choice";
    public static final String VARIATION = "Local variation";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * One thing to find.
     *
     * @param title what the result says
     * @param href the page (and anchor), from the site root
     * @param kind what sort of thing it is
     * @param text the words it is found by, besides its title
     */
    public record Entry(String title, String href, String kind, String text) {
    }

    private SearchIndex() {
    }

    /** Everything searchable, in a stable order. */
    public static List<Entry> entries(SiteModel site) {
        List<Entry> out = new ArrayList<>();
        SiteLinks links = SiteLinks.standard();
        for (Pack pack : site.national()) {
            String page = links.pack(pack);
            out.add(new Entry(pack.manifest().shortTitle(), page, SERVICE_LINE,
                    join(Stream.concat(Stream.of(pack.manifest().title()), pack.manifest().summary().stream()))));
            for (KpiSchedule.Kpi kpi : pack.kpis().kpis()) {
                out.add(new Entry(kpi.name(), page + "#kpi-" + kpi.id(), KPI,
                        join(Stream.of(pack.manifest().shortTitle(), kpi.id(), kpi.definition()))));
            }
            specification(pack, page, out);
            products(pack, page, out);
        }
        Vocabulary words = Vocabulary.standard();
        for (Pack pack : site.local()) {
            var local = pack.local().get();
            String page = links.pack(pack);
            String who = local.commissioner().name();
            String title = pack.manifest().shortTitle();
            out.add(new Entry(title + ": " + who, page, LOCAL_PACK, join(Stream.of(
                    Stream.of(who), local.summary().stream(), local.variations().stream().map(v -> v.rationale()),
                    pack.currency().tariffs().stream().map(t -> t.name() + " " + words.money(t.price())))
                    .flatMap(x -> x))));
            int n = 0;
            for (DescribedVariation v : DescribedVariation.of(pack)) {
                n++;
                out.add(new Entry(who + ": " + v.subject().text(), page + "#variation-" + n, VARIATION,
                        join(Stream.of(title, v.product(), v.operation(), v.national().plain(), v.local().plain(),
                                v.rationale()))));
            }
        }
        Formats fmt = Formats.standard();
        for (Commissioner c : site.commissioners()) {
            out.add(new Entry(c.name(), links.commissioner(c.id()), COMMISSIONER,
                    join(Stream.of(c.organisationCode(), fmt.label("region", c.region()), fmt.label("kind", c.kind())))));
        }
        for (Rule r : site.rules()) {
            out.add(new Entry(r.id(), links.rule(r.id()), RULE, r.summary()));
        }
        return out;
    }

    /** The entries the A to Z lists, without their text: service lines, local packs and commissioners, by title. */
    public static List<Entry> alphabetical(SiteModel site) {
        List<String> kinds = List.of(SERVICE_LINE, LOCAL_PACK, COMMISSIONER);
        return entries(site).stream().filter(e -> kinds.contains(e.kind()))
                .map(e -> new Entry(e.title(), e.href(), e.kind(), ""))
                .sorted(java.util.Comparator.comparing((Entry e) -> e.title().toLowerCase(Locale.UK))
                        .thenComparing(Entry::href))
                .toList();
    }

    /** The index as a script that sets {@code window.AQP_SEARCH_INDEX}. */
    public static byte[] script(List<Entry> entries) {
        try {
            return ("window.AQP_SEARCH_INDEX = " + JSON.writeValueAsString(entries) + ";\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new ToolingException("cannot write the search index", e);
        }
    }

    private static void specification(Pack pack, String page, List<Entry> out) {
        Specification s = pack.specification();
        String title = pack.manifest().shortTitle();
        out.add(new Entry(title + ": population and needs", page + "#specification-needs", SPECIFICATION,
                join(Stream.concat(s.populationNeeds().nationalContext().stream(),
                        s.populationNeeds().localContext().stream()))));
        Specification.Scope scope = s.scope();
        out.add(new Entry(title + ": scope of the service", page + "#specification-scope", SPECIFICATION,
                join(Stream.of(scope.aims().stream(),
                        scope.components().stream().flatMap(c -> Stream.concat(Stream.of(c.name()), c.description().stream())),
                        scope.population().stream(),
                        scope.eligibility() == null ? Stream.<String>empty() : scope.eligibility().criteria().stream(),
                        scope.exclusions().stream().map(Specification.Exclusion::criterion))
                        .flatMap(x -> x))));
    }

    /** Currencies, tariffs (name and price), qualification criteria and patient-choice items of a national pack. */
    private static void products(Pack pack, String page, List<Entry> out) {
        Vocabulary words = Vocabulary.standard();
        String title = pack.manifest().shortTitle();
        for (CurrencyModel.Currency c : pack.currency().currencies()) {
            out.add(new Entry(title + ": " + c.name(), page + "#currency-" + c.id(), CURRENCY,
                    join(Stream.of(Stream.of(c.id(), c.unit(), c.description()), c.includes().stream(),
                            c.excludes().stream()).flatMap(x -> x))));
        }
        for (CurrencyModel.Tariff t : pack.currency().tariffs()) {
            out.add(new Entry(title + ": " + t.name() + ", " + words.money(t.price()), page + "#tariff-" + t.id(),
                    TARIFF, join(Stream.of(t.id(), "price"))));
        }
        for (Qualification.Criterion c : pack.qualification().criteria()) {
            out.add(new Entry(title + ": " + c.id() + " " + excerpt(c.criterion()), page + "#criterion-" + c.id(),
                    CRITERION, join(Stream.concat(Stream.of(c.criterion(), c.passRule()), c.evidence().stream()))));
        }
        for (PatientChoice.Item i : pack.patientChoice().items()) {
            out.add(new Entry(title + ": " + i.question(), page + "#choice-" + i.id(), PATIENT_CHOICE,
                    join(Stream.of(i.topic(), i.providerPublishes(), i.whyItMatters()))));
        }
    }

    /** The start of a long text for a result's title, cut at a word. */
    private static String excerpt(String text) {
        if (text == null || text.length() <= 90) {
            return text == null ? "" : text;
        }
        int cut = text.lastIndexOf(' ', 90);
        return text.substring(0, cut > 40 ? cut : 90) + "…";
    }

    private static String join(Stream<String> texts) {
        return texts.filter(t -> t != null && !t.isBlank()).collect(Collectors.joining(" "));
    }
}
