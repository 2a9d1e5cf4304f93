package uk.nhs.aqp.core.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.compare.LineComparison;
import uk.nhs.aqp.core.compare.LocalVersionComparer;
import uk.nhs.aqp.core.directory.ChoiceDirectory;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.publish.Content;
import uk.nhs.aqp.core.publish.LargestFirst;
import uk.nhs.aqp.core.publish.Publisher;
import uk.nhs.aqp.core.publish.TemporaryFolder;
import uk.nhs.aqp.core.render.cache.CacheKey;
import uk.nhs.aqp.core.render.cache.CachedDocument;
import uk.nhs.aqp.core.render.cache.DocumentCache;
import uk.nhs.aqp.core.render.convert.AsciidoctorEngine;
import uk.nhs.aqp.core.render.convert.Converter;
import uk.nhs.aqp.core.render.convert.EngineConverter;
import uk.nhs.aqp.core.render.warm.WarmConverters;
import uk.nhs.aqp.core.render.convert.ConversionAssets;
import uk.nhs.aqp.core.render.convert.DocumentFormat;
import uk.nhs.aqp.core.render.template.AdocRenderer;
import uk.nhs.aqp.core.render.template.TemplateSet;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * Stage render: every document of every valid pack, and for each national pack with local versions
 * the comparison of those versions ({@code <pack-id>/local-versions}), FreeMarker to AsciiDoc, then AsciiDoc to
 * each output format ({@link DocumentConversion}: from the render cache when the document's key is
 * there, otherwise on a thread pool sharing one Asciidoctor). Template errors stop the
 * stage before conversion; Asciidoctor's warnings become diagnostics naming the generated
 * AsciiDoc file and line. The generated AsciiDoc is always published (so those diagnostics point
 * at a file that exists); the HTML and PDF only when nothing reached {@code failOn}, replacing
 * the previous documents in one move.
 */
public final class RenderStage {

    private final ProjectPaths paths;
    private final Publisher publisher;
    private final Supplier<AsciidoctorEngine> engine;

    /** @param engine gives the build's shared engine, starting it on first use */
    public RenderStage(ProjectPaths paths, Publisher publisher, Supplier<AsciidoctorEngine> engine) {
        this.paths = paths;
        this.publisher = publisher;
        this.engine = engine;
    }

    /**
     * A document generated as AsciiDoc: {@code <packPath>/<fileName>.adoc}. Its text waits in a
     * file, not in memory (a thousand local packs generate 240 MB of it), and is read again only
     * when the document must be converted.
     *
     * @param file where the text is, in the build's staging folder
     * @param sha256 the SHA-256 of the text's UTF-8 bytes, for the cache key
     * @param bytes how long the text is, in UTF-8 bytes: roughly how long it takes to convert
     */
    record Generated(String packPath, String fileName, Path file, String sha256, long bytes) {
        String path(String extension) {
            return packPath + "/" + fileName + "." + extension;
        }

        String asciidoc() {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ToolingException("cannot read the generated " + path("adoc") + " back: " + e.getMessage(), e);
            }
        }
    }

    /**
     * The folder generated AsciiDoc waits in during one render, beside the AsciiDoc output folder
     * (so in the build's own output, on disk), deleted when the render ends.
     */
    private static final class Staging implements AutoCloseable {
        private final Path folder;
        /** Told of each document as soon as it is generated, on the thread that generated it. */
        private volatile Consumer<Generated> listener = g -> { };

        Staging(Path asciidocDirectory) {
            try {
                Path parent = asciidocDirectory.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                folder = Files.createTempDirectory(parent, "." + asciidocDirectory.getFileName() + ".aqp-staging-");
            } catch (IOException e) {
                throw new ToolingException("cannot make a staging folder beside " + asciidocDirectory + ": "
                        + e.getMessage(), e);
            }
        }

        /** Writes one document's text and keeps only where it is and its hash. */
        Generated put(String packPath, String fileName, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Path file = folder.resolve(packPath).resolve(fileName + ".adoc");
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new ToolingException("cannot write " + file + ": " + e.getMessage(), e);
            }
            Generated generated = new Generated(packPath, fileName, file, CacheKey.sha256(bytes), bytes.length);
            listener.accept(generated);
            return generated;
        }

        void onEach(Consumer<Generated> listener) {
            this.listener = listener;
        }

        /** Deletes the folder it made and what it wrote there (a walk does not follow links). */
        @Override
        public void close() {
            TemporaryFolder.delete(folder);
        }
    }

    /** The comparison of a national pack's local versions, beside the pack's own documents. */
    static final String LOCAL_VERSIONS = "local-versions";

    public RenderResult run(RenderRequest request, List<Pack> packs, Optional<Questionnaire> standard, BuildLog log) {
        return run(request, packs, List.of(), standard, log);
    }

    /**
     * Renders the documents of the packs and, beside each local pack that has a choice directory,
     * its patient leaflet ({@code choice-leaflet}).
     */
    public RenderResult run(RenderRequest request, List<Pack> packs, List<ChoiceDirectory> directories,
            Optional<Questionnaire> standard, BuildLog log) {
        long start = System.nanoTime();
        DiagnosticSink sink = new DiagnosticSink();
        TemplateSet templates = TemplateSet.of(request.templatesDirectory(), paths);
        try (Staging staging = new Staging(request.asciidocDirectory())) {
            return run(request, packs, directories, standard, templates, staging, sink, log, start);
        }
    }

    private RenderResult run(RenderRequest request, List<Pack> packs, List<ChoiceDirectory> directories,
            Optional<Questionnaire> standard, TemplateSet templates, Staging staging, DiagnosticSink sink,
            BuildLog log, long start) {
        List<DocumentFormat> formats = DocumentFormat.of(request.pdf());
        Map<String, byte[]> templateAssets = templates.assets(sink);
        DocumentConversion.Keys keys = DocumentConversion.Keys.of(formats, templateAssets);
        try (DocumentCache cache = request.cache().folder()
                .map(folder -> DocumentCache.open(folder, request.cache().maxBytes())).orElseGet(() -> DocumentCache.scratch(staging.folder));
                ConversionAssets assets = ConversionAssets.write(staging.folder, templateAssets, TemplateSet.THEME,
                        TemplateSet.STYLESHEET);
                DocumentConversion conversion = new DocumentConversion(() -> converter(request, log), cache, log)) {
            // the first document that must be converted starts the engine while the rest generate
            staging.onEach(g -> conversion.generated(g, keys, request.shard()));
            List<Generated> generated = generate(templates, packs, standard, staging, sink);
            leaflets(templates, packs, directories, staging, sink).forEach(generated::add);
            log.info(String.format(Locale.ROOT, "[aqp] templates: %d AsciiDoc documents from %d packs in %s",
                    generated.size(), packs.size(), seconds(System.nanoTime() - start)));
            Map<String, Content> adoc = new TreeMap<>();
            generated.forEach(g -> adoc.put(g.path("adoc"), Content.copyOf(g.file())));
            publisher.replaceFolder(request.asciidocDirectory(), adoc);
            if (sink.hasErrors()) {
                return finish(request, generated, Map.of(), Counts.NONE, sink, log, start);
            }
            long convertStart = System.nanoTime();
            List<DocumentConversion.Job> jobs = DocumentConversion.jobs(generated, keys,
                    g -> paths.display(request.asciidocDirectory().resolve(g.path("adoc"))));
            DocumentConversion.Outcome outcome = conversion.run(jobs, assets, request.threads(), request.shard(), sink);
            outcome.engineStartup().ifPresent(t -> log.info("[aqp] engine: Asciidoctor started in " + seconds(t.toNanos())));
            log.info(String.format(Locale.ROOT, "[aqp] render: %d documents (%s): %d converted, %d from the cache%s in %s",
                    generated.size(), formatCounts(formats, outcome.documents()), outcome.converted(),
                    outcome.fromCache(), request.shard().map(s -> "; shard " + s + ": " + outcome.otherShards()
                            + " left to the other shards").orElse(""), seconds(System.nanoTime() - convertStart)));
            RenderResult result = finish(request, generated, outcome.documents(),
                    new Counts(outcome.converted(), outcome.fromCache()), sink, log, start);
            if (!cache.isScratch()) {
                DocumentCache.Pruned pruned = cache.prune();
                if (pruned.entries() > 0) {
                    log.info(String.format(Locale.ROOT, "[aqp] cache: removed %d least recently used documents (%.1f MB); "
                            + "%.1f MB kept in %s", pruned.entries(), pruned.bytes() / 1e6, pruned.kept() / 1e6,
                            cache.folder()));
                }
            }
            return result;
        }
    }

    /** The warm converter kept between builds, found or started, if the request asks for it; else the build's own engine. */
    private Converter converter(RenderRequest request, BuildLog log) {
        if (request.warmConverter().isPresent()) {
            RenderRequest.WarmConverter warm = request.warmConverter().get();
            try {
                return WarmConverters.connect(publisher.workFolder(warm.folder()), warm.idle(), engine, log);
            } catch (ToolingException e) {
                // the guard's message names the folder, why it is refused and what to do
                log.warn("[aqp] converter: " + e.getMessage() + " So the warm converter is not used: the documents "
                        + "are converted in the build's own JVM.");
            }
        }
        return new EngineConverter(engine);
    }

    /** How many documents were converted and how many came from the cache. */
    private record Counts(int converted, int fromCache) {
        static final Counts NONE = new Counts(0, 0);
    }

    /**
     * Reports the diagnostics and, unless they reached {@code failOn} or this is one shard of a
     * spread build, publishes the documents (copied from the cache) in one move.
     */
    private RenderResult finish(RenderRequest request, List<Generated> generated, Map<String, Path> documents,
            Counts counts, DiagnosticSink sink, BuildLog log, long start) {
        List<Diagnostic> diagnostics = sink.sorted();
        diagnostics.forEach(log::report);
        boolean failed = diagnostics.stream().anyMatch(d -> d.severity().atLeast(request.failOn()));
        boolean publish = !failed && request.shard().isEmpty();
        if (publish) {
            long publishStart = System.nanoTime();
            Map<String, Content> files = new TreeMap<>();
            documents.forEach((name, file) -> files.put(name, Content.copyOf(file)));
            publisher.replaceFolder(request.documentsDirectory(), files);
            log.info(String.format(Locale.ROOT, "[aqp] publish: %d files in %s; the documents are in %s/<pack-id>/",
                    documents.size(), seconds(System.nanoTime() - publishStart),
                    paths.display(request.documentsDirectory())));
        } else if (!failed) {
            log.info("[aqp] shard " + request.shard().orElseThrow() + ": documents kept in the cache only; "
                    + "the documents folder is left as it was");
        }
        return new RenderResult(diagnostics, generated.size(), count(documents, ".html"), count(documents, ".pdf"),
                request.documentsDirectory(), publish, Duration.ofNanos(System.nanoTime() - start), request.failOn(),
                counts.converted(), counts.fromCache());
    }

    private List<Generated> generate(TemplateSet templates, List<Pack> packs, Optional<Questionnaire> standard,
            Staging staging, DiagnosticSink sink) {
        AdocRenderer renderer = new AdocRenderer(templates);
        // one piece of work per document, on every core (the templates are read-only), kept in order
        List<Supplier<Optional<Generated>>> work = new ArrayList<>();
        for (Pack pack : packs) {
            for (DocumentKind kind : DocumentKind.values()) {
                if (!kind.appliesTo(pack)) continue;
                work.add(() -> renderer.render(kind.template(), TemplateData.of(pack, standard, kind), sink)
                        .map(text -> staging.put(pack.outputPath(), kind.fileName(), text)));
            }
        }
        List<Pack> national = packs.stream().filter(p -> !p.isLocal()).toList();
        List<Pack> local = packs.stream().filter(Pack::isLocal).toList();
        for (LineComparison c : new LocalVersionComparer(Vocabulary.standard()).compareAll(national, local)) {
            work.add(() -> renderer.render(LOCAL_VERSIONS + ".adoc.ftl", TemplateData.of(c, LOCAL_VERSIONS), sink)
                    .map(text -> staging.put(c.national().outputPath(), LOCAL_VERSIONS, text)));
        }
        List<Generated> generated = new ArrayList<>();
        LargestFirst.map(work, w -> 1, Supplier::get).forEach(g -> g.ifPresent(generated::add));
        return generated;
    }

    /** A local pack's patient leaflet, beside its documents. */
    static final String LEAFLET = "choice-leaflet";

    private static List<Generated> leaflets(TemplateSet templates, List<Pack> packs, List<ChoiceDirectory> directories,
            Staging staging, DiagnosticSink sink) {
        AdocRenderer renderer = new AdocRenderer(templates);
        List<Generated> out = new ArrayList<>();
        for (ChoiceDirectory d : directories) {
            packs.stream().filter(p -> p.key().equals(d.packKey())).findFirst()
                    .ifPresent(pack -> renderer.render(LEAFLET + ".adoc.ftl", TemplateData.of(d, pack, LEAFLET), sink)
                            .ifPresent(text -> out.add(staging.put(pack.outputPath(), LEAFLET, text))));
        }
        return out;
    }

    /**
     * Asciidoctor's log record as a diagnostic on the generated AsciiDoc file. Some records (a
     * broken cross reference, a missing attribute) come without a line; it was found when the
     * record was kept, by looking for what the message names ({@link #lineOf}).
     */
    static void report(CachedDocument.Logged record, String source, DiagnosticSink sink) {
        String message = record.message();
        Origin origin = new Origin(source, record.line(), record.line() > 0 ? 1 : 0, "");
        switch (record.severity()) {
            case "FATAL", "ERROR" -> sink.report("adoc.error", origin, message);
            case "WARN" -> sink.report("adoc.warning", origin, message);
            case "INFO" -> {
                if (message.startsWith("possible invalid reference: ")) {
                    sink.report("adoc.invalid-reference", origin,
                            message.substring("possible invalid reference: ".length()));
                }
            }
            default -> { }
        }
    }

    /** The line of the generated AsciiDoc that a log message without a line is about, or 0. */
    static int lineOf(String asciidoc, String message) {
        String needle;
        if (message.startsWith("possible invalid reference: ")) {
            needle = "<<" + message.substring("possible invalid reference: ".length());
        } else if (message.startsWith("skipping reference to missing attribute: ")
                || message.startsWith("dropping line containing reference to missing attribute: ")) {
            needle = "{" + message.substring(message.lastIndexOf(": ") + 2) + "}";
        } else {
            return 0;
        }
        List<String> lines = asciidoc.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String formatCounts(List<DocumentFormat> formats, Map<String, ?> out) {
        List<String> parts = new ArrayList<>();
        for (DocumentFormat f : formats) {
            parts.add(f.extension().toUpperCase(Locale.ROOT) + " " + count(out, "." + f.extension()));
        }
        return String.join(", ", parts);
    }

    private static int count(Map<String, ?> files, String suffix) {
        return (int) files.keySet().stream().filter(k -> k.endsWith(suffix)).count();
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
