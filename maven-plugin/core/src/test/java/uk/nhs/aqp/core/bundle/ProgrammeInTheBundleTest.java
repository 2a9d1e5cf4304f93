package uk.nhs.aqp.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.compare.ComparisonFixture;
import uk.nhs.aqp.core.compare.RegisterFixture;

/**
 * The bundle carries the programme: the register (commissioners, decisions, stocktake), the local
 * versions of each pack compared, and each SHA's return as a table and as its own CSV and workbook,
 * every one described by a Table Schema that matches its rows.
 */
class ProgrammeInTheBundleTest {

    @TempDir
    static Path project;

    private static Map<String, byte[]> files;
    private static JsonNode manifest;

    @BeforeAll
    static void bundle() throws IOException {
        ComparisonFixture.fourVersions(project);
        RegisterFixture.add(project);
        BundleResult result = BundleFixtures.bundle(project);
        assertTrue(result.written(), () -> result.validation().diagnostics().toString());
        files = result.bundle().orElseThrow().files();
        manifest = new ObjectMapper().readTree(files.get("datapackage.json"));
    }

    @Test
    void a_rule_the_cluster_breaks_is_in_its_shas_return_in_words() {
        List<Map<String, String>> rows = records("returns/test-sha.csv");
        List<Map<String, String>> rules = rows.stream().filter(r -> r.get("entry").equals("rule")).toList();
        assertEquals(List.of("register.alternative-unassessed", "register.free-zone"),
                rules.stream().map(r -> r.get("rule_id")).sorted().toList());
        Map<String, String> freeZone = rules.stream().filter(r -> r.get("rule_id").equals("register.free-zone"))
                .findFirst().orElseThrow();
        assertEquals("test-cluster", freeZone.get("commissioner"));
        assertEquals("Locality 'east' of Test PCT Cluster has no service chosen, planned or offered as an "
                + "alternative; the programme allows no AQP free zones.", freeZone.get("finding"));
        assertEquals("A locality has no AQP service (an AQP free zone).", freeZone.get("rule"));
        assertFalse(String.join(" ", rules.stream().map(Map::toString).toList()).contains("commissioner.yaml"),
                "no file or line in a return");
        Map<String, String> alternative = rules.stream()
                .filter(r -> r.get("rule_id").equals("register.alternative-unassessed")).findFirst().orElseThrow();
        assertEquals("psychological-therapies", alternative.get("service_line"), "the decision the rule is about");
        List<Map<String, String>> decisions = rows.stream().filter(r -> r.get("entry").equals("decision")).toList();
        assertEquals(8, decisions.size(), "each of the cluster's choices");
        assertEquals("2011-10-28", decisions.get(0).get("notified"));
        assertEquals("Community physiotherapy self-referral", decisions.stream()
                .filter(r -> r.get("decision").equals("alternative")).findFirst().orElseThrow().get("alternative"));
        assertEquals(rows, records("tables/sha_returns.csv"), "the SHA's file holds its rows of the whole table");
    }

    @Test
    void each_return_has_a_workbook_too() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get("returns/test-sha-workbook.xlsx")))) {
            assertEquals(List.of("about", "return"), List.of(workbook.getSheetAt(0).getSheetName(),
                    workbook.getSheetAt(1).getSheetName()));
            assertEquals(records("returns/test-sha.csv").size(), workbook.getSheet("return").getLastRowNum());
        }
    }

    @Test
    void the_comparison_table_gives_each_local_value_the_spread_and_who_differs_most() {
        List<Map<String, String>> price = records("tables/comparisons.csv").stream()
                .filter(r -> r.get("figure_id").equals("price:DM-T-01")).toList();
        assertEquals(List.of("local/ccg-a/demo", "local/ccg-b/demo", "local/ccg-c/demo", "local/ccg-d/demo",
                "local/test-cluster/demo"), price.stream().map(r -> r.get("pack_key")).toList(), "sorted by pack key");
        Map<String, String> c = price.get(2);
        assertEquals(List.of("£44.00", "£50.01", "44.00", "50.01", "GBP", "true"), List.of(c.get("national_value"),
                c.get("local_value"), c.get("national_number"), c.get("local_number"), c.get("unit"), c.get("differs")));
        assertEquals(List.of("40.00", "44.00", "50.02"), List.of(c.get("minimum"), c.get("median"), c.get("maximum")),
                "five versions: 40.00, 44.00, 44.00, 50.01, 50.02");
        assertEquals(List.of("2", "true"), List.of(c.get("differing_figures"), c.get("differs_most")));
        assertEquals("false", price.get(0).get("differs_most"));
    }

    @Test
    void the_register_is_in_three_tables_and_every_table_schema_matches_its_rows() {
        assertEquals(List.of("ccg-a", "ccg-b", "ccg-c", "ccg-d", "test-cluster", "test-sha"),
                records("tables/commissioners.csv").stream().map(r -> r.get("commissioner")).toList());
        assertEquals(8, records("tables/decisions.csv").size());
        List<Map<String, String>> stocktake = records("tables/stocktake.csv");
        assertEquals(1, stocktake.size());
        assertEquals(List.of("adult-hearing", "block", "high"), List.of(stocktake.get(0).get("service_line"),
                stocktake.get(0).get("current_contract"), stocktake.get(0).get("incumbent_risk")));
        int checked = 0;
        for (JsonNode r : manifest.get("resources")) {
            if (!"tabular-data-resource".equals(r.path("profile").asText())) continue;
            List<String> fields = new ArrayList<>();
            r.get("schema").get("fields").forEach(f -> fields.add(f.get("name").asText()));
            List<List<String>> rows = CsvReader.rows(text(r.get("path").asText()));
            assertEquals(fields, rows.get(0), r.get("path").asText());
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(fields.size(), row.size(), r.get("path").asText());
                for (int i = 0; i < fields.size(); i++) {
                    JsonNode field = r.get("schema").get("fields").get(i);
                    if (field.get("constraints").get("required").asBoolean()) {
                        assertFalse(row.get(i).isEmpty(), r.get("path").asText() + " " + fields.get(i));
                    }
                    if (field.get("constraints").has("enum") && !row.get(i).isEmpty()) {
                        assertTrue(field.get("constraints").get("enum").toString().contains("\"" + row.get(i) + "\""),
                                r.get("path").asText() + " " + fields.get(i) + "=" + row.get(i));
                    }
                }
            }
            checked++;
        }
        assertEquals(17, checked, "the seven pack tables, five of the programme, four of qualification (empty here),"
                + " and the SHA's return");
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
