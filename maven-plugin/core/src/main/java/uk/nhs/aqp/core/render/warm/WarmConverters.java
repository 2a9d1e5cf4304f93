package uk.nhs.aqp.core.render.warm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.Version;
import uk.nhs.aqp.core.render.cache.CacheKey;
import uk.nhs.aqp.core.render.convert.AsciidoctorEngine;
import uk.nhs.aqp.core.render.convert.ConversionAssets;
import uk.nhs.aqp.core.render.convert.Converter;
import uk.nhs.aqp.core.render.convert.DocumentFormat;
import uk.nhs.aqp.core.render.convert.EngineConverter;

/**
 * The build's side of the warm converter ({@link WarmConverter}): finds the one listening for this
 * project's folder, or starts one, and converts through it. A converter of another toolkit build
 * (another version, other jars, another Java) is asked to stop and replaced. Whenever the warm
 * converter cannot be started or reached, the build converts in its own JVM, as it does without
 * one, and says so: the warm converter makes a build faster, never different or broken.
 */
public final class WarmConverters {

    /** How long a warm converter waits for the next build before it stops. */
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);

    /**
     * The warm converter's JVM: the flags of the build's own ({@code .mvn/jvm.config}), C1 only among
     * them. Against the full JIT, on 29 packs with one local change, two rounds each: the build that
     * starts the converter rendered in 20.8 and 21.6 s against 34.4 and 36.7 s, the next two builds
     * in 6.8 to 7.6 s against 8.8 to 11.8 s, at 540 to 680 MB against 610 to 735 MB.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=256m",
            "-Xmx640m", "-XX:+UseParallelGC", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8");

    private static final Duration START_WAIT = Duration.ofSeconds(30);

    private WarmConverters() {
    }

    /**
     * The converter for a render: the warm converter of {@code folder}, found or started, or else
     * one on {@code inBuild}, the build's own engine.
     *
     * @param folder the warm converter's folder, made and guarded by the caller
     */
    public static Converter connect(Path folder, Duration idle, Supplier<AsciidoctorEngine> inBuild, BuildLog log) {
        EngineConverter fallback = new EngineConverter(inBuild);
        String identity = identity();
        Optional<Wire.Address> found = find(folder, identity, log);
        if (found.isEmpty()) {
            found = start(folder, identity, idle, log);
        }
        return found.<Converter>map(a -> new Remote(a, identity, fallback, log)).orElse(fallback);
    }

    /** Stops the warm converter of {@code folder}, if one is listening; true if one was. */
    public static boolean stop(Path folder) {
        Optional<Wire.Address> address = Wire.Address.read(folder);
        if (address.isEmpty()) {
            return false;
        }
        try {
            call(address.get(), "", Wire.STOP, out -> { }, in -> null);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The process of the warm converter listening for {@code folder}, if its file names one. */
    public static Optional<Long> process(Path folder) {
        return Wire.Address.read(folder).map(Wire.Address::pid);
    }

    private static Optional<Wire.Address> find(Path folder, String identity, BuildLog log) {
        Optional<Wire.Address> address = Wire.Address.read(folder);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        Wire.Address a = address.get();
        try {
            long[] state = call(a, identity, Wire.PING, out -> { }, in -> new long[] {in.readLong(), in.readInt()});
            long minutes = TimeUnit.MILLISECONDS.toMinutes(System.currentTimeMillis() - state[0]);
            log.info("[aqp] converter: using the warm converter started " + (minutes == 0 ? "less than a minute"
                    : minutes + " min") + " ago (process " + a.pid() + ", " + state[1] + " documents converted)");
            return address;
        } catch (OtherToolkit e) {
            log.info("[aqp] converter: the warm converter (process " + a.pid() + ") is of another toolkit build; "
                    + "it stops and a new one starts");
            stop(folder);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // gone: its file outlived it
        }
    }

    private static Optional<Wire.Address> start(Path folder, String identity, Duration idle, BuildLog log) {
        Optional<String> classpath = classpath();
        if (classpath.isEmpty()) {
            log.info("[aqp] converter: the toolkit's classpath is not known here; converting in the build's own JVM");
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", classpath.get(), WarmConverter.class.getName(), folder.toString(), identity,
                Long.toString(idle.toSeconds())));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(folder.resolve(Wire.LOG_FILE).toFile()).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            log.warn("[aqp] converter: could not start a warm converter (" + e.getMessage()
                    + "); converting in the build's own JVM");
            return Optional.empty();
        }
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            Optional<Wire.Address> address = Wire.Address.read(folder).filter(a -> a.pid() == process.pid());
            if (address.isPresent()) {
                log.info("[aqp] converter: started a warm converter (process " + process.pid() + ") that the next "
                        + "builds reuse; it stops after " + idle.toMinutes() + " min without a build "
                        + "(-Daqp.converter=in-build converts in the build's own JVM)");
                return address;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        process.destroy();
        log.warn("[aqp] converter: the warm converter did not start (" + lastLine(folder.resolve(Wire.LOG_FILE))
                + "); converting in the build's own JVM");
        return Optional.empty();
    }

    /** The warm converter of one render, with the build's own engine to fall back on if it goes. */
    private static final class Remote implements Converter {

        private final Wire.Address address;
        private final String identity;
        private final EngineConverter fallback;
        private final BuildLog log;
        private volatile boolean lost;

        Remote(Wire.Address address, String identity, EngineConverter fallback, BuildLog log) {
            this.address = address;
            this.identity = identity;
            this.fallback = fallback;
            this.log = log;
        }

        @Override
        public void load(DocumentFormat format) {
            if (!lost) {
                try {
                    call(address, identity, Wire.LOAD, out -> Wire.text(out, format.extension()), in -> null);
                    return;
                } catch (IOException e) {
                    lose(e);
                }
            }
            fallback.load(format);
        }

        @Override
        public Converted convert(DocumentFormat format, String asciidoc, ConversionAssets assets) {
            if (!lost) {
                try {
                    return call(address, identity, Wire.CONVERT, out -> {
                        Wire.text(out, format.extension());
                        Wire.text(out, assets.directory().toString());
                        Wire.text(out, assets.theme());
                        Wire.text(out, assets.stylesheet());
                        Wire.text(out, asciidoc);
                    }, in -> {
                        byte[] bytes = Wire.bytes(in);
                        int n = in.readInt();
                        List<Logged> logged = new ArrayList<>();
                        for (int i = 0; i < n; i++) {
                            logged.add(new Logged(Wire.text(in), in.readInt(), Wire.text(in)));
                        }
                        return new Converted(bytes, logged);
                    });
                } catch (IOException e) {
                    lose(e);
                }
            }
            return fallback.convert(format, asciidoc, assets);
        }

        @Override
        public Optional<Duration> startup() {
            return fallback.startup();
        }

        private synchronized void lose(IOException e) {
            if (!lost) {
                lost = true;
                log.warn("[aqp] converter: lost the warm converter (process " + address.pid() + ": " + e.getMessage()
                        + "); converting the rest in the build's own JVM");
            }
        }
    }

    /** Asciidoctor failed on the document: the build reports it on the document, as its own engine's failure. */
    private static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message);
        }
    }

    /** The converter is of another toolkit build. */
    private static final class OtherToolkit extends IOException {
        OtherToolkit(String theirs) {
            super("another toolkit build: " + theirs);
        }
    }

    private interface Writes {
        void to(DataOutputStream out) throws IOException;
    }

    private interface Reads<T> {
        T from(DataInputStream in) throws IOException;
    }

    /** One request on a connection of its own. */
    private static <T> T call(Wire.Address address, String identity, byte op, Writes request, Reads<T> answer)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), address.port()), 5_000);
            // a converter that does not answer a ping or a stop within seconds is as good as gone; a
            // conversion, or loading the gems in a converter that is still starting, may take minutes
            socket.setSoTimeout(op == Wire.PING || op == Wire.STOP ? 10_000 : 0);
            return exchange(socket, address, identity, op, request, answer);
        }
    }

    private static <T> T exchange(Socket socket, Wire.Address address, String identity, byte op, Writes request,
            Reads<T> answer) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
                DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()))) {
            Wire.text(out, Wire.MAGIC);
            Wire.text(out, address.token());
            Wire.text(out, identity);
            out.writeByte(op);
            request.to(out);
            out.flush();
            byte status = in.readByte();
            if (status == Wire.FAILED) {
                throw new Failed(Wire.text(in));
            }
            if (status == Wire.OTHER_TOOLKIT) {
                throw new OtherToolkit(Wire.text(in));
            }
            return answer.from(in);
        }
    }

    /**
     * What a warm converter must share with the build to stand in for its engine: the toolkit's
     * version, the Java it runs on, its options and every jar and class folder of the toolkit (path,
     * size and time of change; for a folder, of its newest file), so a rebuilt toolkit is another.
     */
    static String identity() {
        StringBuilder text = new StringBuilder(Version.current()).append('\n')
                .append(System.getProperty("java.home")).append('\n').append(JVM_OPTIONS).append('\n');
        classpath().ifPresent(cp -> {
            for (String entry : cp.split(File.pathSeparator)) {
                text.append(entry).append(' ').append(stamp(Path.of(entry))).append('\n');
            }
        });
        return CacheKey.sha256(text.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static String stamp(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    long[] newest = {0, 0};
                    files.forEach(f -> {
                        try {
                            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                            newest[0] = Math.max(newest[0], a.lastModifiedTime().toMillis());
                            newest[1] += a.size();
                        } catch (IOException e) {
                            newest[1]--;
                        }
                    });
                    return newest[0] + " " + newest[1];
                }
            }
            BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class);
            return a.lastModifiedTime().toMillis() + " " + a.size();
        } catch (IOException e) {
            return "missing";
        }
    }

    /** The toolkit's classpath: the plugin's own class loader's jars in Maven, else this JVM's classpath. */
    static Optional<String> classpath() {
        if (WarmConverter.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
            return Optional.of(String.join(File.pathSeparator, entries));
        }
        return Optional.ofNullable(System.getProperty("java.class.path")).filter(cp -> !cp.isBlank());
    }

    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "it wrote nothing" : lines.get(lines.size() - 1).strip();
        } catch (IOException e) {
            return "it wrote nothing";
        }
    }
}
