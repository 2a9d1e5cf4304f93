package uk.nhs.aqp.core.site;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The request line and header fields of one HTTP/1.x request, read from a socket within limits:
 * at most {@value #MAX_BYTES} bytes and {@value #MAX_FIELDS} fields, no gap between two reads
 * longer than the idle timeout, and the whole head before a deadline. A request that breaks a
 * limit is {@link Refused} with the status to answer (408, 400 or 431); a client that closes
 * first is {@link Refused} with status 0 (nothing to answer).
 *
 * @param method the method, e.g. {@code GET}
 * @param target the request target as sent, e.g. {@code /packs/demo/?x=1}
 * @param fields the header fields in the order sent, names in lower case
 */
record RequestHead(String method, String target, List<Field> fields) {

    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_FIELDS = 100;

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VERSION = Pattern.compile("HTTP/1\\.[01]");

    /** One header field. */
    record Field(String name, String value) {
    }

    /** Why a request head was not read: the status to answer (0 for none) and a reason for the body. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String reason) {
            super(reason, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    RequestHead {
        fields = List.copyOf(fields);
    }

    /** The path part of the target, as sent (still percent-encoded). */
    String rawPath() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** The query part of the target, as sent, if it has one. */
    Optional<String> rawQuery() {
        int q = target.indexOf('?');
        return q < 0 ? Optional.empty() : Optional.of(target.substring(q + 1));
    }

    /** Every value of the fields with this name (lower case). */
    List<String> values(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(Field::value).toList();
    }

    /**
     * Reads a request head from the socket.
     *
     * @param idle the longest wait for the next bytes
     * @param deadline {@link System#nanoTime()} by which the whole head must have arrived
     */
    static RequestHead read(Socket socket, Duration idle, long deadline) throws IOException, Refused {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[MAX_BYTES];
        int length = 0;
        int end;
        while ((end = headEnd(buffer, length)) < 0) {
            if (length == buffer.length) {
                throw new Refused(431, "The request head is larger than " + MAX_BYTES + " bytes.");
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new Refused(408, "The request head took too long to arrive.");
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(idle.toMillis(), (remaining + 999_999) / 1_000_000)));
            int n;
            try {
                n = in.read(buffer, length, buffer.length - length);
            } catch (SocketTimeoutException e) {
                throw new Refused(408, "The request head took too long to arrive.");
            }
            if (n < 0) {
                throw new Refused(0, "The client closed the connection.");
            }
            length += n;
        }
        return parse(new String(buffer, 0, end, StandardCharsets.ISO_8859_1));
    }

    /** The index just after the blank line that ends the head, or -1. Leading blank lines are skipped. */
    private static int headEnd(byte[] b, int length) {
        int start = 0;
        while (start < length && (b[start] == '\r' || b[start] == '\n')) start++;
        for (int i = start; i < length; i++) {
            if (b[i] == '\n') {
                if (i + 1 < length && b[i + 1] == '\n') return i + 2;
                if (i + 2 < length && b[i + 1] == '\r' && b[i + 2] == '\n') return i + 3;
            }
        }
        return -1;
    }

    static RequestHead parse(String head) throws Refused {
        List<String> lines = new ArrayList<>(List.of(head.strip().split("\r?\n", -1)));
        String[] request = lines.remove(0).split(" ", -1);
        if (request.length != 3 || !TOKEN.matcher(request[0]).matches() || !VERSION.matcher(request[2]).matches()
                || request[1].isEmpty() || request[1].chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
            throw new Refused(400, "The request line is not an HTTP/1.x request line.");
        }
        if (lines.size() > MAX_FIELDS) {
            throw new Refused(431, "The request has more than " + MAX_FIELDS + " header fields.");
        }
        List<Field> fields = new ArrayList<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon <= 0 || !TOKEN.matcher(line.substring(0, colon)).matches()) {
                throw new Refused(400, "A header field is malformed.");
            }
            fields.add(new Field(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip()));
        }
        return new RequestHead(request[0], request[1], fields);
    }
}
