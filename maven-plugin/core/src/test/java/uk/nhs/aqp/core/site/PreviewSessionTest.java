package uk.nhs.aqp.core.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.Toolkit;

/**
 * aqp:serve's engine: serves the site on a free port of localhost, never a file outside it,
 * rebuilds on a change to a pack, and shows a broken pack's problems in the page instead of stopping.
 */
class PreviewSessionTest {

    @TempDir
    static Path work;

    private static Toolkit toolkit;
    private static PreviewSession session;
    private static Path project;
    private static final CopyOnWriteArrayList<String> log = new CopyOnWriteArrayList<>();
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        project = SiteFixture.demoProject(work.resolve("project"));
        Files.writeString(project.resolve("secret.txt"), "not for the web");
        toolkit = Toolkit.open(Optional.empty());
        Files.createDirectories(project.resolve("templates/site/assets"));
        Files.writeString(project.resolve("templates/site/assets/aqp.css"), "/* own style 1 */");
        SiteRequest request = SiteFixture.request(project, work.resolve("cache"))
                .withTemplates(Optional.of(project.resolve("packs/../templates")));
        session = toolkit.preview(request, 0, new BuildLog() {
            @Override public void info(String m) { log.add(m); }
            @Override public void warn(String m) { log.add(m); }
            @Override public void error(String m) { log.add(m); }
        });
    }

    @AfterAll
    static void stop() {
        session.close();
        toolkit.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(session.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the path exactly as written, as a hostile client would (no normalising of dot segments). */
    private static int rawStatus(String path) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), session.uri().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private static void awaitGenerationAfter(long generation) throws InterruptedException {
        for (int i = 0; i < 200 && session.generation() <= generation; i++) {
            Thread.sleep(50);
        }
        assertTrue(session.generation() > generation, "no rebuild within 10 s; log: " + log);
    }

    @Test
    void serves_pages_with_the_live_reload_script_on_localhost() throws Exception {
        assertEquals("localhost", session.uri().getHost());
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Demo service"));
        assertTrue(home.body().contains("<script src=\"/__aqp/live.js\" data-generation=\""));
        assertEquals(200, get("/__aqp/live.js").statusCode());
        assertTrue(get("/__aqp/status").body().startsWith("{\"generation\":"));
        assertEquals(301, rawStatus("/packs/demo"), "a folder without its slash is redirected");
        assertEquals(200, rawStatus("/packs/demo/"));
    }

    @Test
    void nothing_outside_the_site_folder_is_served() throws Exception {
        assertEquals(404, rawStatus("/../secret.txt"));
        assertEquals(404, rawStatus("/../../secret.txt"));
        assertEquals(404, rawStatus("/packs/../../secret.txt"));
        assertEquals(404, rawStatus("/%2e%2e/secret.txt"));
        assertEquals(404, rawStatus("/packs/%2E%2E/%2e%2e/secret.txt"));
        assertEquals(404, rawStatus("/..%2fsecret.txt"));
        assertEquals(404, rawStatus("/..%5csecret.txt"));
        HttpResponse<String> missing = get("/no/such/page.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        assertTrue(missing.body().contains("<base href=\"/\">"), "the 404 page's relative links work at any depth");
    }

    @Test
    void a_broken_pack_shows_its_problems_in_the_page_and_fixing_it_rebuilds() throws Exception {
        Path kpis = project.resolve("packs/national/demo/kpis.yaml");
        String good = Files.readString(kpis);
        long before = session.generation();
        Files.writeString(kpis, good + "\tbroken: [\n");
        awaitGenerationAfter(before);
        HttpResponse<String> page = get("/packs/demo/");
        assertEquals(200, page.statusCode(), "the last good site is still served");
        assertTrue(page.body().contains("The preview is out of date"), page.body());
        assertTrue(page.body().contains("packs/national/demo/kpis.yaml:"), "names the file and line");
        assertTrue(page.body().contains("error: [yaml."));

        long broken = session.generation();
        String renamed = good.replaceFirst("name: [^\\n]+", "name: Renamed while serving");
        assertFalse(renamed.equals(good));
        Files.writeString(kpis, renamed);
        awaitGenerationAfter(broken);
        page = get("/packs/demo/");
        assertFalse(page.body().contains("The preview is out of date"));
        assertTrue(page.body().contains("Renamed while serving"));
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Rebuilt in ") && l.contains(" pages made, ")), log.toString());
    }

    @Test
    void a_change_to_one_adaptation_makes_only_its_page_again() throws Exception {
        Path adaptation = project.resolve("packs/local/drift-ccg/demo/adaptation.yaml");
        long before = session.generation();
        log.clear();
        Files.writeString(adaptation, Files.readString(adaptation).replace("the first year", "the first two years"));
        awaitGenerationAfter(before);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Rebuilt in ") && l.contains(": 1 of 14 pages made, ")), log.toString());
        assertTrue(get("/local/drift-ccg/demo/").body().contains("the first two years"));
    }

    @Test
    void a_change_to_the_project_templates_is_served_and_makes_every_page_again() throws Exception {
        assertEquals("/* own style 1 */", get("/assets/aqp.css").body());
        long before = session.generation();
        log.clear();
        Files.writeString(project.resolve("templates/site/assets/aqp.css"), "/* own style 2 */");
        awaitGenerationAfter(before);
        assertEquals("/* own style 2 */", get("/assets/aqp.css").body());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("Rebuilt in ") && l.contains(": 14 of 14 pages made, ")), log.toString());
    }
}
