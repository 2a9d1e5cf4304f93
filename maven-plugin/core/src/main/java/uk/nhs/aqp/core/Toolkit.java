package uk.nhs.aqp.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.RuleCatalog;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.load.YamlLoader;
import uk.nhs.aqp.core.publish.DiagnosticReports;
import uk.nhs.aqp.core.publish.Publisher;
import uk.nhs.aqp.core.render.RenderRequest;
import uk.nhs.aqp.core.render.RenderResult;
import uk.nhs.aqp.core.render.RenderStage;
import uk.nhs.aqp.core.render.convert.AsciidoctorEngine;
import uk.nhs.aqp.core.validate.SchemaCatalog;
import uk.nhs.aqp.core.validate.SchemaValidator;

/**
 * The engine every front end drives. Open one per build: it compiles the schemas once and keeps
 * them for every call. Bad content never throws; it comes back as diagnostics in the result.
 * Broken tooling throws {@link uk.nhs.aqp.core.diagnostic.ToolingException}.
 */
public final class Toolkit implements AutoCloseable {

    private final SchemaCatalog schemas;
    private final RuleCatalog rules = RuleCatalog.standard();
    private final Publisher publisher = new Publisher();
    private AsciidoctorEngine engine;

    private Toolkit(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    /** Compiles the schemas: the built-in ones, each replaced by a same-named file in {@code schemaDirectory}. */
    public static Toolkit open(Optional<Path> schemaDirectory) {
        return new Toolkit(SchemaCatalog.load(schemaDirectory));
    }

    /**
     * Validates every pack under the request's packs folder, logs each diagnostic, writes the
     * JSON and SARIF reports into the output folder, and returns what it found.
     */
    public ValidationResult validate(ValidateRequest request, BuildLog log) {
        DiagnosticSink sink = new DiagnosticSink(rules);
        ProjectPaths paths = new ProjectPaths(request.projectRoot());
        PackValidation.Outcome outcome = new PackValidation(paths, new YamlLoader(request.limits()),
                new SchemaValidator(schemas)).run(request.packsDirectory(), sink);
        ValidationResult result = new ValidationResult(sink.sorted(), outcome.packs(), outcome.standard(),
                request.failOn());
        result.diagnostics().forEach(log::report);
        writeReports(request.outputDirectory(), result.diagnostics());
        log.info("Checked " + outcome.folders() + " national packs in " + paths.display(request.packsDirectory())
                + ": " + outcome.packs().size() + " valid; " + result.summary());
        return result;
    }

    /**
     * Renders the documents of every pack that {@code validated} found valid: AsciiDoc from the
     * templates, then HTML and PDF. Starts the Asciidoctor engine on first use and keeps it until
     * {@link #close()}. Rewrites the JSON and SARIF reports with the validation and render
     * diagnostics together.
     */
    public RenderResult render(RenderRequest request, ValidationResult validated, BuildLog log) {
        RenderResult result = new RenderStage(new ProjectPaths(request.projectRoot()), publisher, this::engine)
                .run(request, validated.packs(), validated.standard(), log);
        List<Diagnostic> all = new ArrayList<>(validated.diagnostics());
        all.addAll(result.diagnostics());
        writeReports(request.outputDirectory(), all.stream().sorted().toList());
        return result;
    }

    private synchronized AsciidoctorEngine engine() {
        if (engine == null) {
            engine = AsciidoctorEngine.start();
        }
        return engine;
    }

    private void writeReports(Path outputDirectory, List<Diagnostic> diagnostics) {
        DiagnosticReports reports = new DiagnosticReports(rules, Version.current());
        Map<String, byte[]> files = new HashMap<>();
        files.put(DiagnosticReports.JSON_FILE, reports.json(diagnostics));
        files.put(DiagnosticReports.SARIF_FILE, reports.sarif(diagnostics));
        publisher.publish(outputDirectory, files);
    }

    /** Closes the Asciidoctor engine, if a render started one. */
    @Override
    public synchronized void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
