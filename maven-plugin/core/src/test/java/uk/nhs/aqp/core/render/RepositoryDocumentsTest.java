package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.diagnostic.Severity;

/**
 * The repository's own packs make every document with no template error and no Asciidoctor
 * warning at all (HTML here; the site build makes their PDFs).
 */
@Tag("render")
class RepositoryDocumentsTest {

    @TempDir
    Path out;

    @Test
    void every_document_of_the_repository_packs_renders_without_a_warning() {
        Path root = TestPaths.repositoryRoot();
        RenderRequest request = new RenderRequest(root, out, Optional.of(root.resolve("templates")), false,
                Severity.WARNING, 2);
        RenderResult result = RenderFixture.render(root.resolve("packs"), request);
        assertEquals("", String.join("\n", result.diagnostics().stream().map(Object::toString).toList()));
        assertTrue(result.published());
        assertEquals(result.documents(), result.html());
        assertTrue(result.documents() >= 12, "six documents for each of at least two packs");
        assertTrue(Files.isRegularFile(out.resolve("docs/adult-hearing/service-specification.html")));
        assertTrue(Files.isRegularFile(out.resolve("adoc/adult-hearing/implementation-pack.adoc")));
    }
}
