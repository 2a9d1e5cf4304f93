package uk.nhs.aqp.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.TestPaths;

/**
 * The bundle carries qualification as four tables with Table Schemas: each application's dry-run
 * verdict, the outcome of each of its questions, criteria and items (no evidence, no person), each
 * commissioner's register of qualified providers, and the choice directory that follows from it.
 */
class QualificationInTheBundleTest {

    @TempDir
    static Path project;

    private static Map<String, byte[]> files;
    private static JsonNode manifest;

    @BeforeAll
    static void bundle() throws IOException {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        TestPaths.copyTree(TestPaths.casesFolder().resolve("qualified_providers_register_is_checked_cleanly/packs"),
                project.resolve("packs"));
        BundleResult result = BundleFixtures.bundle(project);
        assertTrue(result.written(), () -> result.validation().diagnostics().toString());
        files = result.bundle().orElseThrow().files();
        manifest = new ObjectMapper().readTree(files.get("datapackage.json"));
    }

    @Test
    void each_application_has_its_verdict_and_each_answer_its_outcome_without_the_evidence() {
        List<Map<String, String>> apps = records("tables/applications.csv");
        assertEquals(List.of("example-clinic:to-assess", "other-clinic:fail"),
                apps.stream().map(r -> r.get("provider") + ":" + r.get("overall")).toList());
        assertEquals("local/test-ccg/demo", apps.get(0).get("pack_key"));
        List<Map<String, String>> results = records("tables/application_results.csv");
        Map<String, String> c1 = results.stream()
                .filter(r -> r.get("provider").equals("other-clinic") && r.get("item_id").equals("C1")).findFirst()
                .orElseThrow();
        assertEquals(List.of("question", "fail"), List.of(c1.get("part"), c1.get("outcome")));
        String all = text("tables/application_results.csv") + text("tables/applications.csv");
        assertFalse(all.contains("Clinical lead's registration"), "no document or statement of the evidence");
    }

    @Test
    void the_register_and_the_directory_are_tables_too() {
        List<Map<String, String>> register = records("tables/qualified_providers.csv");
        assertEquals(List.of("example-clinic:qualified", "other-clinic:not-qualified"),
                register.stream().map(r -> r.get("provider") + ":" + r.get("decision")).toList());
        assertTrue(register.get(1).get("reason").startsWith("It will not deliver"));
        List<Map<String, String>> directory = records("tables/choice_directory.csv");
        assertEquals(1, directory.size(), "one qualified provider, one patient-choice item");
        assertEquals(List.of("example-clinic", "DM-PC-01", "waiting-time", "First appointment within 3 weeks", "true"),
                List.of(directory.get(0).get("provider"), directory.get(0).get("item_id"), directory.get(0).get("topic"),
                        directory.get(0).get("offer"), directory.get(0).get("illustrative")));
    }

    @Test
    void every_qualification_table_has_a_table_schema() {
        List<String> described = new ArrayList<>();
        for (JsonNode r : manifest.get("resources")) {
            String path = r.path("path").asText();
            if (List.of("tables/applications.csv", "tables/application_results.csv", "tables/qualified_providers.csv",
                    "tables/choice_directory.csv").contains(path)) {
                assertTrue(r.get("schema").get("fields").size() > 3, path);
                assertTrue(r.get("schema").has("primaryKey"), path);
                described.add(path);
            }
        }
        assertEquals(4, described.size(), described.toString());
    }

    private static List<Map<String, String>> records(String path) {
        List<List<String>> rows = CsvReader.rows(text(path));
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> record = new HashMap<>();
            for (int i = 0; i < row.size(); i++) {
                record.put(rows.get(0).get(i), row.get(i));
            }
            out.add(record);
        }
        return out;
    }

    private static String text(String path) {
        byte[] content = files.get(path);
        assertTrue(content != null, path + " is in the bundle");
        return new String(content, StandardCharsets.UTF_8);
    }
}
