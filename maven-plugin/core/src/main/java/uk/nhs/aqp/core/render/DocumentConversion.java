package uk.nhs.aqp.core.render;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.nio.file.Path;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.publish.LargestFirst;
import uk.nhs.aqp.core.render.cache.CacheKey;
import uk.nhs.aqp.core.render.cache.CachedDocument;
import uk.nhs.aqp.core.render.cache.DocumentCache;
import uk.nhs.aqp.core.render.convert.ConversionAssets;
import uk.nhs.aqp.core.render.convert.Converter;
import uk.nhs.aqp.core.render.convert.ConverterVersions;
import uk.nhs.aqp.core.render.convert.DocumentFormat;

/**
 * Converts generated AsciiDoc to every format, taking each document from the cache when its key
 * is there and converting only the rest, on a pool sharing one engine (started only if something
 * must be converted). Each converted document goes straight to the cache folder, so memory does not
 * grow with the number of documents. Logs a progress line at most every ten seconds.
 */
final class DocumentConversion implements AutoCloseable {

    /** A document to make: where it goes, from what, in which format, under which key. */
    record Job(String path, RenderStage.Generated generated, DocumentFormat format, CacheKey key, String source) {
        /** Roughly how long converting it takes, in HTML-bytes: its AsciiDoc's bytes times its format's cost. */
        long cost() {
            return Math.max(1, generated.bytes()) * format.relativeCost();
        }
    }

    /**
     * What a conversion made.
     *
     * @param documents site-relative path to the document's file in the cache, sorted
     * @param converted how many were converted by this build
     * @param fromCache how many were found in the cache
     * @param otherShards how many were left to other shards
     * @param engineStartup how long starting the engine took, if this conversion started it
     */
    record Outcome(Map<String, Path> documents, int converted, int fromCache, int otherShards,
            Optional<Duration> engineStartup) {
    }

    private static final long PROGRESS_EVERY = TimeUnit.SECONDS.toNanos(10);

    private final Supplier<Converter> converters;
    private final DocumentCache cache;
    private final BuildLog log;
    private Converter converter;
    private boolean closed;
    /** The formats whose libraries are loading or loaded ahead of the conversions. */
    private final Set<String> loading = ConcurrentHashMap.newKeySet();

    /** @param converters gives the converter (starting an engine, or finding a warm one), called once, on first need */
    DocumentConversion(Supplier<Converter> converters, DocumentCache cache, BuildLog log) {
        this.converters = converters;
        this.cache = cache;
        this.log = log;
    }

    /** What each format's keys share (the format, the engines' versions, the assets), hashed once per build. */
    record Keys(List<DocumentFormat> formats, List<String> common) {
        static Keys of(List<DocumentFormat> formats, Map<String, byte[]> assets) {
            String engines = ConverterVersions.current();
            return new Keys(List.copyOf(formats), formats.stream()
                    .map(f -> CacheKey.common(f.extension() + " " + f.signature(), engines, assets)).toList());
        }

        /** The key of a generated document in the {@code index}th format. */
        CacheKey of(int index, RenderStage.Generated generated) {
            return CacheKey.of(common.get(index), generated.sha256());
        }
    }

    /** The jobs for every generated document in every format, with their keys. */
    static List<Job> jobs(List<RenderStage.Generated> generated, Keys keys,
            java.util.function.Function<RenderStage.Generated, String> source) {
        List<Job> jobs = new ArrayList<>();
        for (int f = 0; f < keys.formats().size(); f++) {
            for (RenderStage.Generated g : generated) {
                jobs.add(new Job(g.path(keys.formats().get(f).extension()), g, keys.formats().get(f), keys.of(f, g),
                        source.apply(g)));
            }
        }
        return jobs;
    }

    /**
     * Told of each document as it is generated, on the generating thread, before the rest are: the
     * first that is not in the cache (and falls to this shard) starts the engine, and loads its
     * format's libraries (PDF: its gems), on a thread of their own. The seconds that takes then
     * overlap generating the other documents, when one core idled while it ran before. Only a
     * document that must be converted starts it, so a build whose documents all come from the cache
     * never starts the engine.
     */
    void generated(RenderStage.Generated generated, Keys keys, Optional<RenderRequest.Shard> shard) {
        for (int f = 0; f < keys.formats().size(); f++) {
            DocumentFormat format = keys.formats().get(f);
            if (loading.contains(format.extension())) {
                continue;
            }
            CacheKey key = keys.of(f, generated);
            if (ours(key, shard) && !cache.mayHave(key, format.extension()) && loading.add(format.extension())) {
                Thread t = new Thread(() -> {
                    try {
                        converter().load(format);
                    } catch (RuntimeException e) {
                        // the conversion meets the same failure and reports it on the document
                    }
                }, "aqp-engine-start");
                t.setDaemon(true);
                t.start();
            }
        }
    }

    /** Whether this build converts the document of {@code key}: always, or when it falls to this shard. */
    private static boolean ours(CacheKey key, Optional<RenderRequest.Shard> shard) {
        return shard.isEmpty() || key.shard(shard.get().count()) == shard.get().number() - 1;
    }

    Outcome run(List<Job> jobs, ConversionAssets assets, int threads, Optional<RenderRequest.Shard> shard,
            DiagnosticSink sink) {
        long start = System.nanoTime();
        Map<String, Path> documents = new TreeMap<>();
        List<Job> misses = new ArrayList<>();
        int otherShards = 0;
        // each hit is read and its hash checked: on every core
        List<Optional<CachedDocument>> hits = LargestFirst.map(jobs, job -> 1,
                job -> cache.find(job.key(), job.format().extension()));
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            Optional<CachedDocument> hit = hits.get(i);
            if (hit.isPresent()) {
                replay(hit.get(), job, sink);
                documents.put(job.path(), hit.get().file());
            } else if (!ours(job.key(), shard)) {
                otherShards++;
            } else {
                misses.add(job);
            }
        }
        int fromCache = documents.size();
        if (!misses.isEmpty()) {
            convert(schedule(misses), assets, threads, fromCache, jobs.size() - otherShards, start, documents, sink);
        }
        return new Outcome(documents, misses.size(), fromCache, otherShards, startup());
    }

    /**
     * The order conversions start in: the longest first ({@link Job#cost}), so that the last to
     * finish is a short one and no thread idles at the end while another converts a long one. After
     * one change, the local implementation pack's PDF (the whole pack, many times the time of any
     * other document changed with it) starts as soon as the PDF gems are loaded, and the HTML and
     * the short PDFs fill the other thread, instead of the HTML going first on both. Ties go in
     * document order. The order changes no document's bytes.
     */
    static List<Job> schedule(List<Job> misses) {
        List<Job> order = new ArrayList<>(misses);
        order.sort(java.util.Comparator.comparingLong(Job::cost).reversed().thenComparing(Job::path));
        return order;
    }

    private void convert(List<Job> misses, ConversionAssets assets, int threads, int fromCache, int total, long start,
            Map<String, Path> documents, DiagnosticSink sink) {
        int poolSize = Math.min(threads, misses.size());
        Pace pace = new Pace(misses, poolSize);
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, task -> {
            Thread t = new Thread(task, "aqp-render");
            t.setDaemon(true);
            return t;
        });
        CompletionService<CachedDocument> done = new ExecutorCompletionService<>(pool);
        Map<Future<CachedDocument>, Job> submitted = new java.util.HashMap<>();
        try {
            for (Job job : misses) {
                submitted.put(done.submit(() -> {
                    long t = System.nanoTime();
                    CachedDocument made = convertOne(job, assets, sink);
                    pace.done(job, System.nanoTime() - t);
                    return made;
                }), job);
            }
            long lastReport = System.nanoTime();
            for (int finished = 0; finished < misses.size(); ) {
                Future<CachedDocument> f = done.poll(1, TimeUnit.SECONDS);
                if (f != null) {
                    finished++;
                    CachedDocument made = f.get();
                    if (made != null) {
                        documents.put(submitted.get(f).path(), made.file());
                    }
                }
                long now = System.nanoTime();
                if (now - lastReport >= PROGRESS_EVERY && finished < misses.size()) {
                    lastReport = now;
                    log.info(progress(fromCache + finished, total, fromCache, now - start, pace.left()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolingException("rendering was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory, above all: the goal says how to give the build more
            }
            throw new ToolingException("rendering failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code [aqp] render: 40 of 139 documents (12 from the cache) after 1 min 5 s; about 2 min 10 s left}. */
    static String progress(int done, int total, int fromCache, long elapsedNanos, Optional<Long> leftNanos) {
        String left = leftNanos.map(n -> "about " + duration(n) + " left").orElse("estimating the time left");
        return String.format(Locale.ROOT, "[aqp] render: %d of %d documents (%d from the cache) after %s; %s",
                done, total, fromCache, duration(elapsedNanos), left);
    }

    /**
     * How fast documents convert so far, for the estimate of the time left, counted in
     * {@link Job#cost}: a PDF takes many times an HTML document of the same AsciiDoc, and a long
     * document many times a short one. A format with a finished document goes at its own pace per
     * unit of cost; one without goes at the pace of those finished. The first document of a format may also have waited
     * for that format's libraries (the PDF gems: seconds), so once another of its format has
     * finished the first no longer counts.
     */
    static final class Pace {
        /** Per format: cost to do, cost done, nanos, the first's cost, the first's nanos. */
        private final Map<String, long[]> byFormat = new java.util.HashMap<>();
        private final int threads;

        Pace(List<Job> jobs, int threads) {
            this.threads = threads;
            for (Job job : jobs) {
                byFormat.computeIfAbsent(job.format().extension(), f -> new long[5])[0] += job.cost();
            }
        }

        synchronized void done(Job job, long nanos) {
            long[] f = byFormat.get(job.format().extension());
            if (f[1] == 0) {
                f[3] = job.cost();
                f[4] = nanos;
            }
            f[1] += job.cost();
            f[2] += nanos;
        }

        /** The time left; empty until a document has finished. */
        synchronized Optional<Long> left() {
            double allNanos = 0;
            double allCost = 0;
            for (long[] f : byFormat.values()) {
                double[] paced = paced(f);
                allNanos += paced[0];
                allCost += paced[1];
            }
            if (allCost == 0) return Optional.empty();
            double work = 0;
            for (long[] f : byFormat.values()) {
                double[] paced = paced(f);
                double perCost = paced[1] > 0 ? paced[0] / paced[1] : allNanos / allCost;
                work += perCost * (f[0] - f[1]);
            }
            return Optional.of((long) (work / threads));
        }

        /** The nanos and cost a format's pace counts: without its first document once another has finished. */
        private static double[] paced(long[] f) {
            boolean withoutFirst = f[1] > f[3];
            return withoutFirst ? new double[] {f[2] - f[4], f[1] - f[3]} : new double[] {f[2], f[1]};
        }
    }

    static String duration(long nanos) {
        long s = Math.round(nanos / 1e9);
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }

    private CachedDocument convertOne(Job job, ConversionAssets assets, DiagnosticSink sink) {
        String asciidoc = job.generated().asciidoc();
        Converter.Converted converted;
        try {
            converted = converter().convert(job.format(), asciidoc, assets);
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            sink.report("adoc.failed", uk.nhs.aqp.core.source.Origin.ofFile(job.source()),
                    job.format().extension().toUpperCase(Locale.ROOT), message);
            return null;
        }
        List<CachedDocument.Logged> logged = converted.log().stream().map(l -> logged(l, asciidoc)).toList();
        CachedDocument stored = cache.store(job.key(), job.format().extension(), converted.bytes(), logged);
        replay(stored, job, sink);
        return stored;
    }

    private synchronized Converter converter() {
        if (closed) {
            throw new IllegalStateException("the render has ended"); // a late start must not outlive it
        }
        if (converter == null) {
            converter = converters.get();
        }
        return converter;
    }

    private synchronized Optional<Duration> startup() {
        return converter == null ? Optional.empty() : converter.startup();
    }

    /**
     * The render has ended: a start of the engine ahead of the conversions that has not begun yet
     * never will (one under way has finished: this waits for it), so whoever closes the engine
     * afterwards closes every engine this conversion started.
     */
    @Override
    public synchronized void close() {
        closed = true;
    }

    private static CachedDocument.Logged logged(Converter.Logged record, String asciidoc) {
        String message = record.message();
        int line = record.line();
        if (line == 0) {
            line = RenderStage.lineOf(asciidoc, message);
        }
        return new CachedDocument.Logged(record.severity(), line, message);
    }

    private static void replay(CachedDocument document, Job job, DiagnosticSink sink) {
        document.log().forEach(l -> RenderStage.report(l, job.source(), sink));
    }
}
