package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.bundle.BundleRequest;
import uk.nhs.aqp.core.render.RenderRequest;

/**
 * aqp:serve keeps a page and its downloads in step: after an edit to a KPI the pack page, its
 * KPI schedule document and the pack's JSON download all carry the new name, and only the changed
 * pack's documents are converted again (the rest come from the render cache).
 */
@Tag("render")
class PreviewKeepsDownloadsCurrentTest {

    @TempDir
    Path work;

    @Test
    void an_edit_reaches_the_page_its_document_and_its_data_download() throws Exception {
        Path project = SiteFixture.demoProject(work.resolve("project"));
        Path target = project.resolve("target");
        RenderRequest documents = RenderRequest.forProject(project).withPdf(false)
                .withTemplates(Optional.empty())
                .withCache(RenderRequest.CacheSettings.at(work.resolve("render-cache"), 64L * 1024 * 1024));
        BundleRequest data = BundleRequest.forProject(project, "1.0.0", Optional.empty());
        SiteRequest site = new SiteRequest(SiteFixture.request(project, work.resolve("npm")).validation(),
                target.resolve("site"), Optional.empty(), Optional.of(documents.documentsDirectory()),
                Optional.of(data.outputDirectory()), Optional.empty(), SiteFixture.frontend(work.resolve("npm")));
        CopyOnWriteArrayList<String> log = new CopyOnWriteArrayList<>();
        BuildLog collect = new BuildLog() {
            @Override public void info(String m) { log.add(m); }
            @Override public void warn(String m) { log.add(m); }
            @Override public void error(String m) { log.add(m); }
        };
        try (Toolkit toolkit = Toolkit.open(Optional.empty());
                PreviewSession session = toolkit.preview(site, Optional.of(documents), Optional.of(data), 0, collect)) {
            Path schedule = site.siteDirectory().resolve("docs/demo/kpi-schedule.html");
            Path json = site.siteDirectory().resolve("data/packs/demo.json");
            assertTrue(Files.exists(site.siteDirectory().resolve("index.html")), "the pages are served first");
            // the documents and downloads follow on the watch thread, after the server answers
            for (int i = 0; i < 1200 && log.stream().noneMatch(l -> l.startsWith("Documents and downloads")); i++) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(schedule), "the first build renders the documents: " + log);
            assertFalse(read(schedule).contains("Renamed while serving"));

            Path kpis = project.resolve("packs/national/demo/kpis.yaml");
            String renamed = Files.readString(kpis).replaceFirst("name: [^\\n]+", "name: Renamed while serving");
            log.clear();
            Files.writeString(kpis, renamed);
            for (int i = 0; i < 1200 && log.stream().noneMatch(l -> l.startsWith("Documents and downloads")); i++) {
                Thread.sleep(50);
            }
            assertTrue(read(site.siteDirectory().resolve("packs/demo/index.html")).contains("Renamed while serving"));
            assertTrue(read(schedule).contains("Renamed while serving"), "the document is rendered again: " + log);
            assertTrue(read(json).contains("Renamed while serving"), "the data download is written again: " + log);
            assertTrue(log.stream().anyMatch(l -> l.startsWith("Documents and downloads brought up to date")), log.toString());
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
