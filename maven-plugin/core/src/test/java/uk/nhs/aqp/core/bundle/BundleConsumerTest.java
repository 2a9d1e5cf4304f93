package uk.nhs.aqp.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer of the published bundle: it has only the zip, and checks what a contract tool or an
 * analyst relies on, using nothing of the toolkit: every file's size and hash against
 * datapackage.json, every JSON document against the schemas in the zip, every CSV read by its
 * Table Schema, and the workbook's sheets against the tables.
 */
class BundleConsumerTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final String SCHEMA_BASE = "https://consumer.invalid/bundle/";

    @TempDir
    static Path out;

    private static Map<String, byte[]> zip;
    private static JsonNode manifest;

    @BeforeAll
    static void downloadTheZip() throws IOException {
        BundleResult result = BundleFixtures.bundleRepository(out, BundleFixtures.PUBLISHED);
        assertTrue(result.written(), () -> result.validation().diagnostics().toString());
        zip = BundleFixtures.unzip(Files.readAllBytes(result.zip().orElseThrow()));
        manifest = JSON.readTree(zip.get("datapackage.json"));
    }

    @Test
    void every_file_in_the_zip_has_the_size_and_hash_the_manifest_gives() throws Exception {
        Set<String> listed = new TreeSet<>();
        for (JsonNode r : manifest.get("resources")) {
            String path = r.get("path").asText();
            listed.add(path);
            byte[] content = zip.get(path);
            assertTrue(content != null, path + " is listed but not in the zip");
            assertEquals(r.get("bytes").asLong(), content.length, path);
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            assertEquals("sha256:" + sha256, r.get("hash").asText(), path);
            assertFalse(r.path("mediatype").asText().isEmpty(), path);
        }
        Set<String> inZip = new TreeSet<>(zip.keySet());
        inZip.remove("datapackage.json");
        assertEquals(inZip, listed, "the manifest lists exactly the zip's files");
        assertEquals(new ArrayList<>(new TreeSet<>(zip.keySet())), new ArrayList<>(zip.keySet()), "entries are sorted");
    }

    @Test
    void manifest_names_publisher_licence_version_and_publication_date() {
        assertEquals("aqp-packs", manifest.get("name").asText());
        assertEquals("1.0.0", manifest.get("version").asText());
        assertEquals("2026-01-01", manifest.get("published").asText());
        assertEquals("2026-01-01T00:00:00Z", manifest.get("created").asText());
        assertEquals("Department of Health", manifest.get("publisher").asText());
        assertEquals("publisher", manifest.get("contributors").get(0).get("role").asText());
        JsonNode licence = manifest.get("licenses").get(0);
        assertEquals("OGL-UK-3.0", licence.get("name").asText());
        assertEquals("Open Government Licence v3.0", licence.get("title").asText());
    }

    @Test
    void every_json_document_conforms_to_its_schema_from_the_zip() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                        .schemas(iri -> iri.startsWith(SCHEMA_BASE) ? text(iri.substring(SCHEMA_BASE.length()).split("#")[0])
                                : null));
        int packs = 0;
        for (JsonNode r : manifest.get("resources")) {
            String schema = r.path("schema").asText("");
            if (!schema.startsWith("schema/")) {
                continue;
            }
            Schema compiled = registry.getSchema(SchemaLocation.of(SCHEMA_BASE + schema));
            String path = r.get("path").asText();
            List<Error> errors = compiled.validate(text(path), InputFormat.JSON);
            assertEquals(List.of(), errors.stream().map(Error::toString).toList(), path);
            packs += path.startsWith("packs/") ? 1 : 0;
        }
        assertTrue(packs >= 2, "every national pack is in the bundle");
        assertTrue(zip.containsKey("standard/qualification-questionnaire.json"));
        assertTrue(zip.containsKey("schema/resolved-pack.schema.json"));
    }

    @Test
    void prices_are_exact_decimals_to_the_penny_in_json_and_csv() throws IOException {
        int prices = 0;
        for (String path : zip.keySet()) {
            if (path.startsWith("packs/")) {
                for (JsonNode tariff : JSON.readTree(zip.get(path)).get("currency").get("tariffs")) {
                    BigDecimal price = tariff.get("price").decimalValue();
                    assertEquals(2, price.scale(), path + " " + tariff.get("id") + " " + price);
                    prices++;
                }
            }
        }
        assertTrue(prices > 0);
        List<Map<String, String>> tariffs = records("tables/tariffs.csv");
        assertEquals(prices, tariffs.size());
        for (Map<String, String> row : tariffs) {
            assertTrue(row.get("price_gbp").matches("^[0-9]+\\.[0-9]{2}$"), row.toString());
        }
        assertTrue(text("packs/adult-hearing.json").contains("\"price\": 375.00,"));
    }

    @Test
    void every_table_reads_by_its_table_schema_with_keys_that_hold() throws IOException {
        Map<String, Set<List<String>>> keysByResource = new HashMap<>();
        Map<String, JsonNode> tables = new HashMap<>();
        for (JsonNode r : manifest.get("resources")) {
            if ("tabular-data-resource".equals(r.path("profile").asText())) {
                tables.put(r.get("name").asText(), r);
            }
        }
        assertEquals(Set.of("tables/packs", "tables/kpis", "tables/tariffs", "tables/qualification-criteria",
                "tables/eligibility", "tables/variations", "tables/adoptions", "tables/comparisons",
                "tables/commissioners", "tables/decisions", "tables/stocktake", "tables/sha_returns",
                "tables/applications", "tables/application_results", "tables/qualified_providers",
                "tables/choice_directory", "returns/example-sha"), tables.keySet());
        for (JsonNode r : tables.values()) {
            keysByResource.put(r.get("name").asText(), checkTable(r));
        }
        for (JsonNode r : tables.values()) {
            for (JsonNode fk : r.get("schema").path("foreignKeys")) {
                String field = fk.get("fields").get(0).asText();
                String target = fk.get("reference").get("resource").asText();
                Set<String> known = new HashSet<>();
                for (Map<String, String> row : records(tables.get(target).get("path").asText())) {
                    known.add(row.get(fk.get("reference").get("fields").get(0).asText()));
                }
                for (Map<String, String> row : records(r.get("path").asText())) {
                    assertTrue(known.contains(row.get(field)), r.get("name") + ": " + row.get(field));
                }
            }
        }
        assertTrue(keysByResource.get("tables/kpis").size() > 10);
        assertTrue(keysByResource.get("tables/eligibility").size() > 2);
        assertTrue(keysByResource.get("tables/qualification-criteria").size() > 2);
        assertTrue(keysByResource.get("tables/variations").size() > 20, "every local variation has a row");
        assertTrue(keysByResource.get("tables/adoptions").size() >= 8, "every local pack has an adoption row");
        assertTrue(keysByResource.get("tables/comparisons").size() >= 8 * 9, "every local pack, every figure");
        assertTrue(keysByResource.get("tables/commissioners").size() >= 12, "every commissioner of the register");
        assertTrue(keysByResource.get("tables/decisions").size() >= 16, "the decisions of the example clusters");
        assertTrue(keysByResource.get("tables/stocktake").size() >= 2);
        assertEquals(12, keysByResource.get("tables/applications").size(), "the twelve example applications");
        assertTrue(keysByResource.get("tables/application_results").size() > 12 * 30, "every answer of each");
        assertEquals(12, keysByResource.get("tables/qualified_providers").size(), "a decision on each");
        assertTrue(keysByResource.get("tables/choice_directory").size() >= 4 * 10,
                "the four qualified providers, every patient-choice item of their packs");
        assertEquals(keysByResource.get("returns/example-sha").size(), keysByResource.get("tables/sha_returns").stream()
                .filter(k -> k.get(0).equals("example-sha")).count(), "the SHA's own file holds its rows of the return");
    }

    @Test
    void workbook_has_an_about_sheet_then_a_sheet_per_table_with_header_filter_and_the_csv_rows() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(zip.get("aqp-packs.xlsx")))) {
            assertEquals("about", workbook.getSheetAt(0).getSheetName());
            int sheet = 1;
            for (JsonNode r : manifest.get("resources")) {
                if (!"tabular-data-resource".equals(r.path("profile").asText())
                        || !r.get("path").asText().startsWith("tables/")) {
                    continue; // an SHA's return (returns/) has its own workbook
                }
                String name = r.get("path").asText().replace("tables/", "").replace(".csv", "");
                XSSFSheet s = workbook.getSheet(name);
                assertTrue(s != null, "a sheet for " + name);
                List<List<String>> csv = CsvReader.rows(text(r.get("path").asText()));
                Row header = s.getRow(0);
                for (int c = 0; c < csv.get(0).size(); c++) {
                    assertEquals(csv.get(0).get(c), header.getCell(c).getStringCellValue());
                    assertTrue(workbook.getFontAt(header.getCell(c).getCellStyle().getFontIndex()).getBold());
                }
                assertEquals(csv.size() - 1, s.getLastRowNum(), name + " rows");
                assertTrue(s.getCTWorksheet().isSetAutoFilter(), name + " has filters");
                assertTrue(s.getPaneInformation().isFreezePane(), name + " keeps its header in view");
                sheet++;
            }
            assertEquals(sheet, workbook.getNumberOfSheets());
            XSSFSheet tariffs = workbook.getSheet("tariffs");
            int priceColumn = CsvReader.rows(text("tables/tariffs.csv")).get(0).indexOf("price_gbp");
            var price = tariffs.getRow(1).getCell(priceColumn);
            assertEquals(CellType.NUMERIC, price.getCellType());
            assertEquals("#,##0.00", price.getCellStyle().getDataFormatString());
        }
    }

    /** Reads one table by its Table Schema; returns its primary keys. */
    private static Set<List<String>> checkTable(JsonNode resource) throws IOException {
        String path = resource.get("path").asText();
        JsonNode schema = resource.get("schema");
        List<List<String>> rows = CsvReader.rows(text(path));
        List<String> names = new ArrayList<>();
        schema.get("fields").forEach(f -> names.add(f.get("name").asText()));
        assertEquals(names, rows.get(0), path + " header");
        Set<List<String>> keys = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(names.size(), row.size(), path + " row width");
            for (int i = 0; i < names.size(); i++) {
                checkCell(path, schema.get("fields").get(i), row.get(i));
            }
            List<String> key = new ArrayList<>();
            schema.get("primaryKey").forEach(k -> key.add(row.get(names.indexOf(k.asText()))));
            assertTrue(keys.add(key), path + " primary key " + key + " is unique");
        }
        return keys;
    }

    private static void checkCell(String path, JsonNode field, String value) {
        String where = path + " " + field.get("name").asText() + "=" + value;
        JsonNode constraints = field.path("constraints");
        if (value.isEmpty()) {
            assertFalse(constraints.path("required").asBoolean(), where + " is required");
            return;
        }
        switch (field.get("type").asText()) {
            case "integer" -> Long.parseLong(value);
            case "number" -> new BigDecimal(value);
            case "date" -> LocalDate.parse(value);
            case "boolean" -> assertTrue(value.equals("true") || value.equals("false"), where);
            case "string" -> { }
            default -> throw new AssertionError("unexpected type in " + where);
        }
        if (constraints.has("enum")) {
            List<String> allowed = new ArrayList<>();
            constraints.get("enum").forEach(v -> allowed.add(v.asText()));
            assertTrue(allowed.contains(value), where);
        }
    }

    private static List<Map<String, String>> records(String path) {
        List<List<String>> rows = CsvReader.rows(text(path));
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> record = new HashMap<>();
            for (int i = 0; i < row.size(); i++) {
                record.put(rows.get(0).get(i), row.get(i));
            }
            records.add(record);
        }
        return records;
    }

    private static String text(String path) {
        byte[] content = zip.get(path);
        return content == null ? null : new String(content, StandardCharsets.UTF_8);
    }
}
