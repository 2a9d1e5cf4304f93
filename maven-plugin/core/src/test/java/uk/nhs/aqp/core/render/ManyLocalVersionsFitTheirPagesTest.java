package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.bench.BenchFork;
import uk.nhs.aqp.core.compare.LineComparison;
import uk.nhs.aqp.core.compare.LocalVersionComparer;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.render.convert.AsciidoctorEngine;
import uk.nhs.aqp.core.render.convert.ConversionAssets;
import uk.nhs.aqp.core.render.convert.PdfFormat;
import uk.nhs.aqp.core.render.template.AdocRenderer;
import uk.nhs.aqp.core.render.template.TemplateSet;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * A service line adopted by as many commissioners as in 2013 (up to 125 local versions of one
 * pack at the programme's size) still gives a local-versions comparison that converts to PDF
 * without an error and names every version. Before, each figure's versions were listed inside a
 * table cell, which cannot run across pages: at 125 versions the cell outgrew the page and
 * asciidoctor-pdf reported "table cell truncated", failing the 1,008-pack build.
 */
@Tag("render")
class ManyLocalVersionsFitTheirPagesTest {

    private static final int VERSIONS = 130;

    @TempDir
    Path project;

    @Test
    void a_pack_with_130_local_versions_gets_a_comparison_pdf_that_names_them_all_without_an_error() throws IOException {
        BenchFork.create(project, VERSIONS, "podiatry"::equals);
        ValidationResult v = RenderFixture.toolkit().validate(
                ValidateRequest.forProject(project).withPacks(project.resolve("packs")), BuildLog.silent());
        List<LineComparison> comparisons = new LocalVersionComparer(Vocabulary.standard())
                .compareAll(v.packs(), v.localPacks());
        assertEquals(1, comparisons.size(), "only podiatry has local versions");
        TemplateSet templates = TemplateSet.of(Optional.empty(), new ProjectPaths(project));
        DiagnosticSink sink = new DiagnosticSink();
        String adoc = new AdocRenderer(templates).render(RenderStage.LOCAL_VERSIONS + ".adoc.ftl",
                TemplateData.of(comparisons.get(0), RenderStage.LOCAL_VERSIONS), sink)
                .orElseThrow(() -> new AssertionError(sink.sorted().toString()));

        List<String> logged = new ArrayList<>();
        byte[] pdf;
        try (AsciidoctorEngine engine = AsciidoctorEngine.start();
                ConversionAssets assets = ConversionAssets.write(project.resolve("target"), templates.assets(new DiagnosticSink()),
                        TemplateSet.THEME, TemplateSet.STYLESHEET)) {
            pdf = engine.capturing(r -> logged.add(r.getSeverity() + " " + r.getMessage()),
                    () -> new PdfFormat().convert(engine, adoc, assets));
        }
        assertEquals(List.of(), logged.stream().filter(l -> l.startsWith("ERROR") || l.startsWith("FATAL")
                || l.startsWith("WARN")).toList(), "asciidoctor-pdf errors and warnings");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("NHS Bench CCG 1 ") || text.contains("NHS Bench CCG 1\n"), "the first version");
            assertTrue(text.contains("NHS Bench CCG " + VERSIONS), "the last version, after the lists ran across pages");
            assertTrue(doc.getNumberOfPages() > 3, "the lists run across pages: " + doc.getNumberOfPages());
        }
    }
}
