package uk.nhs.aqp.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Tier 2: a schema override folder is read only inside the project. Schemas are tooling, so a
 * refused link stops the build as broken tooling; its message names the link, never the target.
 */
class SchemaOverrideLinksTest {

    private static final String SECRET = "{\"S3CRET\": \"a private value\"}";

    @TempDir
    Path work;

    Path project;
    Path schemas;
    Path outside;

    @BeforeEach
    void folders() throws IOException {
        project = Files.createDirectories(work.resolve("project"));
        schemas = Files.createDirectories(project.resolve("schemas"));
        outside = Files.createDirectories(work.resolve("beyond-q9z"));
        Files.writeString(outside.resolve("kpis.schema.json"), SECRET);
    }

    @Test
    void a_schema_override_linked_outside_the_project_is_refused_naming_the_link() throws IOException {
        link(schemas.resolve("kpis.schema.json"), outside.resolve("kpis.schema.json"));
        ToolingException e = assertThrows(ToolingException.class,
                () -> SchemaCatalog.load(Optional.of(schemas), project));
        assertTrue(e.getMessage().startsWith("schema kpis.schema.json: schemas/kpis.schema.json is a link to a place"
                + " outside the project"), e.getMessage());
        assertFalse(e.getMessage().contains("S3CRET"), e.getMessage());
        assertFalse(e.getMessage().contains(outside.getFileName().toString()), e.getMessage());
    }

    @Test
    void a_schema_override_folder_linked_outside_the_project_is_refused_at_the_folder() throws IOException {
        Files.delete(schemas);
        link(schemas, outside);
        ToolingException e = assertThrows(ToolingException.class,
                () -> SchemaCatalog.load(Optional.of(schemas), project));
        assertTrue(e.getMessage().startsWith("schema common.schema.json: schemas is a link to a place outside the project"),
                e.getMessage());
    }

    @Test
    void a_schema_override_linked_inside_the_project_is_read() throws IOException {
        Path kept = Files.createDirectories(project.resolve("schema"));
        Files.copy(TestPaths.repositoryRoot().resolve("schema/kpis.schema.json"), kept.resolve("kpis.schema.json"));
        link(schemas.resolve("kpis.schema.json"), Path.of("../schema/kpis.schema.json"));
        SchemaCatalog catalog = SchemaCatalog.load(Optional.of(schemas), project);
        assertEquals(Files.readString(kept.resolve("kpis.schema.json")), catalog.text("kpis.schema.json"));
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }
    }
}
