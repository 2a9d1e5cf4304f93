package uk.nhs.aqp.core.site;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.Diagnostic;

/**
 * Tier 2: the site reads the project's own templates and static files only inside the project. A
 * template or static file that is a link leading outside is reported at the link, and neither
 * its text nor where it leads reaches the diagnostics or the site, which is not written.
 */
class SiteTemplateLinksTest {

    private static final String SECRET = "root:x:0:0:S3CRET-passwd-line:/root:/bin/bash";
    private static final String REFUSED = ": error: [template.link-outside] a link to a place outside the project;"
            + " the toolkit reads nothing outside the project and the folders it is given, so it was not read";

    @TempDir
    static Path work;

    private static Toolkit toolkit;
    private static Path project;
    private static Path outside;
    private static SiteRequest request;
    private static ValidationResult validation;

    @BeforeAll
    static void open() throws IOException {
        project = SiteFixture.demoProject(work.resolve("project"));
        request = SiteFixture.request(project, work.resolve("cache"));
        toolkit = Toolkit.open(Optional.empty());
        validation = toolkit.validate(request.validation(), BuildLog.silent());
        outside = Files.createDirectories(work.resolve("beyond-q9z"));
        Files.writeString(outside.resolve("passwd"), SECRET + "\n");
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    @Test
    void a_static_file_linked_outside_the_project_is_refused_and_never_published() throws IOException {
        Path templates = project.resolve("templates-static");
        link(templates.resolve("site/assets/aqp.css"), outside.resolve("passwd"));
        assertEquals(List.of("templates-static/site/assets/aqp.css" + REFUSED), build(templates, "static"));
    }

    @Test
    void a_page_template_linked_outside_the_project_is_refused() throws IOException {
        Path templates = project.resolve("templates-page");
        link(templates.resolve("site/layout.ftlh"), outside.resolve("passwd"));
        assertEquals(List.of("templates-page/site/layout.ftlh" + REFUSED), build(templates, "page"));
    }

    @Test
    void a_site_template_folder_linked_outside_the_project_is_refused_at_the_folder() throws IOException {
        Path templates = project.resolve("templates-folder");
        Files.createDirectories(outside.resolve("site/assets"));
        Files.writeString(outside.resolve("site/assets/aqp.css"), SECRET);
        Files.writeString(outside.resolve("site/home.ftlh"), SECRET);
        link(templates.resolve("site"), outside.resolve("site"));
        assertEquals(List.of("templates-folder/site" + REFUSED), build(templates, "folder"));
    }

    @Test
    void a_static_file_linked_inside_the_project_is_published() throws IOException {
        Path templates = project.resolve("templates-inside");
        Files.createDirectories(project.resolve("styles"));
        Files.writeString(project.resolve("styles/house.css"), "body{color:#005eb8}");
        link(templates.resolve("site/assets/aqp.css"), Path.of("../../../styles/house.css"));
        SiteRequest own = request.withSiteDirectory(work.resolve("inside")).withTemplates(Optional.of(templates));
        SiteResult result = toolkit.site(own, validation, BuildLog.silent());
        assertEquals(List.of(), result.diagnostics());
        assertEquals("body{color:#005eb8}", Files.readString(work.resolve("inside/assets/aqp.css")));
    }

    /** Builds the site with {@code templates}; checks nothing was written or leaked; returns the printed lines. */
    private List<String> build(Path templates, String name) throws IOException {
        Path site = work.resolve(name);
        SiteRequest own = request.withSiteDirectory(site).withTemplates(Optional.of(templates));
        SiteResult result = toolkit.site(own, validation, BuildLog.silent());
        assertTrue(result.failed());
        assertTrue(Files.notExists(site), "nothing written");
        List<String> printed = result.diagnostics().stream().map(Diagnostic::format).toList();
        String all = String.join("\n", printed) + assembled(own);
        assertFalse(all.contains("S3CRET"), "the text behind a link leaked:\n" + printed);
        assertFalse(all.contains(outside.getFileName().toString()), "where a link leads leaked:\n" + printed);
        return printed;
    }

    /** Every file of the site as it was made in memory, before the check that kept it from being written. */
    private String assembled(SiteRequest own) throws IOException {
        SiteBuilder.Assembly assembly = new SiteBuilder(own.templates(), project).assemble(validation, own, BuildLog.silent());
        StringBuilder text = new StringBuilder();
        for (var file : assembly.files().values()) {
            text.append(new String(file.bytes(), StandardCharsets.UTF_8));
        }
        assembly.diagnostics().forEach(d -> text.append(d.format()));
        return text.toString();
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system cannot make symbolic links: " + e);
        }
    }
}
