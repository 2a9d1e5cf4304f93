package uk.nhs.aqp.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.Severity;

/**
 * Tier 2: a fork's document templates and their assets are read only inside the project. A
 * template, a partial it includes, or a theme file that is a link leading outside is reported at
 * the link; its text and where it leads appear in no diagnostic and no generated file. No document
 * is converted, so these tests never start Asciidoctor.
 */
class DocumentTemplateLinksTest {

    private static final String SECRET = "S3CRET key material that must stay where it is";
    private static final String REFUSED = ": error: [template.link-outside] a link to a place outside the project;"
            + " the toolkit reads nothing outside the project and the folders it is given, so it was not read";

    @TempDir
    Path work;

    Path project;
    Path packs;
    Path templates;
    Path outside;

    @BeforeEach
    void fork() throws IOException {
        project = work.resolve("project");
        packs = RenderFixture.basePack(project.resolve("packs"));
        templates = Files.createDirectories(project.resolve("templates/adoc"));
        outside = Files.createDirectories(work.resolve("beyond-q9z"));
        Files.writeString(outside.resolve("id_rsa"), SECRET + "\n");
    }

    @Test
    void a_document_template_linked_outside_the_project_is_refused() throws IOException {
        link(templates.resolve("patient-choice.adoc.ftl"), outside.resolve("id_rsa"));
        assertEquals(List.of("templates/adoc/patient-choice.adoc.ftl" + REFUSED), render());
    }

    @Test
    void a_partial_linked_outside_the_project_is_refused_where_it_is_included() throws IOException {
        link(templates.resolve("_library.ftl"), outside.resolve("id_rsa"));
        assertEquals(List.of("templates/adoc/_library.ftl" + REFUSED), render());
    }

    @Test
    void a_theme_file_linked_outside_the_project_is_refused() throws IOException {
        link(templates.resolve("nhs-theme.yml"), outside.resolve("id_rsa"));
        assertEquals(List.of("templates/adoc/nhs-theme.yml" + REFUSED), render());
    }

    @Test
    void a_templates_folder_linked_outside_the_project_is_refused_at_the_folder() throws IOException {
        Files.delete(templates);
        Files.writeString(outside.resolve("nhs-theme.yml"), SECRET);
        link(templates, outside);
        assertEquals(List.of("templates/adoc" + REFUSED), render());
    }

    /** Renders HTML only; checks that nothing was converted or leaked; returns the printed lines. */
    private List<String> render() throws IOException {
        RenderResult result = RenderFixture.render(packs, new RenderRequest(project, project.resolve("target/aqp"),
                Optional.of(project.resolve("templates")), false, Severity.ERROR, 1));
        assertTrue(result.failed(), "a refused template fails the render");
        List<String> printed = result.diagnostics().stream().map(Diagnostic::format).toList();
        StringBuilder all = new StringBuilder(String.join("\n", printed));
        try (Stream<Path> files = Files.walk(project.resolve("target"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        assertFalse(all.toString().contains("S3CRET"), "the text behind a link leaked:\n" + printed);
        assertFalse(all.toString().contains(outside.getFileName().toString()), "where a link leads leaked:\n" + printed);
        return printed;
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }
    }
}
