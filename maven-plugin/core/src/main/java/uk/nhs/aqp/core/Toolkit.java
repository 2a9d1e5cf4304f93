package uk.nhs.aqp.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import uk.nhs.aqp.core.bundle.BundleRequest;
import uk.nhs.aqp.core.bundle.BundleResult;
import uk.nhs.aqp.core.bundle.BundleStage;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.diagnostic.RuleCatalog;
import uk.nhs.aqp.core.load.InputGuard;
import uk.nhs.aqp.core.load.ProjectBoundary;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.load.YamlLoader;
import uk.nhs.aqp.core.publish.DiagnosticReports;
import uk.nhs.aqp.core.publish.OutputGuard;
import uk.nhs.aqp.core.publish.Publisher;
import uk.nhs.aqp.core.qualify.ApplicationResult;
import uk.nhs.aqp.core.qualify.DryRunSummary;
import uk.nhs.aqp.core.qualify.QualifyReports;
import uk.nhs.aqp.core.qualify.ReportDocument;
import uk.nhs.aqp.core.publish.Content;
import uk.nhs.aqp.core.render.convert.ConversionAssets;
import uk.nhs.aqp.core.render.convert.PdfFormat;
import uk.nhs.aqp.core.render.template.TemplateSet;
import uk.nhs.aqp.core.qualify.QualifyRequest;
import uk.nhs.aqp.core.qualify.QualifyResult;
import uk.nhs.aqp.core.render.RenderRequest;
import uk.nhs.aqp.core.render.RenderResult;
import uk.nhs.aqp.core.render.RenderStage;
import uk.nhs.aqp.core.render.convert.AsciidoctorEngine;
import uk.nhs.aqp.core.validate.SchemaCatalog;
import uk.nhs.aqp.core.validate.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import uk.nhs.aqp.core.adapt.TreeDiff;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.source.YamlDocument;
import uk.nhs.aqp.core.figures.PackFigures;
import uk.nhs.aqp.core.diagnostic.Severity;
import uk.nhs.aqp.core.site.Downloads;
import uk.nhs.aqp.core.site.PreviewSession;
import uk.nhs.aqp.core.site.SiteBuilder;
import uk.nhs.aqp.core.site.SiteRequest;
import uk.nhs.aqp.core.site.SiteResult;

/**
 * The engine every front end drives. Open one per build: it compiles the schemas once and keeps
 * them for every call. Bad content never throws; it comes back as diagnostics in the result.
 * Broken tooling throws {@link uk.nhs.aqp.core.diagnostic.ToolingException}.
 */
public final class Toolkit implements AutoCloseable {

    private final SchemaCatalog schemas;
    private final RuleCatalog rules = RuleCatalog.standard();
    private AsciidoctorEngine engine;
    private SiteBuilder siteBuilder;

    private Toolkit(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    /**
     * Compiles the schemas: the built-in ones, each replaced by a same-named file in
     * {@code schemaDirectory}, read only if it really lies in that folder.
     */
    public static Toolkit open(Optional<Path> schemaDirectory) {
        return new Toolkit(SchemaCatalog.load(schemaDirectory));
    }

    /**
     * Compiles the schemas for the request's project: the built-in ones, each replaced by a
     * same-named file in its schema folder, read only inside the project (a link there that leads
     * elsewhere is refused as broken tooling, naming the link and not its target).
     */
    public static Toolkit open(ValidateRequest request) {
        return new Toolkit(SchemaCatalog.load(request.schemaDirectory(), request.projectRoot()));
    }

    /**
     * Validates every pack under the request's packs folder, logs each diagnostic, writes the
     * JSON and SARIF reports into the output folder, and returns what it found.
     */
    public ValidationResult validate(ValidateRequest request, BuildLog log) {
        return validateAll(request, log, true).result();
    }

    /**
     * Validates every pack as {@link #validate} does, for a goal that only reads (such as printing
     * variations): logs each diagnostic but writes no reports, so the request's output folder is
     * never touched.
     */
    public ValidationResult check(ValidateRequest request, BuildLog log) {
        return validateAll(request, log, false).result();
    }

    /** The result and what the stages kept, for goals that go on to write local files. */
    private record Validated(ValidationResult result, PackValidation validation, PackValidation.Outcome outcome) {
    }

    private Validated validateAll(ValidateRequest request, BuildLog log, boolean reports) {
        long start = System.nanoTime();
        DiagnosticSink sink = new DiagnosticSink(rules);
        ProjectPaths paths = new ProjectPaths(request.projectRoot());
        PackValidation validation = new PackValidation(paths, new YamlLoader(request.limits()),
                new SchemaValidator(schemas));
        PackValidation.Outcome outcome = validation.run(request.packsDirectory(), sink);
        ValidationResult result = new ValidationResult(sink.sorted(), outcome.packs(), outcome.localPacks(), outcome.standard(),
                request.failOn(), outcome.register(), outcome.dryRuns(), outcome.qualifiedProviders());
        result.diagnostics().forEach(log::report);
        if (reports) {
            writeReports(publisher(request.projectRoot(), request.inputs(), log), request.outputDirectory(),
                    result.diagnostics());
        }
        log.info("Checked " + outcome.folders() + " national packs in " + paths.display(request.packsDirectory())
                + ": " + outcome.packs().size() + " valid; " + localSummary(outcome) + result.summary()
                + " (" + seconds(System.nanoTime() - start) + ")");
        return new Validated(result, validation, outcome);
    }

    /**
     * Rebases the selected adaptations onto the current national packs: records the national
     * values in {@code was} and moves the base version, editing only those lines. Returns the lines
     * to report and whether any adaptation had to be left for a person to decide. Validates first,
     * writing no reports.
     */
    public MaintenanceResult rebase(AdaptRequest request, BuildLog log) {
        Validated v = validateAll(request.validation(), log, false);
        LocalMaintenance.Outcome o = new LocalMaintenance().rebase(request, v.validation(), v.outcome());
        return new MaintenanceResult(o.report(), o.refused());
    }

    /**
     * Compares two versions of a national pack folder file by file, in the terms adaptations use
     * (keys, items by id). Files that cannot be read are reported as diagnostics.
     */
    public PackComparison compare(Path projectRoot, Path before, Path after) {
        DiagnosticSink sink = new DiagnosticSink(rules);
        ProjectPaths paths = new ProjectPaths(projectRoot);
        InputGuard guard = new InputGuard(ProjectBoundary.of(projectRoot, List.of(before, after)), paths, sink);
        YamlLoader loader = new YamlLoader(uk.nhs.aqp.core.load.LoadLimits.DEFAULT);
        List<TreeDiff.Difference> differences = new ArrayList<>();
        boolean beforeIsFolder = comparable(before, guard, paths, sink);
        if (!(comparable(after, guard, paths, sink) && beforeIsFolder)) {
            return new PackComparison(differences, sink.sorted());
        }
        Map<FileKind, YamlDocument> left = new EnumMap<>(FileKind.class);
        Map<FileKind, YamlDocument> right = new EnumMap<>(FileKind.class);
        for (FileKind kind : FileKind.packFiles()) {
            side(before.resolve(kind.fileName()), guard, loader, paths, sink).ifPresent(d -> left.put(kind, d));
            side(after.resolve(kind.fileName()), guard, loader, paths, sink).ifPresent(d -> right.put(kind, d));
        }
        // texts are compared as written, then shown with their own version's figures: a changed
        // {{age.min}} is one difference (the age), not one per text citing it, and no reader sees braces
        PackFigures was = PackFigures.of(left);
        PackFigures now = PackFigures.of(right);
        for (FileKind kind : FileKind.packFiles()) {
            for (TreeDiff.Difference d : TreeDiff.diff(kind.targetName(), root(left, kind), root(right, kind))) {
                differences.add(new TreeDiff.Difference(d.kind(), d.target(), was.worded(d.before()),
                        now.worded(d.after())));
            }
        }
        return new PackComparison(differences, sink.sorted());
    }

    private static JsonNode root(Map<FileKind, YamlDocument> documents, FileKind kind) {
        YamlDocument d = documents.get(kind);
        return d == null ? null : d.root();
    }

    /**
     * Whether one side of a comparison is a folder that may be read; if not, says why (a folder that
     * is not there is {@code pack.compare-folder-missing}, never a pack whose files were all removed).
     */
    private static boolean comparable(Path folder, InputGuard guard, ProjectPaths paths, DiagnosticSink sink) {
        ProjectBoundary.Entry entry = guard.inspect(folder);
        if (guard.isFolder(entry, "a national pack folder belongs here, holding pack.yaml and the other five files")) {
            return true;
        }
        if (entry.kind() == ProjectBoundary.Kind.MISSING) {
            sink.report("pack.compare-folder-missing", Origin.ofFile(paths.display(folder)));
        }
        return false;
    }

    /** One side's file of a comparison, if it is there and may be read. */
    private static Optional<YamlDocument> side(Path file, InputGuard guard, YamlLoader loader, ProjectPaths paths,
            DiagnosticSink sink) {
        return guard.isFile(guard.inspect(file)) ? loader.load(file, paths.display(file), sink) : Optional.empty();
    }

    /**
     * The qualification dry run: validates the packs and their provider applications (as
     * {@link #validate} does, writing no diagnostics reports) and, if that passed, evaluates every
     * application against its pack and replaces the report folder with a page and a JSON file per
     * application and the run's summary. First refuses a report folder the toolkit may not write.
     */
    public QualifyResult qualify(QualifyRequest request, BuildLog log) {
        ValidateRequest validation = request.validation();
        OutputGuard guard = OutputGuard.forProject(validation.projectRoot(), validation.inputs());
        guard.check(request.outputDirectory());
        Validated v = validateAll(validation, log, false);
        if (v.result().failed() || v.outcome().standard().isEmpty()) {
            return new QualifyResult(v.result(), List.of(), DryRunSummary.of(List.of()), false);
        }
        List<ApplicationResult> results = v.outcome().dryRuns();
        DryRunSummary summary = DryRunSummary.of(results);
        Map<String, Content> files = new QualifyReports().files(results, summary, request.pdf());
        if (request.pdf()) {
            files.putAll(reportPdfs(results, new ProjectPaths(validation.projectRoot()), request.outputDirectory()));
        }
        new Publisher(guard, log).replaceFolder(request.outputDirectory(), files);
        ProjectPaths paths = new ProjectPaths(validation.projectRoot());
        log.info("Dry-ran " + results.size() + " applications to " + summary.packs().size() + " packs; open "
                + paths.display(request.outputDirectory().resolve("index.html")));
        for (ApplicationResult r : results) {
            log.info("  " + r.packKey() + " " + r.application().provider().id() + ": " + r.overall().value()
                    + " (" + r.counts() + ")");
        }
        return new QualifyResult(v.result(), results, summary, true);
    }

    private static final String REPORT_THEME = "dry-run-theme.yml";

    /** Each application's report as a PDF, through the packs' PDF theme (the built-in one). */
    private Map<String, Content> reportPdfs(List<ApplicationResult> results, ProjectPaths paths, Path output) {
        Map<String, Content> out = new java.util.TreeMap<>();
        Map<String, byte[]> assets = new java.util.TreeMap<>(TemplateSet.of(Optional.empty(), paths).assets(new DiagnosticSink()));
        // the packs' theme counts a cover as page 1; a report has none
        assets.put(REPORT_THEME, ("extends: " + TemplateSet.THEME + "\nrunning_content:\n  start_at: 1\n"
                + "page_numbering:\n  start_at: 1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PdfFormat pdf = new PdfFormat();
        // the theme waits beside the output folder, in the build's own output
        Path beside = output.toAbsolutePath().normalize().getParent();
        try (ConversionAssets files = ConversionAssets.write(beside, assets, REPORT_THEME, TemplateSet.STYLESHEET)) {
            for (ApplicationResult r : results) {
                out.put(r.packOutput() + "/" + r.application().provider().id() + ".pdf",
                        Content.of(pdf.convert(engine(), ReportDocument.asciidoc(r), files)));
            }
        }
        return out;
    }

    /**
     * Scaffolds {@code local/<commissioner>/<pack>/adaptation.yaml}; refuses to overwrite. Validates
     * first, writing no reports.
     */
    public MaintenanceResult scaffoldAdaptation(AdaptRequest request, BuildLog log) {
        Validated v = validateAll(request.validation(), log, false);
        LocalMaintenance.Outcome o = new LocalMaintenance().scaffold(request, v.outcome());
        return new MaintenanceResult(o.report(), o.refused());
    }

    /**
     * Scaffolds a new national pack: {@code national/<pack-id>/} with its six files, valid as they
     * stand, placeholders marked for {@code pack.placeholder}. Refuses, writing nothing, when
     * anything is already at that place or a link is on the way to it. Needs no open toolkit.
     */
    public static MaintenanceResult scaffoldPack(NewPackRequest request) {
        return new PackScaffolder().scaffold(request);
    }

    /**
     * Validates the packs as {@link #validate} does and, only if that passed, writes the
     * machine-readable bundle: the bundle folder, with the zip inside it, is replaced as a whole, or
     * left exactly as it was if validation or anything else fails.
     */
    public BundleResult bundle(BundleRequest request, BuildLog log) {
        return bundle(request, validate(request.validation(), log), log);
    }

    /**
     * Bundles the packs of a validation this build already ran. First refuses (a
     * {@link uk.nhs.aqp.core.diagnostic.ToolingException}) a bundle folder the toolkit may not write.
     */
    public BundleResult bundle(BundleRequest request, ValidationResult validated, BuildLog log) {
        long start = System.nanoTime();
        ValidateRequest validation = request.validation();
        OutputGuard.forProject(validation.projectRoot(), validation.inputs()).check(request.outputDirectory());
        BundleResult result = new BundleStage(schemas, publisher(validation.projectRoot(), validation.inputs(), log))
                .run(request, validated, log);
        if (result.written()) {
            ProjectPaths paths = new ProjectPaths(request.validation().projectRoot());
            log.info("Bundled " + result.validation().packs().size() + " national and "
                    + result.validation().localPacks().size() + " local packs into "
                    + paths.display(result.directory().orElseThrow()) + " (" + result.bundle().orElseThrow().files().size()
                    + " files and the zip " + result.zip().orElseThrow().getFileName() + ") in "
                    + seconds(System.nanoTime() - start));
        }
        return result;
    }

    /**
     * Renders the documents of every pack that {@code validated} found valid: AsciiDoc from the
     * templates, then HTML and PDF. Starts the Asciidoctor engine on first use and keeps it until
     * {@link #close()}. Rewrites the JSON and SARIF reports with the validation and render
     * diagnostics together. First refuses output folders the toolkit may not write.
     */
    public RenderResult render(RenderRequest request, ValidationResult validated, BuildLog log) {
        OutputGuard guard = OutputGuard.forProject(request.projectRoot(), request.templatesDirectory().stream().toList());
        guard.check(request.outputDirectory());
        guard.check(request.asciidocDirectory());
        guard.check(request.documentsDirectory());
        Publisher publisher = new Publisher(guard, log);
        RenderResult result = new RenderStage(new ProjectPaths(request.projectRoot()), publisher, this::engine)
                .run(request, validated.allPacks(), validated.qualifiedProviders().stream()
                        .map(uk.nhs.aqp.core.directory.ProviderRegister::directory).toList(), validated.standard(), log);
        List<Diagnostic> all = new ArrayList<>(validated.diagnostics());
        all.addAll(result.diagnostics());
        writeReports(publisher, request.outputDirectory(), all.stream().sorted().toList());
        return result;
    }

    /**
     * Builds the website from a validation that passed: every page, the search index and sitemap,
     * the NHS.UK frontend, and the documents and bundle the request points at, copied in. Checks
     * every internal link, then swaps the folder into place; writes nothing if the site has errors.
     * Logs the time of each stage and the path of {@code index.html}. First refuses a site folder
     * the toolkit may not write, before any work.
     */
    public SiteResult site(SiteRequest request, ValidationResult validation,
            BuildLog log) {
        request.outputGuard().check(request.siteDirectory());
        SiteResult result = siteBuilder(request).build(validation, request, log);
        result.diagnostics().forEach(d -> log.error(d.format()));
        log.info("Site stages: " + result.stages().summary());
        if (!result.failed()) {
            log.info("Site: " + result.pages() + " pages in " + result.index().getParent().toAbsolutePath().normalize()
                    + "; open " + result.index().toAbsolutePath().normalize());
        }
        return result;
    }

    /**
     * Builds the site, serves it on {@code http://localhost:<port>/} and rebuilds it when a file
     * under the packs or templates folder changes. Returns the running session; close it to stop.
     */
    public PreviewSession preview(SiteRequest request, int port, BuildLog log) {
        return preview(request, Optional.empty(), Optional.empty(), port, log);
    }

    /**
     * {@link #preview(SiteRequest, int, BuildLog)} that also keeps the documents and the bundle up
     * to date: after each change the pages are rebuilt, then the documents are rendered (from the
     * render cache: only what changed is converted) and the bundle written, then the pages again,
     * so no page disagrees with its downloads. Their folders must be the ones the site request copies.
     */
    public PreviewSession preview(SiteRequest request, Optional<RenderRequest> documents, Optional<BundleRequest> data,
            int port, BuildLog log) {
        request.outputGuard().check(request.siteDirectory());
        Downloads.Refresh refresh = validation -> {
            List<Diagnostic> failed = new ArrayList<>();
            documents.ifPresent(r -> render(r, validation, log).diagnostics().stream()
                    .filter(d -> d.severity() == Severity.ERROR).forEach(failed::add));
            if (failed.isEmpty()) {
                data.ifPresent(b -> bundle(b, validation, log)); // writes whenever validation passed, as it has here
            }
            return failed;
        };
        return PreviewSession.start(siteBuilder(request), request,
                () -> validate(request.validation(), BuildLog.silent()),
                documents.isEmpty() && data.isEmpty() ? Downloads.Refresh.NONE : refresh, port, log);
    }

    private synchronized SiteBuilder siteBuilder(SiteRequest request) {
        if (siteBuilder == null || !siteBuilder.templatesFolder().equals(request.templates())) {
            siteBuilder = new SiteBuilder(request.templates(), request.validation().projectRoot());
        }
        return siteBuilder;
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static String localSummary(PackValidation.Outcome outcome) {
        return outcome.localPacks().isEmpty() ? "" : outcome.localPacks().size() + " local packs valid; ";
    }

    private synchronized AsciidoctorEngine engine() {
        if (engine == null) {
            engine = AsciidoctorEngine.start();
        }
        return engine;
    }

    /** The writer for one call: it refuses any output folder that is, or holds, the project or an input. */
    private static Publisher publisher(Path projectRoot, List<Path> inputs, BuildLog log) {
        return new Publisher(OutputGuard.forProject(projectRoot, inputs), log);
    }

    private void writeReports(Publisher publisher, Path outputDirectory, List<Diagnostic> diagnostics) {
        DiagnosticReports reports = new DiagnosticReports(rules, Version.current());
        Map<String, byte[]> files = new HashMap<>();
        files.put(DiagnosticReports.JSON_FILE, reports.json(diagnostics));
        files.put(DiagnosticReports.SARIF_FILE, reports.sarif(diagnostics));
        publisher.publish(outputDirectory, files);
    }

    /** Whether a render of this toolkit has started the Asciidoctor engine (a build whose documents all come from the cache does not). */
    public synchronized boolean engineStarted() {
        return engine != null;
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
