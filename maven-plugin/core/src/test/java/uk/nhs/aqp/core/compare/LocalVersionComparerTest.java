package uk.nhs.aqp.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/** Local versions of a pack beside the national pack: values, spread, and who differs most. */
class LocalVersionComparerTest {

    @TempDir
    static Path work;

    private static ValidationResult four;
    private static final LocalVersionComparer COMPARER = new LocalVersionComparer(Vocabulary.standard());

    @BeforeAll
    static void validate() throws IOException {
        four = ComparisonFixture.fourVersions(work.resolve("four"));
    }

    private static LineComparison comparison() {
        List<LineComparison> all = COMPARER.compareAll(four.packs(), four.localPacks());
        assertEquals(1, all.size(), "one national pack has local versions");
        return all.get(0);
    }

    private static Figure figure(LineComparison c, String id) {
        return c.figures().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void puts_every_local_version_beside_the_national_value_exactly() {
        LineComparison c = comparison();
        assertEquals(List.of("ccg-a", "ccg-b", "ccg-c", "ccg-d"),
                c.versions().stream().map(Version::commissionerId).toList(), "by commissioner name");
        Figure price = figure(c, "price:DM-T-01");
        assertEquals("price", price.group());
        assertEquals("Standard episode", price.label());
        assertEquals("£44.00", price.national().text());
        assertEquals(List.of("£40.00", "£44.00", "£50.01", "£50.02"), price.local().stream().map(Value::text).toList());
        assertEquals(new BigDecimal("44.00"), price.national().number());
        assertEquals(2, price.national().number().scale(), "money keeps two places");
        assertEquals(List.of(true, false, true, true), price.differs());
        assertEquals(List.of("price", "price", "age", "age", "referral", "wait", "wait", "target", "target"),
                c.figures().stream().map(Figure::group).toList(), "prices, ages, referral routes, waits, targets");
        assertEquals("Who can refer", figure(c, "referral-sources").label(), "labels from the vocabulary");
        assertEquals("GP", figure(c, "referral-sources").national().text());
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two_rounded_to_the_penny() {
        Spread s = figure(comparison(), "price:DM-T-01").spread();
        assertEquals(new BigDecimal("40.00"), s.minimum());
        assertEquals(new BigDecimal("47.01"), s.median(), "(44.00 + 50.01) / 2 = 47.005, half up");
        assertEquals(new BigDecimal("50.02"), s.maximum());
        assertEquals(List.of("£40.00", "£47.01", "£50.02"), List.of(s.minimumText(), s.medianText(), s.maximumText()));
        assertEquals(4, s.count());
    }

    @Test
    void the_median_of_an_odd_count_is_the_middle_value_and_ages_are_not_rounded() {
        Spread odd = Spread.of(List.of(new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("2")), Optional.empty(),
                BigDecimal::toPlainString).orElseThrow();
        assertEquals(new BigDecimal("2"), odd.median());
        Spread even = Spread.of(List.of(new BigDecimal("50"), new BigDecimal("55")), Optional.empty(),
                BigDecimal::toPlainString).orElseThrow();
        assertEquals(new BigDecimal("52.5"), even.median(), "exact when not money");
        Spread ages = figure(comparison(), "age.max").spread();
        assertEquals(List.of("80 years", "99 years", "99 years"), List.of(ages.minimumText(), ages.medianText(),
                ages.maximumText()));
    }

    @Test
    void marks_the_commissioners_with_the_most_differing_figures() {
        LineComparison c = comparison();
        assertEquals(List.of(1, 0, 2, 1), c.versions().stream().map(Version::differing).toList());
        assertEquals(List.of("ccg-c"), c.differMost().stream().map(Version::commissionerId).toList(),
                "C changes a price and an age; the others one figure or none");
        assertEquals(2, c.mostDiffering());
    }

    @Test
    void every_version_that_ties_for_most_is_marked_and_none_when_nothing_differs() throws IOException {
        Path project = ComparisonFixture.base(work.resolve("ties"));
        ComparisonFixture.local(project, "ccg-x", "NHS X CCG", ComparisonFixture.price("41.00"));
        ComparisonFixture.local(project, "ccg-y", "NHS Y CCG", ComparisonFixture.maxAge(70));
        ValidationResult v = ComparisonFixture.validate(project);
        LineComparison c = COMPARER.compareAll(v.packs(), v.localPacks()).get(0);
        assertEquals(List.of("ccg-x", "ccg-y"), c.differMost().stream().map(Version::commissionerId).toList());

        Path same = ComparisonFixture.base(work.resolve("same"));
        ComparisonFixture.local(same, "ccg-z", "NHS Z CCG", "");
        ValidationResult unchanged = ComparisonFixture.validate(same);
        LineComparison u = COMPARER.compareAll(unchanged.packs(), unchanged.localPacks()).get(0);
        assertEquals(List.of(), u.differMost(), "no version differs, so none is marked");
        assertEquals(0, u.mostDiffering());
    }

    @Test
    void a_pack_with_no_local_versions_has_no_comparison_page_and_no_spread() throws IOException {
        ValidationResult none = ComparisonFixture.validate(ComparisonFixture.base(work.resolve("none")));
        assertEquals(List.of(), COMPARER.compareAll(none.packs(), none.localPacks()));
        LineComparison alone = COMPARER.compare(none.packs().get(0), List.of());
        assertEquals(List.of(), alone.versions());
        assertFalse(alone.figures().isEmpty(), "the national figures are still listed");
        assertTrue(alone.figures().stream().allMatch(f -> !f.hasSpread()));
        assertNull(alone.figures().get(0).spread());
        assertEquals(List.of(), alone.differMost());
    }

    @Test
    void a_kpi_only_a_local_version_has_is_compared_as_absent_nationally() throws IOException {
        Path project = ComparisonFixture.base(work.resolve("added"));
        ComparisonFixture.local(project, "ccg-k", "NHS K CCG", """
                  - op: add
                    target: kpis/kpis
                    value:
                      id: TST-KPI-01
                      name: Local indicator
                      definition: Something local.
                      numerator: Local things.
                      denominator: All things.
                      target: {value: 50, unit: percent, direction: at-least, evidence: {basis: illustrative}}
                      frequency: quarterly
                      dataSource: Local system.
                      domain: safety
                    rationale: A local priority.
                """);
        ValidationResult v = ComparisonFixture.validate(project);
        LineComparison c = COMPARER.compareAll(v.packs(), v.localPacks()).get(0);
        Figure added = figure(c, "target:TST-KPI-01");
        assertEquals("target", c.figures().get(c.figures().size() - 1).group(), "with the other targets, last");
        assertEquals("target:TST-KPI-01", c.figures().get(c.figures().size() - 1).id());
        assertFalse(added.national().present());
        assertEquals("Not in this version", added.national().text());
        assertEquals("at least 50%", added.local().get(0).text());
        assertEquals(List.of(true), added.differs());
    }

    @Test
    void values_in_different_units_have_no_spread_but_still_differ() throws IOException {
        Path project = ComparisonFixture.base(work.resolve("units"));
        ComparisonFixture.local(project, "ccg-u", "NHS U CCG", """
                  - op: set
                    target: specification/scope/access/firstAppointmentWithin/unit
                    value: working-days
                    was: weeks
                    rationale: Local waits are counted in working days.
                """);
        ComparisonFixture.local(project, "ccg-v", "NHS V CCG", "");
        ValidationResult v = ComparisonFixture.validate(project);
        Figure wait = figure(COMPARER.compareAll(v.packs(), v.localPacks()).get(0), "wait.first");
        assertEquals("4 weeks", wait.national().text());
        assertEquals(List.of("4 working days", "4 weeks"), wait.local().stream().map(Value::text).toList());
        assertEquals(List.of(true, false), wait.differs(), "the same number in another unit differs");
        assertFalse(wait.hasSpread(), "weeks and working days are not put on one scale");
        Figure urgent = figure(COMPARER.compareAll(v.packs(), v.localPacks()).get(0), "wait.urgent");
        assertEquals("None set", urgent.national().text(), "a wait the pack does not set");
        assertFalse(urgent.hasSpread());
    }
}
