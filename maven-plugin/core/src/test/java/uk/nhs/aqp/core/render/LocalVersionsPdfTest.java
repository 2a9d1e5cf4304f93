package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
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
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
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
 * The local-versions PDFs of the repository's packs: a row of their tables lists every local
 * version, so a table's first row can be taller than the room left on a page; its heading then goes
 * to the next page with it instead of standing alone at the foot of the page.
 */
@Tag("render")
class LocalVersionsPdfTest {

    @TempDir
    Path out;

    @Test
    void no_page_ends_with_a_heading_whose_table_starts_on_the_next_page() throws IOException {
        Path root = TestPaths.repositoryRoot();
        ValidationResult v = RenderFixture.toolkit().validate(
                ValidateRequest.forProject(root).withPacks(root.resolve("packs")), BuildLog.silent());
        List<LineComparison> comparisons = new LocalVersionComparer(Vocabulary.standard()).compareAll(v.packs(),
                v.localPacks());
        TemplateSet templates = TemplateSet.of(Optional.of(root.resolve("templates")), new ProjectPaths(root));
        List<String> orphans = new ArrayList<>();
        int pages = 0;
        try (AsciidoctorEngine engine = AsciidoctorEngine.start();
                ConversionAssets assets = ConversionAssets.write(templates.assets(new DiagnosticSink()), TemplateSet.THEME,
                        TemplateSet.STYLESHEET)) {
            for (LineComparison c : comparisons) {
                DiagnosticSink sink = new DiagnosticSink();
                String adoc = new AdocRenderer(templates).render(RenderStage.LOCAL_VERSIONS + ".adoc.ftl",
                        TemplateData.of(c, RenderStage.LOCAL_VERSIONS), sink)
                        .orElseThrow(() -> new AssertionError(sink.sorted().toString()));
                List<String> headings = adoc.lines().filter(l -> l.startsWith("== ")).map(l -> l.substring(3)).toList();
                Path pdf = out.resolve(pages + ".pdf");
                Files.write(pdf, new PdfFormat().convert(engine, adoc, assets));
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    for (int page = 1; page <= doc.getNumberOfPages(); page++, pages++) {
                        String last = lastBodyLine(doc, page);
                        if (headings.contains(last)) {
                            orphans.add(adoc.lines().filter(l -> l.startsWith("= ")).findFirst().orElse("") + ", page " + page + " ends with \"" + last + "\"");
                        }
                    }
                }
            }
        }
        assertFalse(comparisons.isEmpty(), "the repository has local versions to compare");
        assertEquals(List.of(), orphans, "headings alone at the foot of a page, out of " + pages + " pages");
    }

    /** The last line of a page above its running footer ("Local versions compared ... Page 3 of 9"). */
    private static String lastBodyLine(PDDocument doc, int page) throws IOException {
        PDFTextStripper text = new PDFTextStripper();
        text.setSortByPosition(true);
        text.setStartPage(page);
        text.setEndPage(page);
        List<String> lines = text.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int last = lines.size() - 1;
        while (last > 0 && lines.get(last).matches(".*Page \\d+ of \\d+")) {
            last--;
        }
        return lines.get(last);
    }
}
