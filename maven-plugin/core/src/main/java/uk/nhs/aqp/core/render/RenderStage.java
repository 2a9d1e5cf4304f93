package uk.nhs.aqp.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.asciidoctor.log.LogRecord;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.ToolingException;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.publish.Content;
import uk.nhs.aqp.core.publish.Publisher;
import uk.nhs.aqp.core.render.convert.AsciidoctorEngine;
import uk.nhs.aqp.core.render.convert.ConversionAssets;
import uk.nhs.aqp.core.render.convert.DocumentFormat;
import uk.nhs.aqp.core.render.template.AdocRenderer;
import uk.nhs.aqp.core.render.template.TemplateSet;
import uk.nhs.aqp.core.source.Origin;

/**
 * Stage render: every document of every valid pack, FreeMarker to AsciiDoc, then AsciiDoc to
 * each output format on a small thread pool sharing one Asciidoctor. Template errors stop the
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

    /** A document generated as AsciiDoc. */
    record Generated(String packPath, DocumentKind kind, String asciidoc) {
        String path(String extension) {
            return packPath + "/" + kind.fileName() + "." + extension;
        }
    }

    public RenderResult run(RenderRequest request, List<Pack> packs, Optional<Questionnaire> standard, BuildLog log) {
        long start = System.nanoTime();
        DiagnosticSink sink = new DiagnosticSink();
        TemplateSet templates = TemplateSet.of(request.templatesDirectory(), paths);
        List<Generated> generated = generate(templates, packs, standard, sink);
        Map<String, byte[]> assets = templates.assets(sink);
        log.info(String.format(Locale.ROOT, "[aqp] templates: %d AsciiDoc documents from %d packs in %s",
                generated.size(), packs.size(), seconds(System.nanoTime() - start)));
        Map<String, byte[]> adoc = new TreeMap<>();
        generated.forEach(g -> adoc.put(g.path("adoc"), g.asciidoc().getBytes(StandardCharsets.UTF_8)));
        publisher.replaceFolder(request.asciidocDirectory(), Content.all(adoc));

        List<DocumentFormat> formats = DocumentFormat.of(request.pdf());
        Map<String, byte[]> documents = sink.hasErrors() ? Map.of()
                : convert(request, assets, generated, formats, sink, log);
        List<Diagnostic> diagnostics = sink.sorted();
        diagnostics.forEach(log::report);
        boolean failed = diagnostics.stream().anyMatch(d -> d.severity().atLeast(request.failOn()));
        if (!failed) {
            long publishStart = System.nanoTime();
            publisher.replaceFolder(request.documentsDirectory(), Content.all(documents));
            log.info(String.format(Locale.ROOT, "[aqp] publish: %d files in %s; the documents are in %s/<pack-id>/",
                    documents.size(), seconds(System.nanoTime() - publishStart),
                    paths.display(request.documentsDirectory())));
        }
        int html = count(documents, ".html");
        int pdf = count(documents, ".pdf");
        return new RenderResult(diagnostics, generated.size(), html, pdf, request.documentsDirectory(), !failed,
                Duration.ofNanos(System.nanoTime() - start), request.failOn());
    }

    private List<Generated> generate(TemplateSet templates, List<Pack> packs, Optional<Questionnaire> standard,
            DiagnosticSink sink) {
        AdocRenderer renderer = new AdocRenderer(templates);
        List<Generated> generated = new ArrayList<>();
        for (Pack pack : packs) {
            for (DocumentKind kind : DocumentKind.values()) {
                if (!kind.appliesTo(pack)) continue;
                renderer.render(kind.template(), TemplateData.of(pack, standard, kind), sink)
                        .ifPresent(text -> generated.add(new Generated(pack.outputPath(), kind, text)));
            }
        }
        return generated;
    }

    private Map<String, byte[]> convert(RenderRequest request, Map<String, byte[]> templateAssets, List<Generated> generated,
            List<DocumentFormat> formats, DiagnosticSink sink, BuildLog log) {
        long start = System.nanoTime();
        AsciidoctorEngine shared = engine.get();
        if (System.nanoTime() - start > 100_000_000L) {
            log.info("[aqp] engine: Asciidoctor started in " + seconds(shared.startup().toNanos()));
        }
        Map<String, byte[]> out = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(request.threads(), task -> {
            Thread t = new Thread(task, "aqp-render");
            t.setDaemon(true);
            return t;
        });
        try (ConversionAssets assets = ConversionAssets.write(templateAssets, TemplateSet.THEME,
                TemplateSet.STYLESHEET)) {
            Map<String, Future<byte[]>> futures = new TreeMap<>();
            for (DocumentFormat format : formats) {
                for (Generated g : generated) {
                    String source = paths.display(request.asciidocDirectory().resolve(g.path("adoc")));
                    futures.put(g.path(format.extension()), pool.submit(() -> convertOne(shared, format, g, assets,
                            source, sink)));
                }
            }
            for (Map.Entry<String, Future<byte[]>> f : futures.entrySet()) {
                byte[] bytes = f.getValue().get();
                if (bytes != null) {
                    out.put(f.getKey(), bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolingException("rendering was interrupted", e);
        } catch (ExecutionException e) {
            throw new ToolingException("rendering failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        log.info(String.format(Locale.ROOT, "[aqp] render: %d documents (%s) in %s", generated.size(),
                formatCounts(formats, out), seconds(System.nanoTime() - start)));
        return out;
    }

    private static byte[] convertOne(AsciidoctorEngine engine, DocumentFormat format, Generated g,
            ConversionAssets assets, String source, DiagnosticSink sink) {
        try {
            return engine.capturing(record -> report(record, source, g.asciidoc(), sink),
                    () -> format.convert(engine, g.asciidoc(), assets));
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            sink.report("adoc.failed", Origin.ofFile(source), format.extension().toUpperCase(Locale.ROOT), message);
            return null;
        }
    }

    /**
     * Asciidoctor's log record as a diagnostic on the generated AsciiDoc file. Some records (a
     * broken cross reference, a missing attribute) come without a line; it is found by looking
     * for what the message names.
     */
    static void report(LogRecord record, String source, String asciidoc, DiagnosticSink sink) {
        String message = record.getMessage();
        int line = record.getCursor() == null ? 0 : Math.max(0, record.getCursor().getLineNumber());
        if (line == 0) {
            line = lineOf(asciidoc, message);
        }
        Origin origin = new Origin(source, line, line > 0 ? 1 : 0, "");
        switch (record.getSeverity()) {
            case FATAL, ERROR -> sink.report("adoc.error", origin, message);
            case WARN -> sink.report("adoc.warning", origin, message);
            case INFO -> {
                if (message.startsWith("possible invalid reference: ")) {
                    sink.report("adoc.invalid-reference", origin,
                            message.substring("possible invalid reference: ".length()));
                }
            }
            default -> { }
        }
    }

    private static int lineOf(String asciidoc, String message) {
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

    private static String formatCounts(List<DocumentFormat> formats, Map<String, byte[]> out) {
        List<String> parts = new ArrayList<>();
        for (DocumentFormat f : formats) {
            parts.add(f.extension().toUpperCase(Locale.ROOT) + " " + count(out, "." + f.extension()));
        }
        return String.join(", ", parts);
    }

    private static int count(Map<String, byte[]> files, String suffix) {
        return (int) files.keySet().stream().filter(k -> k.endsWith(suffix)).count();
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
