package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.diagnostic.Severity;

class RepositoryDocumentsTest {

    @Test
    void renders_every_document_of_the_repository_packs() {
        Path root = TestPaths.repositoryRoot();
        Path out = root.resolve("maven-plugin/core/target/render-repository");
        RenderRequest request = new RenderRequest(root, out, Optional.of(root.resolve("templates")), true,
                Severity.WARNING, 2);
        RenderResult result = RenderFixture.render(root.resolve("packs"), request);
        assertEquals("", String.join("\n", result.diagnostics().stream().map(Object::toString).toList()));
        assertTrue(result.published());
    }
}
