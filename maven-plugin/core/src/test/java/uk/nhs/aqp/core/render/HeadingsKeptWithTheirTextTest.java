package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.render.convert.AsciidoctorEngine;
import uk.nhs.aqp.core.render.convert.ConversionAssets;
import uk.nhs.aqp.core.render.convert.PdfFormat;
import uk.nhs.aqp.core.render.template.AdocRenderer;
import uk.nhs.aqp.core.render.template.TemplateSet;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * No PDF leaves a heading or a block title alone at the foot of a page. These documents of the
 * repository's packs did before: a heading followed at once by a subheading (the KPI schedule's
 * "Indicators in full"), a heading over a table whose first row lists every local version (the
 * local-versions comparison), a list's title ("Evidence the provider must give").
 */
@Tag("render")
class HeadingsKeptWithTheirTextTest {

    private static final List<DocumentKind> KINDS = List.of(DocumentKind.KPI_SCHEDULE,
            DocumentKind.QUALIFICATION_QUESTIONNAIRE, DocumentKind.CURRENCY_AND_TARIFF);

    @TempDir
    Path out;

    @Test
    void no_page_ends_with_a_heading_or_a_title_whose_text_starts_on_the_next_page() throws IOException {
        Path root = TestPaths.repositoryRoot();
        ValidationResult v = RenderFixture.toolkit().validate(
                ValidateRequest.forProject(root).withPacks(root.resolve("packs")), BuildLog.silent());
        TemplateSet templates = TemplateSet.of(Optional.of(root.resolve("templates")), new ProjectPaths(root));
        AdocRenderer renderer = new AdocRenderer(templates);
        Map<String, String> documents = new LinkedHashMap<>();
        for (LineComparison c : new LocalVersionComparer(Vocabulary.standard()).compareAll(v.packs(), v.localPacks())) {
            documents.put(c.national().key() + "/" + RenderStage.LOCAL_VERSIONS, adoc(renderer,
                    RenderStage.LOCAL_VERSIONS + ".adoc.ftl", TemplateData.of(c, RenderStage.LOCAL_VERSIONS)));
        }
        for (Pack pack : v.packs()) {
            for (DocumentKind kind : KINDS) {
                documents.put(pack.key() + "/" + kind.fileName(), adoc(renderer, kind.template(),
                        TemplateData.of(pack, v.standard(), kind)));
            }
        }
        List<String> orphans = new ArrayList<>();
        int pages = 0;
        try (AsciidoctorEngine engine = AsciidoctorEngine.start();
                ConversionAssets assets = ConversionAssets.write(out.resolve("target"), templates.assets(new DiagnosticSink()), TemplateSet.THEME,
                        TemplateSet.STYLESHEET)) {
            for (Map.Entry<String, String> d : documents.entrySet()) {
                List<String> titles = d.getValue().lines()
                        .filter(l -> l.matches("={2,5} \\S.*") || l.matches("\\.[^.\\s].*"))
                        .map(l -> l.replaceFirst("^(=+ |\\.)", "")).toList();
                Path pdf = out.resolve(pages + ".pdf");
                Files.write(pdf, new PdfFormat().convert(engine, d.getValue(), assets));
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    for (int page = 1; page <= doc.getNumberOfPages(); page++, pages++) {
                        String last = lastBodyLine(doc, page);
                        if (titles.contains(last)) {
                            orphans.add(d.getKey() + ", page " + page + " ends with \"" + last + "\"");
                        }
                    }
                }
            }
        }
        assertFalse(documents.isEmpty());
        assertEquals(List.of(), orphans, "headings alone at the foot of a page, out of " + pages + " pages");
    }

    private static String adoc(AdocRenderer renderer, String template, Map<String, Object> data) {
        DiagnosticSink sink = new DiagnosticSink();
        return renderer.render(template, data, sink).orElseThrow(() -> new AssertionError(sink.sorted().toString()));
    }

    /** The last line of a page above its running footer ("Key performance indicators ... Page 3 of 9"). */
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
