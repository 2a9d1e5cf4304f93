package uk.nhs.aqp.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.bundle.BundleRequest;
import uk.nhs.aqp.core.bundle.BundleResult;
import uk.nhs.aqp.core.render.RenderRequest;
import uk.nhs.aqp.core.render.warm.WarmConverters;
import uk.nhs.aqp.core.render.RenderResult;
import uk.nhs.aqp.core.site.SiteRequest;
import uk.nhs.aqp.core.site.SiteResult;

/**
 * One full build of a fork in a JVM of its own, as {@code ./mvnw package} runs it (validate,
 * render, bundle, site), for {@link BuildBench}: prints one {@code RESULT} line with the time of
 * each stage, what the render converted and took from the cache, and the JVM's peak resident memory.
 *
 * <p>Arguments: project folder, cache folder, {@code pdf}, {@code html} or {@code none} (no documents:
 * validation, bundle and site alone), threads, npm cache folder, and optionally a shard
 * ({@code 1/20}: convert only that shard's documents into the cache, as one job of a CI matrix
 * does; the bundle and the site are then skipped). With {@code -Daqp.bench.progress=true} the build's
 * own lines, the render's progress among them, go to standard output.
 */
public final class BuildOnce {

    private BuildOnce() {
    }

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        boolean pdf = args[2].equals("pdf");
        boolean documents = !args[2].equals("none");
        int threads = Integer.parseInt(args[3]);
        Path npm = Path.of(args[4]);
        Optional<RenderRequest.Shard> shard = args.length > 5 ? Optional.of(RenderRequest.Shard.parse(args[5])) : Optional.empty();
        BuildLog log = Boolean.getBoolean("aqp.bench.progress") ? progressOnStandardOutput() : BuildLog.silent();
        // each stage opens and closes a toolkit of its own, as each goal of ./mvnw package does: the
        // Asciidoctor engine the render starts is closed before the bundle and the site, and the
        // validation is made once and reused, as the goals reuse it through the plugin context
        long t0 = System.nanoTime();
        ValidationResult validation = inToolkit(t -> t.validate(uk.nhs.aqp.core.ValidateRequest.forProject(project), log));
        long t1 = System.nanoTime();
        if (validation.failed()) {
            throw new IllegalStateException("the fork is not valid: " + validation.diagnostics().subList(0,
                    Math.min(5, validation.diagnostics().size())));
        }
        // as ./mvnw package converts outside CI: through the warm converter kept between builds
        Path converter = project.resolve("target/aqp/converter");
        Optional<RenderRequest.WarmConverter> warm = System.getProperty("aqp.bench.converter", "warm").equals("warm")
                ? Optional.of(new RenderRequest.WarmConverter(converter, WarmConverters.DEFAULT_IDLE)) : Optional.empty();
        RenderRequest render = RenderRequest.forProject(project).withPdf(pdf).withThreads(threads)
                .withCache(RenderRequest.CacheSettings.at(cache, 20L << 30)).withShard(shard).withWarmConverter(warm);
        RenderResult rendered = documents ? inToolkit(t -> t.render(render, validation, log)) : null;
        long t2 = System.nanoTime();
        if (shard.isPresent()) {
            System.out.printf("RESULT packs=%d validate=%d render=%d bundle=0 site=0 converted=%d cached=%d rss=%d "
                    + "converterRss=%d%n", validation.packs().size() + validation.localPacks().size(), ms(t1 - t0),
                    ms(t2 - t1), rendered.converted(), rendered.fromCache(), peakRssKilobytes(), converterRss(converter));
            return;
        }
        BundleResult bundle = inToolkit(t -> t.bundle(BundleRequest.forProject(project, "1.0.0",
                Optional.of(Instant.parse("2013-04-01T00:00:00Z"))), validation, log));
        long t3 = System.nanoTime();
        SiteResult site = inToolkit(t -> t.site(SiteRequest.forProject(project, npm), validation, log));
        long t4 = System.nanoTime();
        if (documents && rendered.failed() || !bundle.written() || site.failed()) {
            throw new IllegalStateException("the build failed: " + (documents ? rendered.diagnostics() : "")
                    + site.diagnostics());
        }
        System.out.println("SITE " + site.stages().summary());
        System.out.printf("RESULT packs=%d validate=%d render=%d bundle=%d site=%d converted=%d cached=%d rss=%d "
                + "converterRss=%d%n", validation.packs().size() + validation.localPacks().size(), ms(t1 - t0),
                ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), documents ? rendered.converted() : 0,
                documents ? rendered.fromCache() : 0, peakRssKilobytes(), converterRss(converter));
    }

    private static <T> T inToolkit(java.util.function.Function<Toolkit, T> stage) {
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            return stage.apply(toolkit);
        }
    }

    /** The build's own lines (progress of a long render among them) on standard output, for a run watched by hand. */
    private static BuildLog progressOnStandardOutput() {
        return new BuildLog() {
            @Override public void info(String message) {
                System.out.println(message);
            }

            @Override public void warn(String message) {
                System.out.println("WARN " + message);
            }

            @Override public void error(String message) {
                System.out.println("ERROR " + message);
            }
        };
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** VmHWM of the warm converter of {@code folder} (Linux), in kB; 0 when there is none. */
    static long converterRss(Path folder) throws IOException {
        Optional<Long> pid = WarmConverters.process(folder);
        return pid.isEmpty() || !Files.isReadable(Path.of("/proc/" + pid.get() + "/status")) ? 0
                : peakRssKilobytes(Path.of("/proc/" + pid.get() + "/status"));
    }

    /** VmHWM of this process (Linux), in kB; -1 where /proc is not there. */
    static long peakRssKilobytes() throws IOException {
        return peakRssKilobytes(Path.of("/proc/self/status"));
    }

    private static long peakRssKilobytes(Path status) throws IOException {
        if (!Files.isReadable(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
    }
}
