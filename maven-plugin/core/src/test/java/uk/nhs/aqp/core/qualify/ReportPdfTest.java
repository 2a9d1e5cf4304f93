package uk.nhs.aqp.core.qualify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;

/** Render tier: the dry-run report as a PDF says what the page says, and an answer is text, never markup. */
@Tag("render")
class ReportPdfTest {

    @TempDir
    Path project;

    @Test
    void the_report_pdf_shows_each_finding_and_prints_an_answer_as_written() throws IOException {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        Path file = project.resolve("packs/national/demo/applications/example-clinic.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                provider: {id: example-clinic, name: "Example Clinic {doctitle} (illustrative)", sector: independent}
                pack: {id: demo}
                assessmentDate: 2012-06-01
                basis: {basis: illustrative}
                answers:
                  - {question: C1, amendment: DM-QA-01, answer: true}
                  - {question: C2, answer: false}
                  - {question: C2.1-DM, answer: "include::/etc/passwd[] *bold* pass:[<b>x</b>]"}
                criteria: []
                offer: {}
                """, StandardCharsets.UTF_8);
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            QualifyResult result = toolkit.qualify(QualifyRequest.forProject(project).withPdf(true), BuildLog.silent());
            assertTrue(result.written(), result.validation().summary());
        }
        Path pdf = project.resolve("target/aqp/qualify/demo/example-clinic.pdf");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Example Clinic {doctitle} (illustrative)"), text);
        assertTrue(text.contains("answered no; the pass rule needs yes"), text);
        assertTrue(text.contains("Illustrative. This application is an invented example"), text);
        assertTrue(text.contains("To put right"), text);
        assertFalse(text.contains("root:"), "no file is included");
        assertTrue(Files.readString(project.resolve("target/aqp/qualify/demo/example-clinic.html"))
                .contains("href=\"example-clinic.pdf\""), "the page links its PDF");
        Files.copy(pdf, TestPaths.repositoryRoot().resolve("maven-plugin/core/target/dry-run-report-sample.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
