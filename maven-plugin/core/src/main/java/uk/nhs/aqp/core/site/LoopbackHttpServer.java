package uk.nhs.aqp.core.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import uk.nhs.aqp.core.diagnostic.ToolingException;

/**
 * A small HTTP/1.1 server for the preview, on the loopback interface only, one request per
 * connection, each connection on a worker of a bounded pool.
 *
 * <p>Why not the JDK's {@code com.sun.net.httpserver}: it reads a request's head on a worker with
 * no time limit, so a few clients that send one header line every few seconds hold every worker
 * and the server stops answering. Its only limits are the system properties
 * {@code sun.net.httpserver.maxReqTime}, {@code idleInterval} and {@code maxReqHeaders}, which are
 * read once per JVM when the class is first loaded; inside a Maven JVM, which runs other plugins
 * and tests, setting them is fragile (too late, or for everyone). Here every limit belongs to the
 * server and is enforced on each connection:
 * <ul>
 *   <li>the idle timeout: no wait for the next bytes of a request head is longer (a connection that
 *       says nothing is closed);</li>
 *   <li>the header timeout: the whole head must arrive within it (a client that trickles header
 *       lines gets 408 and is closed), and it may be at most 16 KiB and 100 fields (431);</li>
 *   <li>the write timeout: a reply not taken by the client within it is abandoned and the
 *       connection closed;</li>
 *   <li>a fixed pool of workers and a bounded queue of accepted connections; when both are full a
 *       connection gets 503 at once rather than waiting without limit.</li>
 * </ul>
 * Every reply closes its connection ({@code Connection: close}), so an idle keep-alive connection
 * never holds a worker; on loopback a new connection costs little.
 *
 * <p>DNS rebinding defence: a request is answered only when its {@code Host} is {@code localhost},
 * {@code 127.0.0.1} or {@code [::1]}, with or without a port. Another host gets 421 and no content;
 * no {@code Host} or two of them get 400. A web page from another site that a browser sends to
 * this port under its own name therefore reads nothing.
 */
final class LoopbackHttpServer implements AutoCloseable {

    /**
     * The server's limits.
     *
     * @param workers connections handled at once
     * @param queue accepted connections that may wait for a worker
     * @param idleTimeout the longest wait for the next bytes of a request head
     * @param headerTimeout the longest time for the whole request head
     * @param writeTimeout the longest time for writing a reply
     */
    record Limits(int workers, int queue, Duration idleTimeout, Duration headerTimeout, Duration writeTimeout) {

        /** Enough for a browser and its parallel requests, a test suite, and a few stuck clients. */
        static final Limits PREVIEW = new Limits(32, 256, Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(60));

        Limits {
            if (workers < 1 || queue < 1) {
                throw new IllegalArgumentException("workers and queue must be at least 1");
            }
        }
    }

    private static final Pattern LOCAL_HOST = Pattern.compile("(?i)(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]{1,5})?");
    private static final int BACKLOG = 256;
    private static final int LINGER_BYTES = 64 * 1024;
    private static final long LINGER_MILLIS = 1000;

    private final ServerSocket listener;
    private final Limits limits;
    private final Function<RequestHead, Reply> handler;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService watchdog;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    private LoopbackHttpServer(ServerSocket listener, Limits limits, Function<RequestHead, Reply> handler) {
        this.listener = listener;
        this.limits = limits;
        this.handler = handler;
        this.workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.queue()), daemons("aqp-serve"));
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemons("aqp-serve-watchdog"));
        timer.setRemoveOnCancelPolicy(true);
        this.watchdog = timer;
        this.acceptor = daemons("aqp-serve-accept").newThread(this::accept);
    }

    /** Listens on {@code 127.0.0.1:port} (0 for any free port) and answers each request with the handler. */
    static LoopbackHttpServer start(int port, Limits limits, Function<RequestHead, Reply> handler) {
        ServerSocket listener = null;
        try {
            listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
        } catch (IOException e) {
            closeQuietly(listener);
            throw new ToolingException("cannot serve on port " + port + ": " + e.getMessage(), e);
        }
        LoopbackHttpServer server = new LoopbackHttpServer(listener, limits, handler);
        server.acceptor.start();
        return server;
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Whether a {@code Host} field names this computer's loopback address. */
    static boolean localHost(String host) {
        return LOCAL_HOST.matcher(host).matches();
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        workers.shutdownNow();
        watchdog.shutdownNow();
        open.forEach(LoopbackHttpServer::closeQuietly);
        try {
            acceptor.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void accept() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (closed) return;
                continue;
            }
            open.add(socket);
            try {
                workers.execute(() -> exchange(socket));
            } catch (RejectedExecutionException e) {
                // every worker busy and the queue full: say so now rather than keep the client waiting
                finish(socket, Reply.text(503, "The preview server is busy; try again.\n"), false, false);
            }
        }
    }

    private void exchange(Socket socket) {
        RequestHead head;
        try {
            head = RequestHead.read(socket, limits.idleTimeout(),
                    System.nanoTime() + limits.headerTimeout().toNanos());
        } catch (RequestHead.Refused refused) {
            if (refused.status() == 0) {
                forget(socket);
            } else {
                finish(socket, Reply.text(refused.status(), refused.getMessage() + "\n"), false, true);
            }
            return;
        } catch (IOException e) {
            forget(socket);
            return;
        }
        Reply reply;
        List<String> hosts = head.values("host");
        if (hosts.size() != 1) {
            reply = Reply.empty(400);
        } else if (!localHost(hosts.get(0))) {
            reply = Reply.empty(421);
        } else {
            try {
                reply = handler.apply(head);
            } catch (RuntimeException e) {
                reply = Reply.text(500, "The preview server failed: " + e + "\n");
            }
        }
        finish(socket, reply, head.method().equals("HEAD"), false);
    }

    /**
     * Writes the reply (within the write timeout) and closes. With {@code linger}, for a request
     * refused while the client may still be sending, first waits briefly for it to stop.
     */
    private void finish(Socket socket, Reply reply, boolean headOnly, boolean linger) {
        ScheduledFuture<?> stop = null;
        try {
            stop = watchdog.schedule(() -> closeQuietly(socket), limits.writeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closing down
        }
        try {
            OutputStream out = socket.getOutputStream();
            out.write(reply.head());
            if (!headOnly) {
                out.write(reply.body());
            }
            out.flush();
            socket.shutdownOutput();
            if (linger) {
                linger(socket);
            }
        } catch (IOException e) {
            // the client went away
        } finally {
            if (stop != null) stop.cancel(false);
            forget(socket);
        }
    }

    /**
     * Reads what the client still sends, for at most {@value #LINGER_MILLIS} ms and
     * {@value #LINGER_BYTES} bytes, so that closing does not reset the connection before the
     * client has read the reply (a client cut off mid-request would otherwise see a reset, not 408).
     * A client that reads the reply and closes ends this at once.
     */
    private static void linger(Socket socket) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
        InputStream in = socket.getInputStream();
        byte[] sink = new byte[4096];
        int total = 0;
        try {
            long left;
            while (total < LINGER_BYTES && (left = deadline - System.nanoTime()) > 0) {
                socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                int n = in.read(sink);
                if (n < 0) return;
                total += n;
            }
        } catch (SocketTimeoutException e) {
            // the client neither sent more nor closed: close anyway
        }
    }

    private void forget(Socket socket) {
        open.remove(socket);
        closeQuietly(socket);
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory plain = Executors.defaultThreadFactory();
        return r -> {
            Thread t = plain.newThread(r);
            t.setName(name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
