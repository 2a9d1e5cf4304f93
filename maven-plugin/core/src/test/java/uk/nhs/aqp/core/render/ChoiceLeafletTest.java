package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.diagnostic.Severity;

/**
 * A local pack whose commissioner keeps a register of qualified providers gets a patient leaflet
 * beside its documents ({@code choice-leaflet.pdf} and {@code .html}): the qualified providers, what
 * each offers, how to be referred, and that an example is an example.
 */
@Tag("render")
class ChoiceLeafletTest {

    @TempDir
    static Path project;

    static Path docs;

    @BeforeAll
    static void render() {
        Path packs = RenderFixture.basePack(project.resolve("packs"));
        RenderFixture.copy(TestPaths.casesFolder().resolve("qualified_providers_register_is_checked_cleanly/packs/local"),
                packs.resolve("local"));
        RenderResult result = RenderFixture.render(packs,
                new RenderRequest(project, project.resolve("out"), Optional.empty(), true, Severity.WARNING, 2));
        assertEquals(List.of(), result.diagnostics());
        docs = project.resolve("out/docs/local/test-ccg/demo");
    }

    @Test
    void the_leaflet_lists_the_qualified_provider_with_its_offer_and_how_to_be_referred() {
        String text = DocumentText.fold(DocumentText.pdfText(docs.resolve("choice-leaflet.pdf")));
        assertTrue(text.contains("Choosing where to go"), text);
        assertTrue(text.contains("Example Clinic (illustrative)"), text);
        assertFalse(text.contains("Other Clinic"), "a provider not qualified is not in the leaflet");
        assertTrue(text.contains("First appointment within 3 weeks"), text);
        assertTrue(text.contains("How to be referred"), text);
        assertTrue(text.contains("Example only"), "an illustrative register says so");
    }

    @Test
    void the_leaflet_is_also_an_html_document_and_only_local_packs_with_a_register_have_one() throws IOException {
        assertTrue(Files.isRegularFile(docs.resolve("choice-leaflet.html")));
        assertFalse(Files.exists(project.resolve("out/docs/demo/choice-leaflet.pdf")), "the national pack has none");
    }
}
