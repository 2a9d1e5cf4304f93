package uk.nhs.aqp.core.qualify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;

/**
 * The example applications in the repository (two commissioners, two service lines, three each,
 * all illustrative) dry-run as their comments say: for each pack one passes every check a machine
 * can make, one fails a criterion and one has missing answers. The reports stay in
 * {@code target/repository-dry-run/} to look at.
 */
class RepositoryApplicationsTest {

    @Test
    void each_example_pack_has_a_passing_a_failing_and_an_incomplete_illustrative_application() {
        Path root = TestPaths.repositoryRoot();
        ValidateRequest validation = ValidateRequest.forProject(root);
        Path out = root.resolve("maven-plugin/core/target/repository-dry-run");
        QualifyResult result;
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            result = toolkit.qualify(new QualifyRequest(validation, out, false), BuildLog.silent());
        }
        assertTrue(result.written(), result.validation().summary());
        Map<String, List<String>> byPack = new TreeMap<>();
        for (ApplicationResult r : result.applications()) {
            assertTrue(r.application().illustrative(), r.file() + " is marked illustrative");
            assertTrue(r.application().provider().name().endsWith("(illustrative)"), r.file());
            byPack.computeIfAbsent(r.packKey(), k -> new java.util.ArrayList<>()).add(r.overall().value());
        }
        Map<String, List<String>> sorted = byPack.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().sorted().toList(), (a, b) -> a, TreeMap::new));
        List<String> three = List.of("fail", "missing", "to-assess");
        assertEquals(Map.of("calderdale-ccg/adult-hearing", three, "calderdale-ccg/diagnostics-direct-access", three,
                "new-devon-ccg/adult-hearing", three, "new-devon-ccg/diagnostics-direct-access", three), sorted);
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        ApplicationResult failing = result.applications().stream()
                .filter(r -> r.application().provider().id().equals("moorside-audiology")).findFirst().orElseThrow();
        Finding wait = failing.criteria().stream().filter(f -> f.id().equals("AH-QC-08")).findFirst().orElseThrow();
        assertEquals("4 weeks offered, the pack's first-appointment wait is 16 working days: longer than the pack allows",
                wait.reason(), "Calderdale's own wait, not the national 20 working days");
    }
}
