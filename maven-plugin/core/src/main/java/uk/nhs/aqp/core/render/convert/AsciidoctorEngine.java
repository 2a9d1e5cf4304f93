package uk.nhs.aqp.core.render.convert;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.log.LogRecord;

/**
 * The one Asciidoctor instance of a build. Starting JRuby costs seconds, so it is started once,
 * shared by every conversion (two threads at a time are safe), and closed at the end.
 * Asciidoctor's log goes to whoever converts on the current thread, never to the console.
 *
 * <p>Loading a script ({@link #runOnce}: the PDF gems come with it) changes Asciidoctor's own
 * classes, and a conversion running meanwhile can fail half-way ("undefined method `sub?' for
 * Asciidoctor::Block", seen when the gems loaded while HTML converted on other threads). So a
 * script loads alone: it waits for the conversions under way, and conversions wait for it.
 */
public final class AsciidoctorEngine implements AutoCloseable {

    /** AsciidoctorJ also copies its log to java.util.logging; this build reports it as diagnostics instead. */
    private static final Logger JUL = Logger.getLogger("asciidoctor");

    private final Asciidoctor asciidoctor;
    private final Duration startup;
    private final ThreadLocal<Consumer<LogRecord>> listener = new ThreadLocal<>();
    private final Set<String> scripts = ConcurrentHashMap.newKeySet();
    /** Conversions share it; loading a script takes it alone. */
    private final ReentrantReadWriteLock classes = new ReentrantReadWriteLock();

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

    /**
     * Runs a Ruby script of the toolkit's in this engine, once: the first caller runs it, alone (no
     * conversion runs meanwhile); a caller on another thread meanwhile waits for it to finish.
     */
    void runOnce(String name, byte[] script) {
        if (scripts.contains(name)) {
            return;
        }
        if (classes.getReadHoldCount() > 0) {
            throw new IllegalStateException("load " + name + " before converting, not during a conversion");
        }
        classes.writeLock().lock();
        try {
            if (!scripts.contains(name)) {
                asciidoctor.rubyExtensionRegistry().loadClass(new ByteArrayInputStream(script));
                scripts.add(name);
            }
        } finally {
            classes.writeLock().unlock();
        }
    }

    /** Whether a script is loading now (for tests). */
    boolean loadingScript() {
        return classes.isWriteLocked();
    }

    /** Converts one document, beside any other conversion but never while a script loads. */
    <T> T convert(String asciidoc, Options options, Class<T> result) {
        classes.readLock().lock();
        try {
            return asciidoctor.convert(asciidoc, options, result);
        } finally {
            classes.readLock().unlock();
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
