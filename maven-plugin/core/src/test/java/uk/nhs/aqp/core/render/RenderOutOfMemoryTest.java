package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.publish.OutputGuard;
import uk.nhs.aqp.core.publish.Publisher;

/**
 * A render that runs out of memory while converting stops with that error itself, not a
 * "rendering failed" wrapped around it, so the Maven goal can say how to give the build more
 * memory; and it publishes no documents.
 */
class RenderOutOfMemoryTest {

    @TempDir
    Path project;

    @Test
    void running_out_of_memory_on_a_conversion_thread_reaches_the_caller_as_itself_and_publishes_nothing()
            throws Exception {
        TestPaths.copyTree(TestPaths.casesFolder().resolve("_base/packs"), project.resolve("packs"));
        ValidationResult validation;
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            validation = toolkit.validate(ValidateRequest.forProject(project), BuildLog.silent());
        }
        RenderRequest request = RenderRequest.forProject(project).withPdf(false)
                .withCache(RenderRequest.CacheSettings.OFF);
        RenderStage stage = new RenderStage(new ProjectPaths(project),
                new Publisher(OutputGuard.forProject(project, List.of()), BuildLog.silent()), () -> {
                    throw new OutOfMemoryError("Java heap space");
                });

        OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class,
                () -> stage.run(request, validation.allPacks(), validation.standard(), BuildLog.silent()));

        assertEquals("Java heap space", thrown.getMessage());
        assertFalse(Files.exists(request.documentsDirectory()), "no documents folder was published");
    }
}
