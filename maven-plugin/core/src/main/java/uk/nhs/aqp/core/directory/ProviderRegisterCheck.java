package uk.nhs.aqp.core.directory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.InputGuard;
import uk.nhs.aqp.core.load.ProjectBoundary;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.model.ModelBinder;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.qualify.ApplicationCheck;
import uk.nhs.aqp.core.qualify.ApplicationFinder;
import uk.nhs.aqp.core.qualify.ApplicationResult;
import uk.nhs.aqp.core.qualify.Outcome;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * The validate stage's part for registers of qualified providers: finds
 * {@code local/<commissioner>/<pack-id>/qualified-providers.yaml}, loads it and checks its schema,
 * binds it and, if its local pack is valid, checks each entry against the pack's applications and
 * their dry runs: {@code qualified.duplicate-provider}, {@code qualified.unknown-application},
 * {@code qualified.failed-application}. An application that could not be read (its own errors say
 * why) is not judged again here.
 */
public final class ProviderRegisterCheck {

    private final ProjectPaths paths;
    private final ApplicationCheck.Loader loader;
    private final ModelBinder binder;

    public ProviderRegisterCheck(ProjectPaths paths, ApplicationCheck.Loader loader, ModelBinder binder) {
        this.paths = paths;
        this.loader = loader;
        this.binder = binder;
    }

    /**
     * Checks every register; returns those without error whose pack is valid.
     *
     * @param local the valid local packs by key ({@code <commissioner>/<pack-folder>})
     * @param applications every application file found, valid or not
     * @param results the dry run of each valid application
     */
    public List<ProviderRegister> run(Path packsDirectory, Map<String, Pack> local, List<ApplicationFinder.Found> applications,
            List<ApplicationResult> results, DiagnosticSink sink) {
        Map<String, Set<String>> filed = new HashMap<>();
        for (ApplicationFinder.Found f : applications) {
            f.commissioner().ifPresent(c -> filed.computeIfAbsent(c + "/" + f.packFolder(), k -> new TreeSet<>())
                    .add(stem(f.file())));
        }
        Map<String, Map<String, ApplicationResult>> dryRuns = new HashMap<>();
        for (ApplicationResult r : results) {
            dryRuns.computeIfAbsent(r.packOutput(), k -> new HashMap<>()).put(r.application().provider().id(), r);
        }
        List<ProviderRegister> out = new ArrayList<>();
        for (Path file : find(packsDirectory, sink)) {
            String key = file.getParent().getParent().getFileName() + "/" + file.getParent().getFileName();
            int start = sink.size();
            Optional<YamlDocument> doc = loader.checked(file, FileKind.QUALIFIED_PROVIDERS, sink);
            Optional<QualifiedProviders> register = doc.flatMap(d -> binder.bindDocument(d, QualifiedProviders.class, sink));
            Pack pack = local.get(key);
            if (register.isEmpty() || pack == null) continue;
            Map<String, ApplicationResult> runs = dryRuns.getOrDefault(pack.outputPath(), Map.of());
            check(register.get(), doc.get(), filed.getOrDefault(key, Set.of()), runs,
                    paths.display(file.getParent().resolve("applications")), sink);
            if (!sink.errorsSince(start)) {
                out.add(new ProviderRegister(pack, paths.display(file), register.get(), runs));
            }
        }
        return out;
    }

    private static void check(QualifiedProviders register, YamlDocument doc, Set<String> filed,
            Map<String, ApplicationResult> runs, String folder, DiagnosticSink sink) {
        Map<String, Integer> first = new HashMap<>();
        List<QualifiedProviders.Entry> entries = register.providers();
        for (int i = 0; i < entries.size(); i++) {
            QualifiedProviders.Entry e = entries.get(i);
            String at = "/providers/" + i;
            Integer line = first.putIfAbsent(e.provider(), doc.sources().value(at + "/provider").line());
            if (line != null) {
                sink.report("qualified.duplicate-provider", doc.sources().value(at + "/provider"), e.provider(), line);
                continue;
            }
            if (!filed.contains(e.application())) {
                sink.report("qualified.unknown-application", doc.sources().value(at + "/application"), e.provider(),
                        e.application(), "there is no " + e.application() + ".yaml in " + folder
                                + DidYouMean.hint(e.application(), filed));
                continue;
            }
            if (!e.application().equals(e.provider())) {
                sink.report("qualified.unknown-application", doc.sources().value(at + "/application"), e.provider(),
                        e.application(), "that is provider " + e.application() + "'s own application");
                continue;
            }
            ApplicationResult run = runs.get(e.application());
            if (e.qualified() && run != null && (run.overall() == Outcome.FAIL || run.overall() == Outcome.MISSING)) {
                sink.report("qualified.failed-application", doc.sources().value(at + "/decision"), e.provider(),
                        run.overall() == Outcome.FAIL ? "fails" : "is incomplete", first(run));
            }
        }
    }

    /** The first failure, else the first gap, of a dry run: {@code criterion AH-QC-08: the reason}. */
    private static String first(ApplicationResult run) {
        Outcome worst = run.overall();
        return run.findings().filter(f -> f.outcome() == worst).findFirst()
                .map(f -> f.part() + " " + f.id() + ": " + f.reason()).orElse("");
    }

    /** The registers under {@code local/<commissioner>/<pack-id>/}, looked at through the input guard. */
    private List<Path> find(Path packsDirectory, DiagnosticSink sink) {
        InputGuard guard = new InputGuard(ProjectBoundary.of(paths.projectRoot(), List.of(packsDirectory)), paths, sink);
        List<Path> out = new ArrayList<>();
        for (Path commissioner : folders(packsDirectory.resolve("local"), guard)) {
            for (Path pack : folders(commissioner, guard)) {
                Path file = pack.resolve(FileKind.QUALIFIED_PROVIDERS.fileName());
                if (guard.isFile(guard.inspect(file))) out.add(file);
            }
        }
        return out;
    }

    private static List<Path> folders(Path folder, InputGuard guard) {
        if (guard.inspect(folder).kind() != ProjectBoundary.Kind.FOLDER) return List.of();
        return guard.list(folder).orElse(List.of()).stream()
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .filter(p -> guard.inspect(p).kind() == ProjectBoundary.Kind.FOLDER).sorted().toList();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }
}
