package uk.nhs.aqp.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.model.BundleLimits;

/**
 * Every text that validates can be bundled: the largest texts validation accepts, each where it
 * fills one cell of the workbook, are written in full; one character more is refused at validation
 * with a position, never a failure of the bundle.
 *
 * <ul>
 * <li>a KPI definition of 4,000 characters outside the Basic Multilingual Plane (8,000 UTF-16 units,
 * as a spreadsheet counts them);
 * <li>a criterion's evidence that joins to exactly one full cell, 32,767 characters;
 * <li>a local pack's added item whose JSON fills exactly one cell of the variations table.
 * </ul>
 */
class LargestValidTextBundlesTest {

    private static final String WIDE = "\uD83D\uDE00".repeat(4000);

    @TempDir
    static Path project;

    @TempDir
    static Path tooLong;

    private static BundleResult result;
    private static String addedCurrency;

    @BeforeAll
    static void bundleTheLargestTexts() throws IOException {
        addedCurrency = currencyOfJsonLength(BundleLimits.CELL_CHARACTERS);
        BundleFixtures.demoProject(project, overlay(evidence(BundleLimits.CELL_CHARACTERS)));
        result = BundleFixtures.bundle(project);
    }

    @Test
    void the_bundle_is_written_with_every_large_text_in_full() throws IOException {
        assertTrue(result.written(), () -> result.validation().diagnostics().toString());
        byte[] xlsx = Files.readAllBytes(result.directory().orElseThrow().resolve("aqp-packs.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(WIDE, cell(workbook.getSheet("kpis"), "definition", "DM-KPI-01"));
            assertEquals(BundleLimits.CELL_CHARACTERS,
                    cell(workbook.getSheet("qualification-criteria"), "evidence", "DM-QC-01").length());
            assertEquals(addedCurrency, cell(workbook.getSheet("variations"), "local_value", "currency/currencies"));
        }
    }

    @Test
    void one_character_more_of_evidence_is_refused_at_its_position() {
        BundleFixtures.demoProject(tooLong, overlay(evidence(BundleLimits.CELL_CHARACTERS + 1)));
        ValidationResult refused = BundleFixtures.toolkit().validate(ValidateRequest.forProject(tooLong),
                BuildLog.silent());
        assertEquals(List.of("packs/national/demo/qualification.yaml:17:9: error: [qualification.evidence-length] "
                + "/criteria/0/evidence/8: the evidence of criterion DM-QC-01 comes to 32768 characters, more than "
                + "the 32767 one spreadsheet cell holds; shorten it or split the criterion"),
                refused.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).map(d -> d.format()).toList());
    }

    private static Map<String, String> overlay(String evidence) {
        Path base = uk.nhs.aqp.core.TestPaths.casesFolder().resolve("_base/packs");
        try {
            String kpis = Files.readString(base.resolve("national/demo/kpis.yaml"))
                    .replace("definition: Patients seen within four weeks of referral.", "definition: " + WIDE);
            String qualification = Files.readString(base.resolve("national/demo/qualification.yaml"))
                    .replace("      - Name and registration of the lead.\n", evidence);
            return Map.of("national/demo/kpis.yaml", kpis,
                    "national/demo/qualification.yaml", qualification,
                    "local/test-ccg/commissioner.yaml",
                    "id: test-ccg\nname: NHS Test CCG\norganisationCode: 99X\nregion: north-east\nkind: ccg\n",
                    "local/test-ccg/demo/adaptation.yaml",
                    "base:\n  pack: demo\n  version: 1.1.0\nchanges:\n  - op: add\n    target: currency/currencies\n"
                            + "    value: " + addedCurrency + "\n    rationale: A local currency, described in full.\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Evidence items of at most 4,000 characters whose lines join to exactly {@code length} characters. */
    private static String evidence(int length) {
        StringBuilder yaml = new StringBuilder();
        int left = length;
        while (left > 0) {
            if (yaml.length() > 0) {
                left--; // the line feed that joins it to the item before
            }
            int item = Math.min(4000, left);
            yaml.append("      - ").append("e".repeat(item)).append('\n');
            left -= item;
        }
        return yaml.toString();
    }

    /** An added currency whose compact JSON (as the variations table writes it) is exactly {@code length} long. */
    private static String currencyOfJsonLength(int length) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode currency = json.createObjectNode().put("id", "DM-CUR-09").put("name", "Local episode")
                .put("unit", "episode").put("description", "A local episode of care.");
        var includes = currency.putArray("includes");
        currency.putArray("excludes");
        var triggers = currency.putArray("paymentTriggers");
        triggers.addObject().put("event", "Discharge.").put("percent", 100);
        for (int i = 0; i < 8; i++) {
            includes.add("i".repeat(4000));
        }
        includes.add("");
        int missing = length - currency.toString().length();
        includes.set(8, "i".repeat(missing));
        String text = currency.toString();
        assertEquals(length, text.length());
        return text;
    }

    /** The value in {@code column} of the row whose any cell equals {@code key}. */
    private static String cell(XSSFSheet sheet, String column, String key) {
        Row header = sheet.getRow(0);
        int c = -1;
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (header.getCell(i).getStringCellValue().equals(column)) c = i;
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            for (int i = 0; i < row.getLastCellNum(); i++) {
                if (row.getCell(i) != null && key.equals(row.getCell(i).toString())) {
                    return row.getCell(c).getStringCellValue();
                }
            }
        }
        throw new AssertionError("no row with " + key + " in " + sheet.getSheetName());
    }
}
