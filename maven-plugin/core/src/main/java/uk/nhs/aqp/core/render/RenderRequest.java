package uk.nhs.aqp.core.render;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.Severity;

/**
 * Everything one render needs, fixed before any work starts.
 *
 * @param projectRoot diagnostics print paths relative to it
 * @param outputDirectory the toolkit's output folder ({@code target/aqp}): documents go to its
 *        {@code docs/<pack-id>/}, the generated AsciiDoc to {@code adoc/<pack-id>/}
 * @param templatesDirectory a folder whose {@code adoc/} files replace the built-in templates of the same name
 * @param pdf false to make HTML only (a quick preview)
 * @param failOn the least serious severity that fails the run
 * @param threads how many conversions run at once on the shared Asciidoctor instance
 * @param cache where converted documents are kept between builds, or off
 * @param shard when present, convert only this shard's documents into the cache and publish nothing
 * @param warmConverter when present, convert through the warm converter kept between builds (found
 *        or started); else in the build's own JVM
 */
public record RenderRequest(Path projectRoot, Path outputDirectory, Optional<Path> templatesDirectory, boolean pdf,
        Severity failOn, int threads, CacheSettings cache, Optional<Shard> shard, Optional<WarmConverter> warmConverter) {

    public RenderRequest {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(templatesDirectory, "templatesDirectory");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(warmConverter, "warmConverter");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** A render that converts in the build's own JVM. */
    public RenderRequest(Path projectRoot, Path outputDirectory, Optional<Path> templatesDirectory, boolean pdf,
            Severity failOn, int threads, CacheSettings cache, Optional<Shard> shard) {
        this(projectRoot, outputDirectory, templatesDirectory, pdf, failOn, threads, cache, shard, Optional.empty());
    }

    /**
     * The warm converter a render uses: a JVM of its own that keeps the Asciidoctor engine and the
     * PDF gems loaded between builds.
     *
     * @param folder its folder ({@code target/aqp/converter}): where the build finds it
     * @param idle how long it waits for the next build before it stops
     */
    public record WarmConverter(Path folder, java.time.Duration idle) {
        public WarmConverter {
            Objects.requireNonNull(folder, "folder");
            Objects.requireNonNull(idle, "idle");
        }
    }

    /** A render with no cache kept between builds and no shard. */
    public RenderRequest(Path projectRoot, Path outputDirectory, Optional<Path> templatesDirectory, boolean pdf,
            Severity failOn, int threads) {
        this(projectRoot, outputDirectory, templatesDirectory, pdf, failOn, threads, CacheSettings.OFF, Optional.empty());
    }

    /** Defaults for a project: {@code target/aqp}, its {@code templates/} folder, HTML and PDF, fail on errors, 2 threads, no cache. */
    public static RenderRequest forProject(Path projectRoot) {
        return new RenderRequest(projectRoot, projectRoot.resolve("target/aqp"),
                Optional.of(projectRoot.resolve("templates")), true, Severity.ERROR, 2);
    }

    /**
     * Where converted documents are kept between builds.
     *
     * @param folder the cache folder; empty for none (documents still stream to a temporary folder)
     * @param maxBytes the size the folder is pruned to after each render, least recently used first
     */
    public record CacheSettings(Optional<Path> folder, long maxBytes) {

        public static final CacheSettings OFF = new CacheSettings(Optional.empty(), 1);

        public CacheSettings {
            Objects.requireNonNull(folder, "folder");
            if (maxBytes < 1) {
                throw new IllegalArgumentException("the cache size bound must be positive");
            }
        }

        public static CacheSettings at(Path folder, long maxBytes) {
            return new CacheSettings(Optional.of(folder), maxBytes);
        }
    }

    /**
     * One of {@code count} parts of the documents, for builds spread over several CI jobs.
     *
     * @param number 1 to {@code count}
     * @param count how many shards
     */
    public record Shard(int number, int count) {

        public Shard {
            if (count < 1 || number < 1 || number > count) {
                throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, e.g. 2/4");
            }
        }

        /** Reads {@code K/N}, e.g. {@code 2/4}. */
        public static Shard parse(String text) {
            String[] parts = text.trim().split("/");
            try {
                if (parts.length == 2) {
                    return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("'" + text + "' is not a shard: write K/N with 1 <= K <= N, e.g. 2/4");
        }

        @Override
        public String toString() {
            return number + "/" + count;
        }
    }

    public Path documentsDirectory() {
        return outputDirectory.resolve("docs");
    }

    public Path asciidocDirectory() {
        return outputDirectory.resolve("adoc");
    }

    public RenderRequest withPdf(boolean newPdf) {
        return new RenderRequest(projectRoot, outputDirectory, templatesDirectory, newPdf, failOn, threads, cache, shard, warmConverter);
    }

    public RenderRequest withOutput(Path newOutput) {
        return new RenderRequest(projectRoot, newOutput, templatesDirectory, pdf, failOn, threads, cache, shard, warmConverter);
    }

    public RenderRequest withTemplates(Optional<Path> newTemplates) {
        return new RenderRequest(projectRoot, outputDirectory, newTemplates, pdf, failOn, threads, cache, shard, warmConverter);
    }

    public RenderRequest withFailOn(Severity severity) {
        return new RenderRequest(projectRoot, outputDirectory, templatesDirectory, pdf, severity, threads, cache, shard, warmConverter);
    }

    public RenderRequest withCache(CacheSettings newCache) {
        return new RenderRequest(projectRoot, outputDirectory, templatesDirectory, pdf, failOn, threads, newCache, shard, warmConverter);
    }

    public RenderRequest withShard(Optional<Shard> newShard) {
        return new RenderRequest(projectRoot, outputDirectory, templatesDirectory, pdf, failOn, threads, cache, newShard, warmConverter);
    }

    public RenderRequest withWarmConverter(Optional<WarmConverter> converter) {
        return new RenderRequest(projectRoot, outputDirectory, templatesDirectory, pdf, failOn, threads, cache, shard, converter);
    }

    public RenderRequest withThreads(int newThreads) {
        return new RenderRequest(projectRoot, outputDirectory, templatesDirectory, pdf, failOn, newThreads, cache, shard, warmConverter);
    }
}
