package uk.nhs.aqp.core.bundle;

import static uk.nhs.aqp.core.bundle.ColumnType.BOOLEAN;
import static uk.nhs.aqp.core.bundle.ColumnType.INTEGER;
import static uk.nhs.aqp.core.bundle.ColumnType.NUMBER;
import static uk.nhs.aqp.core.bundle.ColumnType.STRING;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.nhs.aqp.core.compare.Figure;
import uk.nhs.aqp.core.compare.LineComparison;
import uk.nhs.aqp.core.compare.LocalVersionComparer;
import uk.nhs.aqp.core.compare.Spread;
import uk.nhs.aqp.core.compare.Value;
import uk.nhs.aqp.core.compare.Version;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * {@code tables/comparisons.csv}: where local versions differ. One row per local pack and figure
 * that matters (tariff prices, age bounds, referral routes, waits, KPI targets), the local value
 * beside the national one, with the spread of every local version's value and whether the
 * commissioner is one of those that differ most (most figures set differently from the national pack).
 */
final class ComparisonTable implements BundleTable {

    @Override
    public Table table(List<BundledPack> packs) {
        Table.Builder t = BundleTable.perPack("comparisons", "Local versions compared",
                "One row per local pack and figure: the local value beside the national one, the spread (minimum, "
                        + "median, maximum) of the local values of every commissioner, and whether the commissioner "
                        + "is one of those whose figures differ most from the national pack (the largest count of "
                        + "figures set differently). The median of an even count is the mean of the middle two, a "
                        + "price rounded half up to the penny.")
                .columns(
                        Column.required("service_line", STRING, "The service line."),
                        Column.required("figure_id", STRING,
                                "The figure: price:<tariff id>, age.min, age.max, referral-sources, wait.first, "
                                        + "wait.urgent or target:<KPI id>."),
                        Column.required("figure_group", STRING, "price, age, referral, wait or target.")
                                .allowing("price", "age", "referral", "wait", "target"),
                        Column.required("figure", STRING, "What the figure is, for a reader."),
                        Column.required("national_value", STRING, "The national value as the documents word it."),
                        Column.required("local_value", STRING, "The local value as the documents word it."),
                        Column.optional("national_number", NUMBER, "The national value as an exact number, if it is one."),
                        Column.optional("local_number", NUMBER, "The local value as an exact number, if it is one."),
                        Column.optional("unit", STRING,
                                "The unit of the local number (GBP, years, percent, days, working-days, weeks, ...)."),
                        Column.required("differs", BOOLEAN, "true when the local value reads differently from the national one."),
                        Column.optional("minimum", NUMBER, "The smallest local value of the figure, over every local version."),
                        Column.optional("median", NUMBER, "The median local value of the figure."),
                        Column.optional("maximum", NUMBER, "The largest local value of the figure."),
                        Column.required("differing_figures", INTEGER,
                                "How many figures of this local pack differ from the national pack."),
                        Column.required("differs_most", BOOLEAN,
                                "true when no other local version of the pack differs in more figures (and this one "
                                        + "differs in one at least)."))
                .primaryKey(PACK_KEY.name(), "figure_id");
        List<Pack> national = packs.stream().filter(p -> p.adoption().isEmpty()).map(BundledPack::pack).toList();
        List<Pack> local = packs.stream().filter(p -> p.adoption().isPresent())
                .map(p -> p.pack().local().isPresent() ? p.pack() : p.pack().withLocal(p.adoption().get())).toList();
        Map<String, BundledPack> byKey = packs.stream()
                .collect(Collectors.toMap(BundledPack::key, Function.identity(), (a, b) -> a));
        List<LineComparison> comparisons = new LocalVersionComparer(Vocabulary.standard()).compareAll(
                national.stream().sorted(java.util.Comparator.comparing(Pack::id)).toList(), local);
        for (LineComparison c : comparisons) {
            List<Integer> byPackKey = java.util.stream.IntStream.range(0, c.versions().size()).boxed()
                    .sorted(java.util.Comparator.comparing(i -> c.versions().get(i).pack())).toList();
            for (int v : byPackKey) {
                Version version = c.versions().get(v);
                BundledPack pack = byKey.get(version.pack());
                for (Figure f : c.figures()) {
                    Value n = f.national();
                    Value l = f.local().get(v);
                    Spread s = f.spread();
                    t.row(BundleTable.row(pack, c.serviceLine(), f.id(), f.group(), f.label(), n.text(), l.text(),
                            n.number(), l.number(), l.unit(), f.differs().get(v),
                            s == null ? null : s.minimum(), s == null ? null : s.median(), s == null ? null : s.maximum(),
                            version.differing(), version.differsMost()));
                }
            }
        }
        return t.build();
    }
}
