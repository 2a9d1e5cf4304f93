package uk.nhs.aqp.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prices written as 44 or 1234.5 come out as 44.00 and 1234.50 in the JSON and the CSV, never as a
 * binary fraction; text that looks like a spreadsheet formula stays text in the workbook, exactly as
 * written, and is neutralised with a leading apostrophe in the CSV.
 */
class MoneyAndTextAreDataTest {

    private static final String FORMULA = "=HYPERLINK(\"https://example.invalid\",\"Click\")";

    @TempDir
    static Path project;

    private static Map<String, byte[]> files;

    @BeforeAll
    static void bundleTheDemoPackWithOddPrices() throws IOException {
        Path base = BundleFixtures.demoProject(project, Map.of());
        String currency = Files.readString(base.resolve("packs/national/demo/currency.yaml"))
                .replace("    name: Standard episode\n    price: 44.00", "    name: '" + FORMULA.replace("'", "''")
                        + "'\n    price: 44")
                + "  - id: DM-T-02\n    currency: DM-CUR-01\n    name: Long episode, with \"extras\"\n    price: 1234.5\n"
                + "    evidence:\n      basis: illustrative\n";
        BundleFixtures.demoProject(project, Map.of("national/demo/currency.yaml", currency));
        BundleResult result = BundleFixtures.bundle(project);
        assertTrue(result.written(), () -> result.validation().diagnostics().toString());
        files = result.bundle().orElseThrow().files();
    }

    @Test
    void prices_have_exactly_two_decimal_places_in_json() {
        String json = text("packs/demo.json");
        assertTrue(json.contains("\"price\": 44.00,"), json);
        assertTrue(json.contains("\"price\": 1234.50,"), json);
    }

    @Test
    void prices_have_exactly_two_decimal_places_in_csv_and_text_is_quoted_only_when_needed() {
        List<List<String>> rows = CsvReader.rows(text("tables/tariffs.csv"));
        int name = rows.get(0).indexOf("name");
        int price = rows.get(0).indexOf("price_gbp");
        assertEquals(List.of("'" + FORMULA, "44.00"), List.of(rows.get(1).get(name), rows.get(1).get(price)),
                "text a spreadsheet would run as a formula carries a leading apostrophe in the CSV");
        assertEquals(List.of("Long episode, with \"extras\"", "1234.50"), List.of(rows.get(rows.size() - 1).get(name), rows.get(rows.size() - 1).get(price)));
        assertTrue(text("tables/tariffs.csv").contains(",\"Long episode, with \"\"extras\"\"\",1234.50,"));
    }

    @Test
    void text_that_looks_like_a_formula_is_a_text_cell_in_the_workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get("aqp-packs.xlsx")))) {
            XSSFSheet tariffs = workbook.getSheet("tariffs");
            Cell name = tariffs.getRow(1).getCell(4);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(FORMULA, name.getStringCellValue());
            Cell price = tariffs.getRow(tariffs.getLastRowNum()).getCell(5);
            assertEquals(CellType.NUMERIC, price.getCellType());
            assertEquals(1234.5, price.getNumericCellValue());
        }
    }

    private static String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }
}
