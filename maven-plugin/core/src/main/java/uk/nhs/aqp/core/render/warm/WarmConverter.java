package uk.nhs.aqp.core.render.warm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import uk.nhs.aqp.core.render.convert.AsciidoctorEngine;
import uk.nhs.aqp.core.render.convert.ConversionAssets;
import uk.nhs.aqp.core.render.convert.Converter;
import uk.nhs.aqp.core.render.convert.DocumentFormat;
import uk.nhs.aqp.core.render.convert.EngineConverter;

/**
 * The warm converter: a JVM of its own that keeps one Asciidoctor engine, with whatever gems the
 * builds needed, between builds, so a build that changed one pack does not start JRuby and load
 * the PDF gems again (8 s on this project's 2-core machine, more than the conversion itself).
 *
 * <p>It listens on the loopback interface only, on a port the system picks, and writes the port,
 * a random token and its identity to {@value Wire#PORT_FILE} in its folder (owner-only where the
 * file system allows); it answers only a request that brings the token, so only someone who can
 * read the build's folder can use it. It converts as the build's own engine does ({@link
 * EngineConverter}), with the documents' assets read from the folder each request names, in
 * Asciidoctor's SECURE mode.
 *
 * <p>It stops by itself: after its idle time with no request, when its file is removed (a
 * {@code mvn clean}) or names another converter, and when asked ({@link Wire#STOP}, sent by a
 * build of another toolkit version). Arguments: the folder, the identity, the idle seconds.
 */
public final class WarmConverter {

    private final Path folder;
    private final String identity;
    private final long idleNanos;
    private final String token;
    private final EngineConverter converter = new EngineConverter(AsciidoctorEngine::start);
    private final Map<String, DocumentFormat> formats = Map.of("html", DocumentFormat.of(false).get(0),
            "pdf", DocumentFormat.of(true).get(1));
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong lastRequest = new AtomicLong(System.nanoTime());
    private final AtomicInteger converted = new AtomicInteger();
    private final long started = System.currentTimeMillis();
    private volatile boolean stopping;

    private WarmConverter(Path folder, String identity, long idleNanos) {
        this.folder = folder;
        this.identity = identity;
        this.idleNanos = idleNanos;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).toAbsolutePath().normalize();
        new WarmConverter(folder, args[1], TimeUnit.SECONDS.toNanos(Long.parseLong(args[2]))).serve();
        System.exit(0);
    }

    private void serve() throws IOException {
        ExecutorService requests = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "aqp-converter");
            t.setDaemon(true);
            return t;
        });
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(1000);
            Wire.Address address = new Wire.Address(server.getLocalPort(), token, ProcessHandle.current().pid(), identity);
            writeAddress(address);
            System.out.println("[aqp] converter " + address.pid() + " listening on port " + address.port() + " for "
                    + folder);
            // the build that started it is about to convert: start the engine now
            Thread warm = new Thread(converter::start, "aqp-converter-start");
            warm.setDaemon(true);
            warm.start();
            while (!stopping) {
                try {
                    Socket socket = server.accept();
                    active.incrementAndGet();
                    lastRequest.set(System.nanoTime());
                    requests.execute(() -> answer(socket));
                } catch (SocketTimeoutException e) {
                    if (active.get() == 0 && System.nanoTime() - lastRequest.get() > idleNanos) {
                        System.out.println("[aqp] converter: idle, stopping");
                        break;
                    }
                    if (!Wire.Address.read(folder).map(a -> a.token().equals(token)).orElse(false)) {
                        System.out.println("[aqp] converter: its file is gone or names another converter, stopping");
                        break;
                    }
                }
            }
        } finally {
            removeAddress();
        }
    }

    private void answer(Socket socket) {
        try (socket;
                DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()))) {
            if (!Wire.MAGIC.equals(Wire.text(in)) || !token.equals(Wire.text(in))) {
                return;
            }
            String theirs = Wire.text(in);
            byte op = in.readByte();
            if (op == Wire.STOP) {
                out.writeByte(Wire.OK);
                out.flush();
                stopping = true;
                return;
            }
            if (!identity.equals(theirs)) {
                out.writeByte(Wire.OTHER_TOOLKIT);
                Wire.text(out, identity);
                out.flush();
                return;
            }
            switch (op) {
                case Wire.PING -> {
                    out.writeByte(Wire.OK);
                    out.writeLong(started);
                    out.writeInt(converted.get());
                }
                case Wire.LOAD -> {
                    String extension = Wire.text(in);
                    respond(out, () -> {
                        converter.load(format(extension));
                        return null;
                    });
                }
                case Wire.CONVERT -> {
                    DocumentFormat format = format(Wire.text(in));
                    ConversionAssets assets = new ConversionAssets(Path.of(Wire.text(in)), Wire.text(in), Wire.text(in));
                    String asciidoc = Wire.text(in);
                    respond(out, () -> converter.convert(format, asciidoc, assets));
                }
                default -> {
                    out.writeByte(Wire.FAILED);
                    Wire.text(out, "unknown request " + op);
                }
            }
            out.flush();
        } catch (IOException | RuntimeException e) {
            System.out.println("[aqp] converter: a request failed: " + e);
        } finally {
            lastRequest.set(System.nanoTime());
            active.decrementAndGet();
        }
    }

    /** Work whose result is a converted document, or nothing. */
    private interface Work {
        Converter.Converted run();
    }

    private void respond(DataOutputStream out, Work work) throws IOException {
        Converter.Converted done;
        try {
            done = work.run();
        } catch (RuntimeException e) {
            out.writeByte(Wire.FAILED);
            Wire.text(out, String.valueOf(e.getMessage()));
            return;
        }
        out.writeByte(Wire.OK);
        if (done != null) {
            converted.incrementAndGet();
            Wire.bytes(out, done.bytes());
            out.writeInt(done.log().size());
            for (Converter.Logged line : done.log()) {
                Wire.text(out, line.severity());
                out.writeInt(line.line());
                Wire.text(out, line.message());
            }
        }
    }

    private DocumentFormat format(String extension) {
        return Optional.ofNullable(formats.get(extension))
                .orElseThrow(() -> new IllegalArgumentException("no format " + extension));
    }

    /** Writes the address file in one move, readable by its owner only where the file system has permissions. */
    private void writeAddress(Wire.Address address) throws IOException {
        Path target = folder.resolve(Wire.PORT_FILE);
        Path temp = folder.resolve("." + Wire.PORT_FILE + "." + token.substring(0, 8));
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp);
        }
        Files.writeString(temp, address.line(), StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the address file if it is still this converter's (a newer one may have replaced it). */
    private void removeAddress() {
        try {
            if (Wire.Address.read(folder).map(a -> a.token().equals(token)).orElse(false)) {
                Files.deleteIfExists(folder.resolve(Wire.PORT_FILE));
            }
        } catch (IOException e) {
            // the next build finds nobody listening and starts a converter of its own
        }
    }
}
