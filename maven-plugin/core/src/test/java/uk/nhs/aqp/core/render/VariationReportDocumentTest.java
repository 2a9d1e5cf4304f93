package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.render.convert.AsciidoctorEngine;
import uk.nhs.aqp.core.render.convert.ConversionAssets;
import uk.nhs.aqp.core.render.convert.DocumentFormat;
import uk.nhs.aqp.core.render.template.AdocRenderer;
import uk.nhs.aqp.core.render.template.TemplateSet;

/**
 * The variation report of a local pack that changes a KPI target, a tariff price and one number in
 * the middle of a 600-character paragraph, adds a KPI and removes an amendment, as HTML and PDF:
 * no JSON, no path outside the small reference line, both the old and the new words, the changed
 * ones marked (del and ins in HTML), and the long text whole.
 */
@Tag("render")
class VariationReportDocumentTest {

    private static final String HEAD = "Providers offer every adult referred to the service an assessment appointment at a "
            + "location of the patient's choosing, including community clinics, health centres and the patient's own home "
            + "where they cannot travel, and they record the date on which the referral was received and the date on "
            + "which the appointment took place.";
    private static final String TAIL = "The provider reports every appointment offered and declined, so that the "
            + "commissioner can see whether waits are long because patients choose later dates or because capacity is "
            + "short, and agrees with the commissioner an action plan whenever the standard is missed for two months.";
    private static final String NATIONAL = HEAD + " Each patient is seen within 20 working days of referral. " + TAIL;
    private static final String LOCAL = HEAD + " Each patient is seen within 16 working days of referral. " + TAIL;

    @TempDir
    static Path project;

    private static Document html;
    private static String pdf;
    private static String firstPage;

    @BeforeAll
    static void renderTheReport() throws IOException {
        assertTrue(NATIONAL.length() > 600, "a long paragraph: " + NATIONAL.length());
        Path packs = RenderFixture.basePack(project.resolve("packs"));
        Path spec = packs.resolve("national/demo/specification.yaml");
        Files.writeString(spec, Files.readString(spec).replace("    - Some context.", "    - \"" + NATIONAL + "\""));
        Path local = Files.createDirectories(packs.resolve("local/test-ccg/demo"));
        Files.writeString(local.getParent().resolve("commissioner.yaml"),
                "id: test-ccg\nname: NHS Test CCG\norganisationCode: 99X\nregion: north-east\nkind: ccg\n");
        Files.writeString(local.resolve("adaptation.yaml"), """
                base:
                  pack: demo
                  version: 1.1.0
                changes:
                  - op: set
                    target: kpis/kpis/DM-KPI-01/target
                    value: {value: 90, unit: percent, direction: at-least, evidence: {basis: local-example}}
                    was: {value: 95, unit: percent, direction: at-least, evidence: {basis: illustrative}}
                    rationale: Local capacity.
                  - op: set
                    target: currency/tariffs/DM-T-01/price
                    value: 39.50
                    was: 44.00
                    rationale: Local price agreed with providers.
                  - op: set
                    target: specification/populationNeeds/nationalContext
                    value: ["%s"]
                    was: ["%s"]
                    rationale: The local wait.
                  - op: add
                    target: kpis/kpis
                    value:
                      id: TST-KPI-01
                      name: Local indicator
                      definition: Something local.
                      numerator: Local things.
                      denominator: All things.
                      target: {value: 50, unit: percent, direction: at-least, evidence: {basis: illustrative}}
                      frequency: six-monthly
                      dataSource: Local system.
                      domain: safety
                    rationale: A local priority.
                  - op: remove
                    target: qualification/amendments/DM-QA-02
                    was:
                      id: DM-QA-02
                      action: add
                      target: C2
                      question:
                        id: C2.1-DM
                        text: How will you refer red flags onwards?
                        response: text
                        assessment: information
                      rationale: Red flags matter.
                    rationale: Covered by the local referral protocol.
                """.formatted(LOCAL, NATIONAL));
        ValidationResult validated = RenderFixture.toolkit().validate(
                ValidateRequest.forProject(project).withPacks(packs), BuildLog.silent());
        assertEquals(List.of(), validated.diagnostics().stream().filter(d -> d.severity().name().equals("ERROR")).toList());
        Pack pack = validated.localPacks().get(0);
        TemplateSet templates = TemplateSet.of(Optional.empty(), new ProjectPaths(project));
        DiagnosticSink sink = new DiagnosticSink();
        String adoc = new AdocRenderer(templates).render(DocumentKind.VARIATION_REPORT.template(),
                TemplateData.of(pack, validated.standard(), DocumentKind.VARIATION_REPORT), sink)
                .orElseThrow(() -> new AssertionError(sink.sorted().toString()));
        try (AsciidoctorEngine engine = AsciidoctorEngine.start();
                ConversionAssets assets = ConversionAssets.write(project.resolve("target"), templates.assets(new DiagnosticSink()), TemplateSet.THEME,
                        TemplateSet.STYLESHEET)) {
            for (DocumentFormat f : DocumentFormat.of(true)) {
                Path file = project.resolve("variation-report." + f.extension());
                Files.write(file, f.convert(engine, adoc, assets));
                if (f.extension().equals("html")) {
                    html = Jsoup.parse(file.toFile());
                } else {
                    pdf = DocumentText.pdfText(file);
                    firstPage = DocumentText.pdfPage(file, 1);
                }
            }
        }
    }

    @Test
    void html_shows_no_json_and_no_path_outside_the_reference_line() {
        Document main = html.clone();
        main.select(".small").remove();
        String text = main.body().text();
        for (String bad : List.of("{\"", "[\"", "kpis/kpis", "populationNeeds", "nationalContext", "DM-T-01/price")) {
            assertFalse(text.contains(bad), bad + " in " + text);
        }
        assertTrue(html.select(".small").text().contains("kpis/kpis/DM-KPI-01/target"), "the path as a reference");
    }

    @Test
    void html_names_each_change_and_marks_old_and_new_words() {
        String text = html.body().text();
        assertTrue(text.contains("KPI DM-KPI-01 Seen within four weeks: target"), text);
        assertTrue(text.contains("Tariff DM-T-01 Standard episode: price"), text);
        assertTrue(text.contains("Specification, population needs: national context"), text);
        assertTrue(text.contains("Added: KPI TST-KPI-01 Local indicator"), text);
        assertTrue(text.contains("Removed: Questionnaire amendment DM-QA-02"), text);
        assertEquals(List.of("20"), html.select("del").eachText().stream().filter(t -> t.equals("20")).toList());
        assertTrue(html.select("ins").eachText().contains("16"), html.select("ins").eachText().toString());
        assertTrue(html.select("del").text().contains("£44.00") && html.select("ins").text().contains("£39.50"));
        assertTrue(html.select("del").text().contains("at least 95%") && html.select("ins").text().contains("at least 90%"));
        assertTrue(text.contains("Six-monthly"), "an added KPI's fields from the vocabulary");
        assertTrue(text.contains(TAIL), "the long text whole, not cut");
    }

    @Test
    void the_first_page_says_whose_local_version_it_is() {
        assertTrue(DocumentText.squeeze(firstPage).contains(DocumentText.squeeze("NHS Test CCG")), firstPage);
        assertTrue(html.select("#header").text().contains("NHS Test CCG"), html.select("#header").text());
    }

    @Test
    void pdf_shows_no_json_both_words_and_paths_only_as_references() {
        String flat = DocumentText.squeeze(pdf);
        assertFalse(flat.contains("{\"") || flat.contains("[\""), "no JSON");
        assertFalse(flat.contains("…"), "nothing cut");
        for (String words : List.of("within 20 working days", "within 16 working days", "£44.00", "£39.50",
                "at least 95%", "at least 90%", "Tariff DM-T-01 Standard episode: price", TAIL)) {
            assertTrue(flat.contains(DocumentText.squeeze(words)), words + " in " + pdf);
        }
        String[] lines = pdf.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches(".*[a-z]+/[a-zA-Z]+/.*")) {
                boolean reference = lines[i].startsWith("Reference:") || (i > 0 && lines[i - 1].startsWith("Reference:"));
                assertTrue(reference, "a path outside a reference line: " + lines[i]);
            }
        }
    }
}
