package uk.nhs.aqp.core.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.aqp.core.model.CurrencyModel;
import uk.nhs.aqp.core.model.KpiSchedule;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Specification;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * Puts the local versions of a national pack beside it, figure by figure (the definitions are in
 * the package documentation).
 */
public final class LocalVersionComparer {

    /** The groups of figures, in the order a comparison shows them. */
    public static final List<String> GROUPS = List.of("price", "age", "referral", "wait", "target");

    private final Vocabulary words;

    public LocalVersionComparer(Vocabulary words) {
        this.words = words;
    }

    /**
     * One comparison per national pack that has at least one local version, in the order of
     * {@code national}. Local packs of a national pack that is not given are left out.
     */
    public List<LineComparison> compareAll(List<Pack> national, List<Pack> local) {
        List<LineComparison> out = new ArrayList<>();
        for (Pack n : national) {
            List<Pack> versions = local.stream().filter(p -> p.id().equals(n.id())).toList();
            if (!versions.isEmpty()) {
                out.add(compare(n, versions));
            }
        }
        return out;
    }

    /** The local versions of {@code national} beside it; with no local versions, the national figures alone. */
    public LineComparison compare(Pack national, List<Pack> locals) {
        List<Pack> ordered = locals.stream()
                .sorted(Comparator.comparing((Pack p) -> p.local().orElseThrow().commissioner().name())
                        .thenComparing(p -> p.local().orElseThrow().commissioner().id()))
                .toList();
        Map<String, Entry> nationalFigures = figures(national);
        List<Map<String, Entry>> localFigures = ordered.stream().map(this::figures).toList();
        List<String> ids = figureIds(nationalFigures, localFigures);
        List<Figure> figures = new ArrayList<>();
        int[] differing = new int[ordered.size()];
        for (String id : ids) {
            Entry n = nationalFigures.get(id);
            String label = n != null ? n.label() : localFigures.stream().map(m -> m.get(id)).filter(e -> e != null)
                    .findFirst().orElseThrow().label();
            Value nationalValue = n != null ? n.value() : Value.absent(label("absent"));
            List<Value> values = new ArrayList<>();
            List<Boolean> differs = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                Entry e = localFigures.get(i).get(id);
                Value v = e != null ? e.value() : Value.absent(label("absent"));
                values.add(v);
                boolean d = v.differsFrom(nationalValue);
                differs.add(d);
                if (d) differing[i]++;
            }
            figures.add(new Figure(id, group(id), label, nationalValue, values, differs, spread(values).orElse(null)));
        }
        int most = 0;
        for (int d : differing) most = Math.max(most, d);
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Pack p = ordered.get(i);
            versions.add(new Version(p.local().orElseThrow().commissioner().id(),
                    p.local().orElseThrow().commissioner().name(), "local/" + p.key(), differing[i],
                    most > 0 && differing[i] == most));
        }
        return new LineComparison(national, versions, figures);
    }

    /** A figure of one pack: its label and value. */
    private record Entry(String label, Value value) {
    }

    /** The national figures in the pack's order, then those only local versions have, by id, each in its group. */
    private static List<String> figureIds(Map<String, Entry> national, List<Map<String, Entry>> locals) {
        List<String> ids = new ArrayList<>(national.keySet());
        Set<String> extra = new TreeSet<>();
        locals.forEach(m -> m.keySet().stream().filter(id -> !national.containsKey(id)).forEach(extra::add));
        ids.addAll(extra);
        ids.sort(Comparator.comparingInt(id -> GROUPS.indexOf(group(id)))); // stable: keeps the order within a group
        return ids;
    }

    static String group(String id) {
        if (id.startsWith("price:")) return "price";
        if (id.startsWith("age.")) return "age";
        if (id.startsWith("wait.")) return "wait";
        if (id.startsWith("target:")) return "target";
        return "referral";
    }

    /** The spread of the values that are numbers, when they are all in one unit. */
    private Optional<Spread> spread(List<Value> values) {
        List<Value> numbers = values.stream().filter(v -> v.present() && v.number() != null).toList();
        if (numbers.stream().map(Value::unit).distinct().count() != 1) {
            return Optional.empty();
        }
        String unit = numbers.get(0).unit();
        boolean money = "GBP".equals(unit);
        return Spread.of(numbers.stream().map(Value::number).toList(), money ? Optional.of(2) : Optional.empty(),
                n -> money ? words.money(n) : words.amount(n, unit));
    }

    /** Every compared figure of a pack, in the pack's order within each group. */
    private Map<String, Entry> figures(Pack pack) {
        Map<String, Entry> out = new LinkedHashMap<>();
        CurrencyModel currency = pack.currency();
        if (currency != null) {
            for (CurrencyModel.Tariff t : currency.tariffs()) {
                out.put("price:" + t.id(), new Entry(t.name(), t.price() == null ? Value.ofText(label("local-price"))
                        : Value.ofNumber(pennies(t.price().amount()), "GBP", words.money(t.price().amount()))));
            }
        }
        Specification.Eligibility eligibility = eligibility(pack);
        Specification.AgeRange age = eligibility == null ? null : eligibility.age();
        out.put("age.min", new Entry(label("age.min"), age == null || age.min() == null ? Value.ofText(label("no-lower-age"))
                : years(age.min())));
        out.put("age.max", new Entry(label("age.max"), age == null || age.max() == null ? Value.ofText(label("no-upper-age"))
                : years(age.max())));
        List<String> sources = eligibility == null ? List.of() : eligibility.referralSources().stream()
                .map(s -> words.label("source", s)).sorted().toList();
        out.put("referral-sources", new Entry(label("referral-sources"),
                Value.ofText(sources.isEmpty() ? label("none-set") : String.join(", ", sources))));
        Specification.Access access = pack.specification() == null || pack.specification().scope() == null ? null
                : pack.specification().scope().access();
        out.put("wait.first", new Entry(label("wait.first"), wait(access == null ? null : access.firstAppointmentWithin())));
        out.put("wait.urgent", new Entry(label("wait.urgent"), wait(access == null ? null : access.urgentWithin())));
        if (pack.kpis() != null) {
            for (KpiSchedule.Kpi k : pack.kpis().kpis()) {
                KpiSchedule.Target t = k.target();
                out.put("target:" + k.id(), new Entry(k.name(), t == null || t.value() == null
                        ? Value.ofText(label("no-target")) : Value.ofNumber(t.value(), t.unit(), words.target(t))));
            }
        }
        return out;
    }

    private static Specification.Eligibility eligibility(Pack pack) {
        Specification s = pack.specification();
        return s == null || s.scope() == null ? null : s.scope().eligibility();
    }

    private Value years(int age) {
        BigDecimal n = BigDecimal.valueOf(age);
        return Value.ofNumber(n, "years", words.amount(n, "years"));
    }

    private Value wait(Specification.Duration d) {
        return d == null ? Value.ofText(label("none-set"))
                : Value.ofNumber(BigDecimal.valueOf(d.value()), d.unit(), words.duration(d));
    }

    /** An amount of money with two places; more places (which validation forbids) are kept as written. */
    private static BigDecimal pennies(BigDecimal amount) {
        return amount.scale() <= 2 ? amount.setScale(2) : amount;
    }

    private String label(String key) {
        return words.label("comparison", key);
    }
}
