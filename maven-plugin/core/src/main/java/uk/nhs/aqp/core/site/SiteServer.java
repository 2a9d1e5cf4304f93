package uk.nhs.aqp.core.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * Serves a site folder over HTTP on the loopback interface only. It serves nothing outside the
 * folder: a path with a {@code .} or {@code ..} segment (encoded or not), a backslash or a NUL is
 * not found, and so is a file that a link leads outside the folder. Folders serve their
 * {@code index.html}; an unknown path gets the site's {@code 404.html} with status 404. A
 * {@link Overlay}, when given, adds the preview's live reload and list of problems to each page.
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
    private final HttpServer server;
    private final ExecutorService threads;
    private final Optional<Overlay> overlay;

    private SiteServer(Path root, HttpServer server, ExecutorService threads, Optional<Overlay> overlay) {
        this.root = root;
        this.server = server;
        this.threads = threads;
        this.overlay = overlay;
    }

    /** Starts serving {@code folder} on {@code 127.0.0.1:port} (0 for any free port). */
    public static SiteServer start(Path folder, int port, Optional<Overlay> overlay) {
        Path root = folder.toAbsolutePath().normalize();
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "aqp-serve");
                t.setDaemon(true);
                return t;
            });
            SiteServer server = new SiteServer(root, http, threads, overlay);
            http.createContext("/", server::handle);
            http.setExecutor(threads);
            http.start();
            return server;
        } catch (IOException e) {
            throw new ToolingException("cannot serve on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://localhost:<port>/}. */
    public URI uri() {
        return URI.create("http://localhost:" + port() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            if (raw != null && raw.startsWith(PREVIEW_PREFIX) && overlay.isPresent()) {
                preview(exchange, raw.substring(PREVIEW_PREFIX.length()));
                return;
            }
            Optional<List<String>> segments = segments(raw);
            if (segments.isEmpty()) {
                notFound(exchange);
                return;
            }
            Path file = root;
            for (String s : segments.get()) {
                file = file.resolve(s);
            }
            if (Files.isDirectory(file)) {
                if (!raw.endsWith("/")) {
                    String query = exchange.getRequestURI().getRawQuery();
                    exchange.getResponseHeaders().set("Location", raw + "/" + (query == null ? "" : "?" + query));
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!inside(file)) {
                notFound(exchange);
                return;
            }
            serve(exchange, 200, file, false);
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

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve(SiteLinks.NOT_FOUND);
        if (Files.isRegularFile(page)) {
            serve(exchange, 404, page, true);
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void serve(HttpExchange exchange, int status, Path file, boolean fromRoot) throws IOException {
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
        send(exchange, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
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

    private void preview(HttpExchange exchange, String what) throws IOException {
        switch (what) {
            case "status" -> send(exchange, 200, "application/json", overlay.get().status().getBytes(StandardCharsets.UTF_8));
            case "live.js" -> send(exchange, 200, "text/javascript; charset=utf-8", LIVE_RELOAD.getBytes(StandardCharsets.UTF_8));
            default -> notFound(exchange);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
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
