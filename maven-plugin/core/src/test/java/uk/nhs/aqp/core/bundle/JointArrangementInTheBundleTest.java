package uk.nhs.aqp.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.TestPaths;

/**
 * A member of a joint arrangement in the bundle: its pack JSON names the arrangement and gives each
 * variation its layer, and variations.csv says which rows are the arrangement's.
 */
class JointArrangementInTheBundleTest {

    @TempDir
    static Path project;

    private static Map<String, byte[]> files;

    @BeforeAll
    static void bundle() throws IOException {
        BundleFixtures.demoProject(project, Map.of());
        TestPaths.copyTree(TestPaths.casesFolder().resolve(
                "joint_member_adopts_its_arrangement_with_a_change_of_its_own/packs"), project.resolve("packs"));
        BundleResult result = BundleFixtures.bundle(project);
        assertTrue(result.written(), result.validation().diagnostics().toString());
        files = BundleFixtures.files(result.directory().orElseThrow());
    }

    @Test
    void a_member_pack_names_its_arrangement_and_the_layer_of_each_variation() throws IOException {
        JsonNode member = new ObjectMapper().readTree(files.get("packs/local/member-a-ccg/demo.json"));
        assertEquals("lead-ccg/demo", member.at("/base/joint").asText());
        assertEquals("1.0.0", member.at("/base/jointVersion").asText());
        assertEquals("1.1.0", member.at("/base/version").asText(), "the national version below the arrangement");
        List<String> layers = new java.util.ArrayList<>();
        member.get("variations").forEach(v -> layers.add(v.get("layer").asText()));
        assertEquals(List.of("arrangement", "arrangement", "arrangement", "own"), layers);
        JsonNode lead = new ObjectMapper().readTree(files.get("packs/local/lead-ccg/demo.json"));
        assertFalse(lead.get("base").has("joint"), "the lead adapts the national pack itself");
    }

    @Test
    void variations_csv_says_which_rows_come_from_the_arrangement() {
        List<List<String>> rows = CsvReader.rows(new String(files.get("tables/variations.csv"), StandardCharsets.UTF_8));
        int layer = rows.get(0).indexOf("layer");
        int key = rows.get(0).indexOf("pack_key");
        List<String> memberA = rows.stream().skip(1).filter(r -> r.get(key).equals("local/member-a-ccg/demo"))
                .map(r -> r.get(layer)).toList();
        assertEquals(List.of("arrangement", "arrangement", "arrangement", "own"), memberA);
    }
}
