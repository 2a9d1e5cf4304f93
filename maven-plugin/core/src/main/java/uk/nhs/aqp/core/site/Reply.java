package uk.nhs.aqp.core.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One HTTP response of the preview server: status, content type, body, and any further header
 * fields (e.g. {@code Location}).
 */
record Reply(int status, String contentType, byte[] body, List<Map.Entry<String, String>> headers) {

    static final String TEXT = "text/plain; charset=utf-8";

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"),
            Map.entry(301, "Moved Permanently"), Map.entry(400, "Bad Request"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Timeout"),
            Map.entry(421, "Misdirected Request"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(503, "Service Unavailable"));

    Reply {
        headers = List.copyOf(headers);
    }

    static Reply of(int status, String contentType, byte[] body) {
        return new Reply(status, contentType, body, List.of());
    }

    /** A reply with a short plain-text body. */
    static Reply text(int status, String text) {
        return of(status, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A reply with no content at all. */
    static Reply empty(int status) {
        return of(status, TEXT, new byte[0]);
    }

    Reply with(String name, String value) {
        List<Map.Entry<String, String>> more = new java.util.ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new Reply(status, contentType, body, more);
    }

    /** The status line and header fields; the connection is always closed after the reply. */
    byte[] head() {
        StringBuilder s = new StringBuilder();
        s.append("HTTP/1.1 ").append(status).append(' ').append(REASONS.getOrDefault(status, "Unknown")).append("\r\n");
        s.append("Content-Type: ").append(contentType).append("\r\n");
        s.append("Content-Length: ").append(body.length).append("\r\n");
        s.append("Cache-Control: no-store\r\n");
        s.append("X-Content-Type-Options: nosniff\r\n");
        s.append("Connection: close\r\n");
        headers.forEach(h -> s.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
        s.append("\r\n");
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
