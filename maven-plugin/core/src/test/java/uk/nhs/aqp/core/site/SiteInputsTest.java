package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * What the site takes from outside: the documents and bundle of the same build (copied and
 * linked, never made again), and a project's own templates. A site with a problem is never written.
 */
class SiteInputsTest {

    @TempDir
    static Path work;

    private static Toolkit toolkit;
    private static Path project;
    private static SiteRequest request;
    private static ValidationResult validation;

    @BeforeAll
    static void open() throws IOException {
        project = SiteFixture.demoProject(work.resolve("project"));
        request = SiteFixture.request(project, work.resolve("cache"));
        toolkit = Toolkit.open(Optional.empty());
        validation = toolkit.validate(request.validation(), BuildLog.silent());
    }

    @AfterAll
    static void close() {
        toolkit.close();
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void documents_and_bundle_are_copied_in_and_linked_from_the_pages_they_belong_to() throws IOException {
        Path docs = project.resolve("target/aqp/docs");
        Path bundle = project.resolve("target/aqp/bundle");
        write(docs.resolve("demo/service-specification.pdf"), "%PDF-1.4 spec");
        write(docs.resolve("demo/service-specification.html"), "<a href=\"#s1\">1</a><h2 id=\"s1\">1</h2>");
        write(docs.resolve("local/test-ccg/demo/service-specification.pdf"), "%PDF-1.4 local spec");
        write(bundle.resolve("packs/demo.json"), "{}");
        write(bundle.resolve("packs/local/test-ccg/demo.json"), "{}");
        write(bundle.resolve("tables/kpis.csv"), "id,name\n");
        write(bundle.resolve("aqp-packs.xlsx"), "xlsx");
        write(bundle.resolve("datapackage.json"), "{}");
        SiteRequest withDownloads = request.withSiteDirectory(work.resolve("with-downloads"))
                .withDownloads(Optional.of(docs), Optional.of(bundle));
        SiteResult result = toolkit.site(withDownloads, validation, BuildLog.silent());
        assertEquals(List.of(), result.diagnostics());
        Path site = withDownloads.siteDirectory();
        assertEquals("%PDF-1.4 spec", Files.readString(site.resolve("docs/demo/service-specification.pdf")));
        String national = Files.readString(site.resolve("packs/demo/index.html"), StandardCharsets.UTF_8);
        assertTrue(national.contains("<a href=\"../../docs/demo/service-specification.pdf\">Service specification</a> "
                + "<span class=\"nhsuk-body-s\">(PDF, 13 bytes)</span>"), national);
        assertTrue(national.contains("href=\"../../docs/demo/service-specification.html\""));
        assertTrue(national.contains("href=\"../../data/packs/demo.json\""));
        assertTrue(national.contains("href=\"../../data/tables/kpis.csv\""));
        assertTrue(national.contains("href=\"../../data/aqp-packs.xlsx\""));
        assertFalse(national.contains("data/packs/local/test-ccg/demo.json"), "another pack's data is not on this page");
        String local = Files.readString(site.resolve("local/test-ccg/demo/index.html"), StandardCharsets.UTF_8);
        assertTrue(local.contains("href=\"../../../docs/local/test-ccg/demo/service-specification.pdf\""));
        assertTrue(local.contains("href=\"../../../data/packs/local/test-ccg/demo.json\""));
        assertTrue(Files.readString(site.resolve("index.html")).contains("href=\"data/datapackage.json\""));
    }

    @Test
    void only_this_builds_zip_is_offered_never_a_stale_or_unrelated_one() throws IOException {
        Path target = work.resolve("zips/target/aqp");
        Path bundle = target.resolve("bundle");
        write(bundle.resolve("datapackage.json"), "{\"name\": \"aqp-packs\", \"version\": \"1.1.0\"}");
        write(bundle.resolve("aqp-packs-1.1.0.zip"), "this build's zip");
        write(bundle.resolve("aqp-packs-1.0.0.zip"), "a stale zip in the folder");
        write(target.resolve("aqp-packs-1.0.0.zip"), "an old snapshot's zip beside the folder");
        write(target.resolve("private.zip"), "someone's own archive");
        SiteRequest withBundle = request.withSiteDirectory(work.resolve("zips/site"))
                .withDownloads(Optional.empty(), Optional.of(bundle));
        SiteResult result;
        try (Toolkit other = Toolkit.open(Optional.empty())) {
            result = other.site(withBundle, validation, BuildLog.silent());
        }
        assertEquals(List.of(), result.diagnostics());
        Path site = withBundle.siteDirectory();
        assertEquals("this build's zip", Files.readString(site.resolve("data/aqp-packs-1.1.0.zip")));
        assertFalse(Files.exists(site.resolve("data/aqp-packs-1.0.0.zip")));
        assertFalse(Files.exists(site.resolve("data/private.zip")));
        String national = Files.readString(site.resolve("packs/demo/index.html"), StandardCharsets.UTF_8);
        assertTrue(national.contains("href=\"../../data/aqp-packs-1.1.0.zip\""), national);
        assertEquals(1, national.split("\\.zip\"", -1).length - 1, "one zip offered");
        assertFalse(Files.exists(site.resolve("data/.aqp-output")), "hidden files are not copied");
    }

    @Test
    void a_broken_link_inside_a_copied_document_fails_the_site_and_names_the_document() throws IOException {
        Path docs = work.resolve("broken-docs");
        write(docs.resolve("demo/kpis.html"), "<p>see <a href=\"../demo/missing.html\">this</a></p>");
        SiteResult result = toolkit.site(request.withSiteDirectory(work.resolve("broken"))
                .withDownloads(Optional.of(docs), Optional.empty()), validation, BuildLog.silent());
        assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
        assertTrue(result.diagnostics().get(0).format().endsWith("[site.broken-link] docs/demo/kpis.html links to "
                + "../demo/missing.html, but the site has no docs/demo/missing.html"), result.diagnostics().toString());
        assertTrue(result.failed());
        assertTrue(Files.notExists(work.resolve("broken")), "nothing written");
    }

    @Test
    void a_project_template_overrides_the_built_in_one_by_name() throws IOException {
        Path templates = work.resolve("own-templates");
        write(templates.resolve("site/404.ftlh"), "<#import \"layout.ftlh\" as layout><@layout.frame><h1>Nothing here, ${page.title}</h1></@layout.frame>");
        SiteResult result = toolkit.site(request.withSiteDirectory(work.resolve("own")).withTemplates(Optional.of(templates)),
                validation, BuildLog.silent());
        assertEquals(List.of(), result.diagnostics());
        assertTrue(Files.readString(work.resolve("own/404.html")).contains("<h1>Nothing here, Page not found</h1>"));
        assertTrue(Files.readString(work.resolve("own/index.html")).contains("Service lines"), "others stay built in");
    }

    @Test
    void a_broken_template_is_reported_at_its_line_naming_what_is_missing_and_the_previous_site_stays() throws IOException {
        Path site = work.resolve("kept");
        assertFalse(toolkit.site(request.withSiteDirectory(site), validation, BuildLog.silent()).failed());
        String before = Files.readString(site.resolve("index.html"));
        Path templates = work.resolve("broken-templates");
        write(templates.resolve("site/home.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.frame>\n<p>${rows.nothing.here}</p>\n</@layout.frame>\n");
        SiteResult result;
        try (Toolkit other = Toolkit.open(Optional.empty())) {
            result = other.site(request.withSiteDirectory(site).withTemplates(Optional.of(templates)), validation,
                    BuildLog.silent());
        }
        assertEquals(1, result.diagnostics().size(), result.diagnostics().toString());
        String d = result.diagnostics().get(0).format();
        assertTrue(d.contains("broken-templates/site/home.ftlh:3:6: error:") && d.contains("[site.template] template home.ftlh failed:"), d);
        assertTrue(d.contains("rows"), "the message names what is missing, not only that something is: " + d);
        assertEquals(before, Files.readString(site.resolve("index.html")), "the previous site is untouched");
    }

    @Test
    void with_its_published_address_the_sitemap_is_absolute_and_the_404_page_resolves_from_the_root()
            throws IOException {
        SiteRequest published = new SiteRequest(request.validation(), project.resolve("target/site-published"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("https://packs.example.org/aqp/"),
                request.frontend());
        SiteResult result = toolkit.site(published, validation, BuildLog.silent());
        assertTrue(!result.failed(), result.diagnostics().toString());
        String sitemap = SiteFixture.page(published, "sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://packs.example.org/aqp/</loc>"), sitemap);
        assertTrue(SiteFixture.page(published, "404.html").contains("<base href=\"https://packs.example.org/aqp/\">"));
        assertTrue(!SiteFixture.page(published, "index.html").contains("<base "));
    }
}
