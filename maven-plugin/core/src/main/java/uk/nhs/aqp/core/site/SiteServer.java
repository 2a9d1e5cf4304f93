package uk.nhs.aqp.core.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves a site folder over HTTP on the loopback interface only. It serves nothing outside the
 * folder: a path with a {@code .} or {@code ..} segment (encoded or not), a backslash or a NUL is
 * not found, and so is a file that a link leads outside the folder. Folders serve their
 * {@code index.html}; an unknown path gets the site's {@code 404.html} with status 404. A
 * {@link Overlay}, when given, adds the preview's live reload and list of problems to each page.
 *
 * <p>It answers only requests addressed to {@code localhost}, {@code 127.0.0.1} or {@code [::1]},
 * and survives slow and many clients: see {@link LoopbackHttpServer} for its limits, and for why
 * it is not the JDK's {@code com.sun.net.httpserver}.
 */
public final class SiteServer implements AutoCloseable {

    /** What the preview adds to the pages it serves. */
    public interface Overlay {

        /** HTML put at the start of the main content of every page (already escaped); empty for none. */
        String bodyStart();

        /** HTML put at the end of the body of every page. */
        String bodyEnd();

        /** The reply to {@code /__aqp/status}, JSON. */
        String status();
    }

    static final String PREVIEW_PREFIX = "/__aqp/";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("zip", "application/zip"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private final Path root;
    private final Optional<Overlay> overlay;
    private LoopbackHttpServer http;

    private SiteServer(Path root, Optional<Overlay> overlay) {
        this.root = root;
        this.overlay = overlay;
    }

    /** Starts serving {@code folder} on {@code 127.0.0.1:port} (0 for any free port). */
    public static SiteServer start(Path folder, int port, Optional<Overlay> overlay) {
        return start(folder, port, overlay, LoopbackHttpServer.Limits.PREVIEW);
    }

    /** As {@link #start(Path, int, Optional)}, with other limits (tests use short timeouts). */
    static SiteServer start(Path folder, int port, Optional<Overlay> overlay, LoopbackHttpServer.Limits limits) {
        SiteServer server = new SiteServer(folder.toAbsolutePath().normalize(), overlay);
        server.http = LoopbackHttpServer.start(port, limits, server::handle);
        return server;
    }

    /** The port it listens on. */
    public int port() {
        return http.port();
    }

    /** {@code http://localhost:<port>/}. */
    public URI uri() {
        return URI.create("http://localhost:" + port() + "/");
    }

    @Override
    public void close() {
        http.close();
    }

    private Reply handle(RequestHead request) {
        try {
            String method = request.method();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                return Reply.text(405, "Method not allowed\n").with("Allow", "GET, HEAD");
            }
            String raw = request.rawPath();
            if (raw.startsWith(PREVIEW_PREFIX) && overlay.isPresent()) {
                return preview(raw.substring(PREVIEW_PREFIX.length()));
            }
            Optional<List<String>> segments = segments(raw);
            if (segments.isEmpty()) {
                return notFound();
            }
            Path file = root;
            for (String s : segments.get()) {
                file = file.resolve(s);
            }
            if (Files.isDirectory(file)) {
                if (!raw.endsWith("/")) {
                    return Reply.empty(301).with("Location", raw + "/" + request.rawQuery().map(q -> "?" + q).orElse(""));
                }
                file = file.resolve("index.html");
            }
            if (!inside(file)) {
                return notFound();
            }
            return serve(200, file, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decoded path segments, or empty if the path is not a plain path inside the folder. */
    static Optional<List<String>> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return Optional.empty();
        List<String> out = new ArrayList<>();
        for (String part : rawPath.substring(1).split("/", -1)) {
            String s = UrlPaths.decode(part);
            if (s.equals(".") || s.equals("..") || s.contains("/") || s.contains("\\") || s.indexOf('\0') >= 0
                    || s.contains(":")) {
                return Optional.empty();
            }
            if (!s.isEmpty()) out.add(s);
        }
        return Optional.of(out);
    }

    private boolean inside(Path file) {
        try {
            return Files.isRegularFile(file) && file.normalize().startsWith(root)
                    && file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private Reply notFound() throws IOException {
        Path page = root.resolve(SiteLinks.NOT_FOUND);
        if (Files.isRegularFile(page)) {
            return serve(404, page, true);
        }
        return Reply.text(404, "Not found\n");
    }

    private Reply serve(int status, Path file, boolean fromRoot) throws IOException {
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        byte[] body = Files.readAllBytes(file);
        if (ext.equals("html") && (fromRoot || overlay.isPresent())) {
            String html = new String(body, StandardCharsets.UTF_8);
            if (fromRoot) {
                // the 404 page is made for the site root; it is served at any path
                html = html.replaceFirst("<head>", "<head>\n  <base href=\"/\">");
            }
            if (overlay.isPresent()) {
                html = inject(html, overlay.get());
            }
            body = html.getBytes(StandardCharsets.UTF_8);
        }
        return Reply.of(status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }

    /** Puts the overlay's problems at the top of the main content (after the skip link and header), its script at the end. */
    private static String inject(String html, Overlay overlay) {
        int main = html.indexOf("id=\"maincontent\"");
        int start = main < 0 ? html.indexOf("<body") : main;
        int open = start < 0 ? -1 : html.indexOf('>', start);
        int close = html.lastIndexOf("</body>");
        if (open < 0 || close < open) return html;
        return html.substring(0, open + 1) + overlay.bodyStart() + html.substring(open + 1, close)
                + overlay.bodyEnd() + html.substring(close);
    }

    private Reply preview(String what) throws IOException {
        return switch (what) {
            case "status" -> Reply.of(200, "application/json", overlay.get().status().getBytes(StandardCharsets.UTF_8));
            case "live.js" -> Reply.of(200, "text/javascript; charset=utf-8", LIVE_RELOAD.getBytes(StandardCharsets.UTF_8));
            default -> notFound();
        };
    }

    /** Polls the preview's build number once a second and reloads the page when it changes. */
    private static final String LIVE_RELOAD = """
            (function () {
              var script = document.currentScript
              var seen = script ? script.getAttribute('data-generation') : null
              function poll () {
                fetch('/__aqp/status', { cache: 'no-store' })
                  .then(function (r) { return r.json() })
                  .then(function (s) {
                    if (seen !== null && String(s.generation) !== String(seen)) { window.location.reload(); return }
                    seen = s.generation
                    setTimeout(poll, 1000)
                  })
                  .catch(function () { setTimeout(poll, 2000) })
              }
              poll()
            })()
            """;
}
