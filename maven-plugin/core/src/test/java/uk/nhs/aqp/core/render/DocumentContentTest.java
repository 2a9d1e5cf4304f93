package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.diagnostic.Severity;

/**
 * The PDFs read back as the documents a commissioner expects: the contract headings, a KPI row, a
 * price and its market-forces example, the questionnaire's marked changes, and a DRAFT marking on
 * every page of a draft pack. Each document's cover says who publishes it, its reference, version,
 * status and date, and for a local pack whose it is and which national pack it is based on; the
 * HTML links back to the pack's page. The same input makes byte-identical files.
 */
@Tag("render")
class DocumentContentTest {

    @TempDir
    static Path project;

    static Path docs;

    static Path localDocs;

    @BeforeAll
    static void render() throws IOException {
        Path packs = RenderFixture.basePack(project.resolve("packs"));
        Path manifest = packs.resolve("national/demo/pack.yaml");
        Files.writeString(manifest, RenderFixture.read(manifest).replace("status: published",
                "status: draft\nreference: AQP-IP-DM"));
        TestPaths.copyTree(TestPaths.casesFolder().resolve("local_adaptation_resolves_cleanly/packs/local"),
                packs.resolve("local"));
        Path adaptation = packs.resolve("local/test-ccg/demo/adaptation.yaml");
        Files.writeString(adaptation, RenderFixture.read(adaptation).replace("changes:",
                "version: 1.2.0\ndate: 2013-04-01\nsummary:\n  - Test CCG runs the demonstration service from two local"
                        + " clinics.\nchanges:"));
        Path currency = packs.resolve("national/demo/currency.yaml");
        Files.writeString(currency, RenderFixture.read(currency).replace("exampleIndex: 1.05", "exampleIndex: 1.0523"));
        for (String out : List.of("first", "second")) {
            RenderResult result = RenderFixture.render(packs,
                    new RenderRequest(project, project.resolve(out), Optional.empty(), true, Severity.WARNING, 2));
            assertEquals(List.of(), result.diagnostics());
        }
        docs = project.resolve("first/docs/demo");
        localDocs = project.resolve("first/docs/local/test-ccg/demo");
    }

    private static String pdf(String document) {
        return pdf(docs, document);
    }

    /** Asciidoctor prints an apostrophe between letters as a typographic one. */
    private static String apostrophes(String text) {
        return text.replace('\u2019', '\'');
    }

    private static String pdf(Path folder, String document) {
        return DocumentText.fold(DocumentText.pdfText(folder.resolve(document + ".pdf")));
    }

    @Test
    void specification_has_the_contract_headings_and_header_block() {
        String text = pdf("service-specification");
        for (String heading : List.of("1. Population needs", "2. Outcomes",
                "2.1 NHS Outcomes Framework domains and indicators", "3. Scope",
                "3.4 Any acceptance and exclusion criteria and thresholds", "4. Applicable service standards",
                "4.5 Workforce, education and training implications", "Staff transfer (TUPE)",
                "5. Applicable quality requirements", "6. Location of provider premises", "Commissioner lead",
                "Provider lead", "Date of review 20 December 2013")) {
            assertTrue(text.contains(heading), heading);
        }
    }

    @Test
    void kpi_schedule_has_a_row_per_indicator_with_its_target() {
        String text = pdf("kpi-schedule");
        assertTrue(text.contains("ID Indicator Numerator Denominator Target Reported Data source Outcome domain"), text);
        assertTrue(text.contains("DM-KPI-01 Seen within four weeks Patients seen within four weeks. Patients seen. "
                + "At least 95% (illustrative) Monthly Provider system. 4 Patient experience"), text);
        assertTrue(text.contains("At most 2 (illustrative)"), text);
    }

    @Test
    void currency_document_has_the_price_and_a_worked_market_forces_example_rounded_to_the_penny() {
        String text = pdf("currency-and-tariff");
        assertTrue(text.contains("DM-T-01 Standard episode DM-CUR-01 £44.00 Local example"), text);
        // a real figure from a later year says so, and the document keeps one price basis
        assertTrue(text.contains("DM-T-09 Complex episode DM-CUR-01 £78.00 Later benchmark (2016)"), text);
        assertTrue(text.contains("All prices are in GBP at 2012/13 prices."), text);
        assertTrue(text.contains("A price marked later benchmark is a real figure from the later year shown"), text);
        assertFalse(text.contains("at 2016 prices"), text);
        assertTrue(text.contains("£44.00 × 1.0523 ="), text);
        assertTrue(text.contains("£46.3012, so the local price is £46.30 for every provider."), text);
        assertTrue(text.contains("all providers are paid the same price for the same service"),
                "the programme's rule: one local price per commissioner, never one per provider");
        assertFalse(text.contains("A provider whose market forces factor"), text);
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
        // findings with no record of a real dry run say so beside them
        assertTrue(text.contains("Illustrative: No record of a real dry run is known."), text);
        assertTrue(text.contains("Reason (illustrative): Names the service."), text);
        assertTrue(text.contains("Confirmed. Source: The programme"), text);
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
    void pdf_running_header_and_footer_give_pack_version_status_and_page_numbers_after_the_cover() {
        String cover = DocumentText.fold(DocumentText.pdfPage(docs.resolve("kpi-schedule.pdf"), 1));
        assertFalse(cover.contains("Page 1 of"), cover);
        String first = DocumentText.fold(DocumentText.pdfPage(docs.resolve("kpi-schedule.pdf"), 2));
        assertTrue(first.contains("Demo service"), first);
        assertTrue(first.contains("Version 1.1.0, 20 December 2012 (illustrative date) | Draft"), first);
        assertTrue(first.matches(".*Page 1 of \\d+.*"), first);
    }

    @Test
    void a_national_cover_gives_publisher_title_reference_version_status_date_and_draft_mark() {
        for (String document : List.of("implementation-pack", "kpi-schedule", "patient-choice")) {
            String cover = apostrophes(DocumentText.fold(DocumentText.pdfPage(docs.resolve(document + ".pdf"), 1)));
            for (String expected : List.of("Department of Health", "Any Qualified Provider",
                    "Extension of patient choice of Any Qualified Provider in a demonstration service",
                    "Version 1.1.0", "Status Draft", "Published 20 December 2012 (illustrative date)",
                    "Reference AQP-IP-DM (this toolkit's reference, not a gateway reference)", "Lead region North East",
                    "DRAFT")) {
                assertTrue(cover.contains(expected), document + ": " + expected + " in " + cover);
            }
        }
    }

    @Test
    void a_local_pack_cover_names_the_commissioner_its_code_and_the_national_pack_it_is_based_on() {
        String cover = DocumentText.fold(DocumentText.pdfPage(localDocs.resolve("implementation-pack.pdf"), 1));
        for (String expected : List.of("NHS Test CCG (organisation code 99X): local version",
                "Based on the national pack Demo service, version 1.1.0", "Commissioner NHS Test CCG",
                "Organisation code 99X", "Local version 1.2.0", "Local version date 1 April 2013")) {
            assertTrue(cover.contains(expected), expected + " in " + cover);
        }
        String body = apostrophes(pdf(localDocs, "implementation-pack"));
        assertTrue(body.contains("About this pack This is NHS Test CCG's version of the national pack Demo service,"
                + " version 1.1.0. The commissioner describes it as follows."), body);
        assertTrue(body.contains("Test CCG runs the demonstration service from two local clinics."), body);
        String header = DocumentText.fold(DocumentText.pdfPage(localDocs.resolve("kpi-schedule.pdf"), 2));
        assertTrue(header.contains("Demo service: NHS Test CCG (99X)"), header);
        assertTrue(header.contains("Local version 1.2.0, 1 April 2013, based on national version 1.1.0"), header);
        assertFalse(header.contains("20 December 2012"), header);
    }

    @Test
    void an_html_document_has_a_header_linking_back_to_its_pack_page_and_a_main_landmark() {
        Document national = Jsoup.parse(RenderFixture.read(docs.resolve("service-specification.html")));
        assertEquals("../../packs/demo/index.html", national.selectFirst("body > header a").attr("href"));
        assertTrue(national.selectFirst("body > header").text().contains("Demo service"), national.title());
        assertEquals(1, national.select("body > main").size());
        assertEquals(1, national.select("main h1").size());
        Document local = Jsoup.parse(RenderFixture.read(localDocs.resolve("implementation-pack.html")));
        assertEquals("../../../../local/test-ccg/demo/index.html", local.selectFirst("body > header a").attr("href"));
        assertTrue(local.selectFirst("main").text().contains("NHS Test CCG (organisation code 99X): local version"));
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
