package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.compare.ComparisonFixture;
import uk.nhs.aqp.core.compare.LineComparison;
import uk.nhs.aqp.core.compare.LocalVersionComparer;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.render.template.AdocRenderer;
import uk.nhs.aqp.core.render.template.TemplateSet;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/** The comparison of a pack's local versions as a document: the same figures, spread and marking as the page. */
class LocalVersionsDocumentTest {

    @TempDir
    Path project;

    @Test
    void the_document_lists_every_version_of_each_figure_with_the_spread_and_who_differs_most() throws IOException {
        ValidationResult v = ComparisonFixture.fourVersions(project);
        LineComparison c = new LocalVersionComparer(Vocabulary.standard()).compareAll(v.packs(), v.localPacks()).get(0);
        DiagnosticSink sink = new DiagnosticSink();
        String adoc = new AdocRenderer(TemplateSet.of(Optional.empty(), new ProjectPaths(project)))
                .render(RenderStage.LOCAL_VERSIONS + ".adoc.ftl", TemplateData.of(c, RenderStage.LOCAL_VERSIONS), sink)
                .orElseThrow(() -> new AssertionError(sink.sorted().toString()));
        assertTrue(adoc.contains("= Local versions compared: "), adoc);
        assertTrue(adoc.contains("* NHS C CCG: *£50.01*\n"), adoc);
        assertTrue(adoc.matches("(?s).*\\.Standard episode: the local versions that differ \\(national: £44\\.00\\)\n"
                + "(\\* [^\n]+\n){3}\nThe other local version has the national value\\.\n.*"),
                "only the versions that differ are listed, and the rest counted: " + adoc);
        assertTrue(adoc.contains("\nEvery local version has the national value of the other figures in this table.\n"),
                "figures no version changes are not listed one by one: " + adoc);
        assertTrue(adoc.matches("(?s).*\\|Standard episode\n\\|£44.00\n.*\\|£40.00\n\\|£47.01\n\\|£50.02\n.*"),
                "national value, then the spread");
        assertTrue(adoc.matches("(?s).*\\|NHS C CCG\n\\|2 of 9\n\\|\\*Differs most\\*\n.*"), adoc);
        assertTrue(adoc.contains("== Age bounds") && adoc.contains("== KPI targets"), "groups from the vocabulary");
        assertTrue(adoc.contains("set the most figures differently from the national pack"), "the one definition");
        assertTrue(adoc.contains("|Standard episode\n|£44.00\n|3 of 4\n"), "how many versions differ, in the row");
        // a table cell cannot run across pages: with a hundred versions a cell listing them all would
        // be taller than a page, so the versions are listed after the table, never in a cell
        boolean inTable = false;
        for (String line : adoc.lines().toList()) {
            if (line.equals("|===")) inTable = !inTable;
            assertFalse(inTable && line.startsWith("* "), "a version listed in a table cell: " + line);
        }
    }
}
