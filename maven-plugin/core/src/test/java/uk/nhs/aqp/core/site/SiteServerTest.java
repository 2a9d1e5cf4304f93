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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's HTTP server on loopback: it answers only requests addressed to this computer
 * (DNS rebinding defence), times out clients that send their headers too slowly while others
 * are still answered, and answers many requests at once. Loopback only; short timeouts so the
 * tests stay quick.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SiteServerTest {

    /** Short timeouts, and only 4 workers: as many as slow clients, so only the timeouts can free them. */
    private static final LoopbackHttpServer.Limits FOUR_WORKERS = new LoopbackHttpServer.Limits(4, 16,
            Duration.ofMillis(400), Duration.ofMillis(1200), Duration.ofSeconds(5));

    @TempDir
    Path site;

    private SiteServer serve(LoopbackHttpServer.Limits limits) throws IOException {
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><head></head><body><p>home</p></body></html>");
        Files.writeString(site.resolve("404.html"), "<!DOCTYPE html><html><head></head><body><p>Page not found</p></body></html>");
        return SiteServer.start(site, 0, Optional.empty(), limits);
    }

    /** Sends a request exactly as written and returns the whole reply (the server closes after it). */
    private static String raw(SiteServer server, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String get(SiteServer server, String host) throws IOException {
        return raw(server, "GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    }

    private static int status(String reply) {
        return Integer.parseInt(reply.substring(9, 12));
    }

    private static String body(String reply) {
        return reply.substring(reply.indexOf("\r\n\r\n") + 4);
    }

    @Test
    void answers_requests_addressed_to_localhost_127_0_0_1_and_ipv6_loopback() throws IOException {
        try (SiteServer server = serve(LoopbackHttpServer.Limits.PREVIEW)) {
            for (String host : List.of("localhost", "LocalHost", "localhost:" + server.port(), "127.0.0.1",
                    "127.0.0.1:" + server.port(), "[::1]", "[::1]:" + server.port())) {
                String reply = get(server, host);
                assertEquals(200, status(reply), host);
                assertTrue(body(reply).contains("home"), host);
            }
        }
    }

    @Test
    void refuses_any_other_host_with_421_and_no_content() throws IOException {
        try (SiteServer server = serve(LoopbackHttpServer.Limits.PREVIEW)) {
            for (String host : List.of("attacker.example", "attacker.example:" + server.port(), "localhost.attacker.example",
                    "127.0.0.1.nip.io", "localhost.", "127.0.0.2", "0.0.0.0", "[::2]", "localhost:80x", "")) {
                String reply = get(server, host);
                assertEquals(421, status(reply), host);
                assertEquals("", body(reply), host);
                assertTrue(reply.contains("Content-Length: 0\r\n"), host);
            }
        }
    }

    @Test
    void refuses_a_request_without_a_host_or_with_two_with_400() throws IOException {
        try (SiteServer server = serve(LoopbackHttpServer.Limits.PREVIEW)) {
            assertEquals(400, status(raw(server, "GET / HTTP/1.1\r\n\r\n")));
            assertEquals(400, status(raw(server, "GET / HTTP/1.0\r\n\r\n")));
            String two = raw(server, "GET / HTTP/1.1\r\nHost: localhost\r\nHost: attacker.example\r\n\r\n");
            assertEquals(400, status(two));
            assertEquals("", body(two));
        }
    }

    @Test
    void refuses_malformed_and_oversized_request_heads() throws IOException {
        try (SiteServer server = serve(LoopbackHttpServer.Limits.PREVIEW)) {
            assertEquals(400, status(raw(server, "GET /\r\nHost: localhost\r\n\r\n")));
            assertEquals(400, status(raw(server, "GET / HTTP/2.0\r\nHost: localhost\r\n\r\n")));
            assertEquals(400, status(raw(server, "GET / HTTP/1.1\r\nHost localhost\r\n\r\n")));
            assertEquals(405, status(raw(server, "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n")));
            String many = "GET / HTTP/1.1\r\nHost: localhost\r\n" + "X-A: b\r\n".repeat(RequestHead.MAX_FIELDS) + "\r\n";
            assertEquals(431, status(raw(server, many)));
            String large = "GET / HTTP/1.1\r\nHost: localhost\r\nX-A: " + "b".repeat(RequestHead.MAX_BYTES) + "\r\n\r\n";
            assertEquals(431, status(raw(server, large)));
        }
    }

    /**
     * Four clients each send one header line every 150 ms and would take 6 s to finish; the server
     * has only 4 workers. The header timeout (1.2 s) closes them with 408, and a normal request
     * sent while they trickle is answered once a worker is free.
     */
    @Test
    void slow_header_clients_are_timed_out_and_a_normal_request_is_still_answered() throws Exception {
        try (SiteServer server = serve(FOUR_WORKERS)) {
            ExecutorService clients = Executors.newFixedThreadPool(4);
            try {
                List<Future<String>> slow = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    slow.add(clients.submit(() -> slowClient(server, 40, 150)));
                }
                Thread.sleep(300); // the slow clients now hold every worker
                String normal = get(server, "localhost");
                assertEquals(200, status(normal));
                for (Future<String> f : slow) {
                    assertEquals("408 after fewer than 40 lines", f.get(30, TimeUnit.SECONDS));
                }
            } finally {
                clients.shutdownNow();
            }
        }
    }

    /** A client that sends a request line, then one header line every {@code pauseMillis}, and never ends the head. */
    private static String slowClient(SiteServer server, int lines, long pauseMillis) throws IOException, InterruptedException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < lines; i++) {
                Thread.sleep(pauseMillis);
                if (in.available() > 0) {
                    break;
                }
                try {
                    out.write(("X-Slow-" + i + ": x\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    break; // the server closed the connection: read what it said
                }
            }
            String reply = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return reply.startsWith("HTTP/1.1 408 ") ? "408 after fewer than " + lines + " lines" : "reply: " + reply;
        }
    }

    @Test
    void a_connection_that_sends_nothing_is_closed_after_the_idle_timeout() throws IOException {
        try (SiteServer server = serve(FOUR_WORKERS);
                Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(reply.startsWith("HTTP/1.1 408 "), reply);
        }
    }

    @Test
    void two_hundred_parallel_requests_are_all_answered() throws Exception {
        try (SiteServer server = serve(LoopbackHttpServer.Limits.PREVIEW)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
            List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String path = i % 2 == 0 ? "/" : "/index.html?request=" + i;
                replies.add(http.sendAsync(HttpRequest.newBuilder(server.uri().resolve(path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> r : replies) {
                statuses.add(r.get(45, TimeUnit.SECONDS).statusCode());
            }
            assertEquals(java.util.Collections.nCopies(200, 200), statuses);
        }
    }

    @Test
    void recognises_only_loopback_names_as_this_computer() {
        assertTrue(LoopbackHttpServer.localHost("localhost:8080"));
        assertTrue(LoopbackHttpServer.localHost("[::1]:8080"));
        assertFalse(LoopbackHttpServer.localHost("::1"));
        assertFalse(LoopbackHttpServer.localHost("localhost:8080:1"));
        assertFalse(LoopbackHttpServer.localHost("evil.example"));
    }
}
