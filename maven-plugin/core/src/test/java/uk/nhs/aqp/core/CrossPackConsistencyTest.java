package uk.nhs.aqp.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Specification;

/**
 * The eight national packs read as one set: the programme's lead and buddy regions, one id
 * convention per pack (PREFIX-KIND-NN with a prefix of its own), and no id shared between packs.
 */
class CrossPackConsistencyTest {

    private static final Pattern ITEM_ID = Pattern.compile("([A-Z]+)-([A-Z]+)-(\\d{2})");
    private static List<Pack> packs;

    @TempDir
    static java.nio.file.Path out;

    @BeforeAll
    static void load() {
        java.nio.file.Path root = TestPaths.repositoryRoot();
        ValidateRequest base = ValidateRequest.forProject(root);
        ValidateRequest request = new ValidateRequest(root, root.resolve("packs"), Optional.empty(), out,
                base.failOn(), base.limits());
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            packs = toolkit.validate(request, BuildLog.silent()).packs();
        }
    }

    @Test
    void all_eight_service_lines_have_a_pack_with_the_programme_regions() {
        Map<String, String> regions = new TreeMap<>();
        packs.forEach(p -> regions.put(p.id(), p.manifest().leadRegion() + " " + p.manifest().buddyRegions()));
        assertEquals(Map.of(
                "msk-back-neck-pain", "london [south-central]",
                "adult-hearing", "north-east [west-midlands, south-central]",
                "continence", "north-west []",
                "diagnostics-direct-access", "south-west [yorkshire-and-the-humber, north-east, east-midlands]",
                "wheelchairs", "east-of-england [south-west, london]",
                "podiatry", "east-midlands [south-east-coast]",
                "leg-ulcer-wound-healing", "south-east-coast []",
                "psychological-therapies", "west-midlands [south-west]"), regions);
        assertEquals(8, packs.stream().map(p -> p.manifest().serviceLine()).distinct().count());
    }

    @Test
    void each_pack_uses_one_id_prefix_of_its_own_and_no_id_is_shared() {
        Map<String, String> prefixOwner = new HashMap<>();
        Map<String, String> idOwner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Pack p : packs) {
            Set<String> prefixes = new TreeSet<>();
            for (String id : ids(p)) {
                Matcher m = ITEM_ID.matcher(id);
                if (!m.matches()) {
                    problems.add(p.id() + ": id " + id + " is not PREFIX-KIND-NN");
                    continue;
                }
                prefixes.add(m.group(1));
                String other = idOwner.putIfAbsent(id, p.id());
                if (other != null && !other.equals(p.id())) problems.add(id + " is used by " + other + " and " + p.id());
            }
            if (prefixes.size() != 1) problems.add(p.id() + " uses prefixes " + prefixes);
            prefixes.forEach(prefix -> {
                String other = prefixOwner.putIfAbsent(prefix, p.id());
                if (other != null && !other.equals(p.id())) problems.add("prefix " + prefix + " used by " + other + " and " + p.id());
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void kpis_span_at_least_three_outcome_domains_in_every_pack() {
        for (Pack p : packs) {
            long domains = p.kpis().kpis().stream().map(k -> k.domain()).distinct().count();
            assertTrue(domains >= 3, p.id() + " KPIs span " + domains + " domains");
            assertTrue(p.kpis().kpis().size() >= 6, p.id());
            assertTrue(p.specification().scope().exclusions().size() >= 4, p.id());
            assertTrue(p.qualification().criteria().size() >= 3, p.id());
            assertTrue(p.qualification().amendments().size() >= 2, p.id());
            assertTrue(p.patientChoice().items().size() >= 6, p.id());
            assertTrue(p.currency().tariffs().size() >= 2, p.id());
        }
    }

    /**
     * The Department's definitions of the service lines (its AQP page, October 2011): back and neck
     * pain for adults of 18 and over; adult hearing for age-acquired loss at 55 and over on GP
     * referral only; psychological therapies from 16 with self-referral; continence on referral
     * and self-referral.
     */
    @Test
    void age_bounds_and_referral_routes_follow_the_programme_service_definitions() {
        assertEquals(18, eligibility("msk-back-neck-pain").age().min());
        Specification.Eligibility hearing = eligibility("adult-hearing");
        assertEquals(55, hearing.age().min());
        assertEquals(List.of("gp"), hearing.referralSources());
        Specification.Eligibility therapies = eligibility("psychological-therapies");
        assertEquals(16, therapies.age().min());
        assertTrue(therapies.referralSources().contains("self-referral"), therapies.referralSources().toString());
        assertTrue(therapies.referralSources().contains("gp"), therapies.referralSources().toString());
        List<String> continence = eligibility("continence").referralSources();
        assertTrue(continence.contains("self-referral"), continence.toString());
        assertTrue(continence.stream().anyMatch(s -> !s.equals("self-referral")), continence.toString());
    }

    private static Specification.Eligibility eligibility(String packId) {
        return packs.stream().filter(p -> p.id().equals(packId)).findFirst()
                .orElseThrow(() -> new AssertionError("no national pack " + packId))
                .specification().scope().eligibility();
    }

    private static List<String> ids(Pack p) {
        return Stream.of(
                p.kpis().kpis().stream().map(k -> k.id()),
                p.specification().outcomes().measures().stream().map(m -> m.id()),
                p.specification().scope().components().stream().map(c -> c.id()),
                p.specification().scope().exclusions().stream().map(e -> e.id()),
                p.specification().qualityRequirements().stream().map(q -> q.id()),
                p.currency().currencies().stream().map(c -> c.id()),
                p.currency().tariffs().stream().map(t -> t.id()),
                p.qualification().criteria().stream().map(c -> c.id()),
                p.qualification().amendments().stream().map(a -> a.id()),
                p.patientChoice().items().stream().map(i -> i.id()))
                .flatMap(s -> s).toList();
    }
}
