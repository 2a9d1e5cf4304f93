package uk.nhs.aqp.core.render.convert;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.log.LogRecord;

/**
 * The one Asciidoctor instance of a build. Starting JRuby costs seconds, so it is started once,
 * shared by every conversion (two threads at a time are safe), and closed at the end.
 * Asciidoctor's log goes to whoever converts on the current thread, never to the console.
 */
public final class AsciidoctorEngine implements AutoCloseable {

    /** AsciidoctorJ also copies its log to java.util.logging; this build reports it as diagnostics instead. */
    private static final Logger JUL = Logger.getLogger("asciidoctor");

    private final Asciidoctor asciidoctor;
    private final Duration startup;
    private final ThreadLocal<Consumer<LogRecord>> listener = new ThreadLocal<>();
    private final Set<String> scripts = new HashSet<>();

    private AsciidoctorEngine(Asciidoctor asciidoctor, Duration startup) {
        this.asciidoctor = asciidoctor;
        this.startup = startup;
        asciidoctor.registerLogHandler(record -> {
            Consumer<LogRecord> l = listener.get();
            if (l != null) {
                l.accept(record);
            }
        });
    }

    public static AsciidoctorEngine start() {
        JUL.setUseParentHandlers(false);
        long start = System.nanoTime();
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        return new AsciidoctorEngine(asciidoctor, Duration.ofNanos(System.nanoTime() - start));
    }

    /** How long JRuby and Asciidoctor took to start. */
    public Duration startup() {
        return startup;
    }

    Asciidoctor asciidoctor() {
        return asciidoctor;
    }

    /**
     * Runs a Ruby script of the toolkit's in this engine, once: the first caller runs it, a caller
     * on another thread meanwhile waits for it to finish.
     */
    synchronized void runOnce(String name, byte[] script) {
        if (scripts.add(name)) {
            asciidoctor.rubyExtensionRegistry().loadClass(new ByteArrayInputStream(script));
        }
    }

    /** Runs {@code work} on this thread, handing every log record it causes to {@code log}. */
    public <T> T capturing(Consumer<LogRecord> log, Supplier<T> work) {
        listener.set(log);
        try {
            return work.get();
        } finally {
            listener.remove();
        }
    }

    @Override
    public void close() {
        asciidoctor.close();
    }
}
