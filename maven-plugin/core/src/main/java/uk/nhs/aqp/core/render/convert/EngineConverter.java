package uk.nhs.aqp.core.render.convert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Converts on the Asciidoctor engine of this JVM, started on first use (a build whose documents
 * all come from the cache never starts it).
 */
public final class EngineConverter implements Converter {

    private final Supplier<AsciidoctorEngine> engines;
    private AsciidoctorEngine engine;
    private Duration startup;

    /** @param engines gives the engine, starting it the first time; called once */
    public EngineConverter(Supplier<AsciidoctorEngine> engines) {
        this.engines = engines;
    }

    /** Starts the engine now, if it is not started. */
    public void start() {
        engine();
    }

    @Override
    public void load(DocumentFormat format) {
        format.load(engine());
    }

    @Override
    public Converted convert(DocumentFormat format, String asciidoc, ConversionAssets assets) {
        AsciidoctorEngine shared = engine();
        List<Logged> log = new ArrayList<>();
        byte[] bytes = shared.capturing(record -> log.add(new Logged(record.getSeverity().name(),
                        record.getCursor() == null ? 0 : Math.max(0, record.getCursor().getLineNumber()),
                        record.getMessage())),
                () -> format.convert(shared, asciidoc, assets));
        return new Converted(bytes, log);
    }

    @Override
    public synchronized Optional<Duration> startup() {
        return Optional.ofNullable(startup);
    }

    private synchronized AsciidoctorEngine engine() {
        if (engine == null) {
            long t = System.nanoTime();
            engine = engines.get();
            // an engine the build had already started took no time now
            startup = Duration.ofNanos(System.nanoTime() - t).toMillis() > 100 ? engine.startup() : null;
        }
        return engine;
    }
}
