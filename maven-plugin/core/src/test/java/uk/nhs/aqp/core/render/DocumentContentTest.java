package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.diagnostic.Severity;

/**
 * The PDFs read back as the documents a commissioner expects: the contract headings, a KPI row, a
 * price and its market-forces example, the questionnaire's marked changes, and a DRAFT marking on
 * every page of a draft pack. The same input makes byte-identical files.
 */
@Tag("render")
class DocumentContentTest {

    @TempDir
    static Path project;

    static Path docs;

    @BeforeAll
    static void render() throws IOException {
        Path packs = RenderFixture.basePack(project.resolve("packs"));
        Path manifest = packs.resolve("national/demo/pack.yaml");
        Files.writeString(manifest, RenderFixture.read(manifest).replace("status: published", "status: draft"));
        Path currency = packs.resolve("national/demo/currency.yaml");
        Files.writeString(currency, RenderFixture.read(currency).replace("exampleIndex: 1.05", "exampleIndex: 1.0523"));
        for (String out : List.of("first", "second")) {
            RenderResult result = RenderFixture.render(packs,
                    new RenderRequest(project, project.resolve(out), Optional.empty(), true, Severity.WARNING, 2));
            assertEquals(List.of(), result.diagnostics());
        }
        docs = project.resolve("first/docs/demo");
    }

    private static String pdf(String document) {
        return DocumentText.fold(DocumentText.pdfText(docs.resolve(document + ".pdf")));
    }

    @Test
    void specification_has_the_contract_headings_and_header_block() {
        String text = pdf("service-specification");
        for (String heading : List.of("1. Population needs", "2. Outcomes",
                "2.1 NHS Outcomes Framework domains and indicators", "3. Scope",
                "3.4 Any acceptance and exclusion criteria and thresholds", "4. Applicable service standards",
                "5. Applicable quality requirements", "6. Location of provider premises", "Commissioner lead",
                "Provider lead", "Date of review 20 December 2013")) {
            assertTrue(text.contains(heading), heading);
        }
    }

    @Test
    void kpi_schedule_has_a_row_per_indicator_with_its_target() {
        String text = pdf("kpi-schedule");
        assertTrue(text.contains("Id Indicator Numerator Denominator Target Frequency Data source Domain"), text);
        assertTrue(text.contains("DM-KPI-01 Seen within four weeks Patients seen within four weeks. Patients seen. "
                + "At least 95% (illustrative) Monthly Provider system. 4 Patient experience"), text);
        assertTrue(text.contains("At most 2 (illustrative)"), text);
    }

    @Test
    void currency_document_has_the_price_and_a_worked_market_forces_example_rounded_to_the_penny() {
        String text = pdf("currency-and-tariff");
        assertTrue(text.contains("DM-T-01 Standard episode DM-CUR-01 £44.00 Illustrative"), text);
        assertTrue(text.contains("£44.00 × 1.0523 = £46.3012, which"), text);
        assertTrue(text.contains("is paid as £46.30."), text);
        assertTrue(text.contains("DM-T-01 Standard episode £44.00 £46.30"), text);
        assertTrue(text.contains("Assessment done. 40%"), text);
    }

    @Test
    void questionnaire_marks_each_change_of_the_standard_questionnaire() {
        String text = pdf("qualification-questionnaire");
        assertTrue(text.contains("C1 REPLACED Will you deliver the demonstration specification in full?"), text);
        assertTrue(text.contains("Replaced by this pack (DM-QA-01)"), text);
        assertTrue(text.contains("C2.1-DM ADDED How will you refer red flags onwards?"), text);
        assertTrue(text.contains("Added by this pack (DM-QA-02) after question C2"), text);
        assertTrue(text.contains("DM-QC-01 Clinical SERVICE-SPECIFIC"), text);
    }

    @Test
    void every_page_of_every_pdf_of_a_draft_pack_is_marked_draft() throws IOException {
        try (Stream<Path> files = Files.list(docs)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                String text = DocumentText.pdfText(f);
                String[] pages = text.split("\f");
                for (int i = 0; i < pages.length; i++) {
                    if (!pages[i].isBlank()) {
                        assertTrue(pages[i].contains("DRAFT"), f.getFileName() + " page " + (i + 1));
                    }
                }
                assertTrue(text.contains("This pack is a draft"), f.getFileName().toString());
            }
        }
        String html = RenderFixture.read(docs.resolve("service-specification.html"));
        assertTrue(DocumentText.htmlText(html).contains("DRAFT This pack is a draft."));
    }

    @Test
    void pdf_running_header_and_footer_give_pack_version_status_and_page_numbers() {
        String first = DocumentText.fold(DocumentText.pdfPage(docs.resolve("kpi-schedule.pdf"), 1));
        assertTrue(first.contains("Demo service"), first);
        assertTrue(first.contains("Version 1.1.0 | Draft"), first);
        assertTrue(first.matches(".*Page 1 of \\d+.*"), first);
    }

    @Test
    void the_same_packs_make_byte_identical_documents() throws IOException {
        Path first = project.resolve("first/docs").toRealPath(); // the documents folder links to its current version
        try (Stream<Path> files = Files.walk(first)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertTrue(all.size() > 2, all.toString());
            for (Path f : all) {
                Path twin = project.resolve("second/docs").resolve(first.relativize(f).toString());
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(twin), f.toString());
            }
        }
    }
}
