package uk.nhs.aqp.core.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.nhs.aqp.core.BuildLog;
import uk.nhs.aqp.core.TestPaths;
import uk.nhs.aqp.core.Toolkit;
import uk.nhs.aqp.core.ValidateRequest;
import uk.nhs.aqp.core.ValidationResult;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.render.convert.AsciidoctorEngine;
import uk.nhs.aqp.core.render.convert.ConversionAssets;
import uk.nhs.aqp.core.render.convert.DocumentFormat;
import uk.nhs.aqp.core.render.template.AdocRenderer;
import uk.nhs.aqp.core.render.template.TemplateSet;

/**
 * Not a test: prints how long rendering takes, so later changes can be compared. Run with
 * {@code ./mvnw -pl maven-plugin/core -Pbench test-compile exec:java}. Prints the engine start,
 * FreeMarker, HTML and PDF time per document of the repository's packs (one thread, in order, so
 * the first PDF shows the gem loading), then the whole render of all packs on two threads through
 * the toolkit, as a build does.
 */
public final class RenderBench {

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = TestPaths.repositoryRoot();
        Path out = TestPaths.benchFolder("bench-render-");
        try (Toolkit toolkit = Toolkit.open(Optional.empty())) {
            ValidateRequest validate = ValidateRequest.forProject(root);
            validate = new ValidateRequest(root, root.resolve("packs"), Optional.empty(), out.resolve("validate"),
                    Severity.ERROR, validate.limits());
            ValidationResult validated = toolkit.validate(validate, BuildLog.silent());
            perDocument(root, validated, out);
            long start = System.nanoTime();
            RenderResult result = toolkit.render(new RenderRequest(root, out.resolve("all"), Optional.empty(), true,
                    Severity.ERROR, 2), validated, new BuildLog() {
                        @Override public void info(String m) { System.out.println("  " + m); }
                        @Override public void warn(String m) { System.out.println("  " + m); }
                        @Override public void error(String m) { System.out.println("  " + m); }
                    });
            System.out.printf(Locale.ROOT, "whole render, %d packs, %d documents, HTML and PDF, 2 threads, new engine: %.1f s%n",
                    validated.packs().size(), result.documents(), (System.nanoTime() - start) / 1e9);
        }
    }

    private static void perDocument(Path root, ValidationResult validated, Path out) {
        AdocRenderer renderer = new AdocRenderer(TemplateSet.of(Optional.empty(), new ProjectPaths(root)));
        TemplateSet templates = TemplateSet.of(Optional.empty(), new ProjectPaths(root));
        long start = System.nanoTime();
        try (AsciidoctorEngine engine = AsciidoctorEngine.start();
                ConversionAssets assets = ConversionAssets.write(out.resolve("target"), templates.assets(new DiagnosticSink()), TemplateSet.THEME,
                        TemplateSet.STYLESHEET)) {
            System.out.printf(Locale.ROOT, "engine start (Asciidoctor.Factory.create): %.2f s%n",
                    (System.nanoTime() - start) / 1e9);
            System.out.printf("%-48s %10s %8s %8s %9s%n", "document", "FreeMarker", "HTML", "PDF", "PDF bytes");
            List<DocumentFormat> formats = DocumentFormat.of(true);
            for (Pack pack : validated.packs()) {
                for (DocumentKind kind : DocumentKind.values()) {
                    long t0 = System.nanoTime();
                    String adoc = renderer.render(kind.template(), TemplateData.of(pack, validated.standard(), kind),
                            new DiagnosticSink()).orElseThrow();
                    long t1 = System.nanoTime();
                    List<Long> times = new ArrayList<>();
                    int size = 0;
                    for (DocumentFormat f : formats) {
                        long s = System.nanoTime();
                        size = f.convert(engine, adoc, assets).length;
                        times.add(System.nanoTime() - s);
                    }
                    System.out.printf(Locale.ROOT, "%-48s %8.2f s %6.2f s %6.2f s %9d%n",
                            pack.id() + "/" + kind.fileName(), (t1 - t0) / 1e9, times.get(0) / 1e9,
                            times.get(1) / 1e9, size);
                }
            }
        }
    }
}
