package uk.nhs.aqp.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.DiscoveredPacks;
import uk.nhs.aqp.core.load.PackDiscoverer;
import uk.nhs.aqp.core.load.PackFolder;
import uk.nhs.aqp.core.load.ProjectPaths;
import uk.nhs.aqp.core.load.YamlLoader;
import uk.nhs.aqp.core.model.BundleLimits;
import uk.nhs.aqp.core.figures.PackFigures;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.ModelBinder;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.PartialPack;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.directory.ProviderRegister;
import uk.nhs.aqp.core.directory.ProviderRegisterCheck;
import uk.nhs.aqp.core.qualify.ApplicationCheck;
import uk.nhs.aqp.core.qualify.ApplicationResult;
import uk.nhs.aqp.core.qualify.DryRun;
import uk.nhs.aqp.core.qualify.ApplicationFinder;
import uk.nhs.aqp.core.qualify.Qualifying;
import uk.nhs.aqp.core.rules.PackContext;
import uk.nhs.aqp.core.rules.PackRule;
import uk.nhs.aqp.core.rules.PackRules;
import uk.nhs.aqp.core.rules.PlaceholderText;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.source.YamlDocument;
import uk.nhs.aqp.core.validate.SchemaValidator;

/**
 * Runs the validation stages in order, discover, load, schema, model, rules, then the local packs
 * (adapt, then the same schema, model and rules), gating per file: a file that fails to load is not
 * schema-checked, a file that breaks its schema is not bound, and each semantic rule runs on every
 * pack whose files it reads were bound, so one broken file hides none of the problems of the
 * others. Only a pack with all six files and no error goes on to the later stages. Every problem
 * is reported; nothing throws for bad content.
 */
final class PackValidation {

    record Outcome(List<Pack> packs, List<Pack> localPacks, Optional<Questionnaire> standard, int folders,
            Map<String, LocalValidation.National> national, Map<String, LocalValidation.ArrangementBase> arrangements,
            List<Commissioner> register,
            List<Qualifying> applications, List<ApplicationResult> dryRuns, List<ProviderRegister> qualifiedProviders) {
    }

    private final ProjectPaths paths;
    private final YamlLoader loader;
    private final SchemaValidator schemas;
    private final ModelBinder binder = new ModelBinder();
    private final List<PackRule> rules = PackRules.all();

    PackValidation(ProjectPaths paths, YamlLoader loader, SchemaValidator schemas) {
        this.paths = paths;
        this.loader = loader;
        this.schemas = schemas;
    }

    Outcome run(Path packsDirectory, DiagnosticSink sink) {
        DiscoveredPacks found = new PackDiscoverer(paths).discover(packsDirectory, sink);
        checkCount(found, packsDirectory, sink);
        Optional<Questionnaire> standard = found.standardQuestionnaire()
                .flatMap(file -> checked(file, FileKind.QUESTIONNAIRE, sink))
                .flatMap(doc -> binder.bindQuestionnaire(doc, sink));
        List<Pack> packs = new ArrayList<>();
        Map<String, LocalValidation.National> valid = new HashMap<>();
        for (PackFolder folder : found.national()) {
            int before = sink.size();
            Map<FileKind, YamlDocument> documents = loadFiles(folder, sink);
            Map<FileKind, YamlDocument> worded = PackFigures.of(documents).substitute(documents, sink);
            PartialPack parts = binder.bindParts(folder.name(), folder.displayPath(), worded, sink);
            PackRules.check(rules, new PackContext(parts, standard), sink);
            Optional<Pack> pack = parts.complete();
            if (folder.complete() && pack.isPresent() && !sink.errorsSince(before)) {
                packs.add(pack.get());
                valid.put(folder.name(), new LocalValidation.National(pack.get(), documents));
            }
        }
        LocalValidation.Outcome local = new LocalValidation(this::checked, schemas, binder, rules).run(found.local(),
                valid, found.national().stream().map(PackFolder::name).toList(), standard, sink);
        List<ApplicationFinder.Found> filed = new ApplicationFinder(paths).find(packsDirectory, sink);
        Map<String, Pack> byKey = new HashMap<>();
        local.packs().forEach(p -> byKey.put(p.local().orElseThrow().commissioner().id() + "/"
                + p.local().orElseThrow().basePack(), p));
        List<Qualifying> applications = applications(filed, packs, byKey, standard, sink);
        List<ApplicationResult> dryRuns = standard.isEmpty() ? List.of()
                : applications.stream().map(q -> new DryRun().evaluate(q, standard.get())).toList();
        List<ProviderRegister> qualified = new ProviderRegisterCheck(paths, this::checked, binder)
                .run(packsDirectory, byKey, filed, dryRuns, sink);
        return new Outcome(packs, local.packs(), standard, found.national().size(), Map.copyOf(valid), local.arrangements(),
                local.register().commissioners(), applications, dryRuns, qualified);
    }

    /** The provider applications beside the packs, checked against the valid ones. */
    private List<Qualifying> applications(List<ApplicationFinder.Found> found, List<Pack> national, Map<String, Pack> byKey,
            Optional<Questionnaire> standard, DiagnosticSink sink) {
        if (found.isEmpty()) return List.of();
        Map<String, Pack> byFolder = new HashMap<>();
        national.forEach(p -> byFolder.put(p.sources().folderName(), p));
        return new ApplicationCheck(this::checked, binder).run(found, byFolder, byKey, standard, sink);
    }

    /**
     * {@code pack.too-many-packs}: the bundle's workbook puts every pack's rows of a table on one
     * sheet, so a run takes at most {@link BundleLimits#PACKS} packs. The packs are still checked.
     */
    private void checkCount(DiscoveredPacks found, Path packsDirectory, DiagnosticSink sink) {
        int local = found.local().stream().mapToInt(f -> f.adaptations().size()).sum();
        int total = found.national().size() + local;
        if (total > BundleLimits.PACKS) {
            sink.report("pack.too-many-packs", Origin.ofFile(paths.display(packsDirectory)), total,
                    found.national().size(), local, BundleLimits.PACKS);
        }
    }

    /** The files of the folder that loaded and passed their schema. */
    private Map<FileKind, YamlDocument> loadFiles(PackFolder folder, DiagnosticSink sink) {
        Map<FileKind, YamlDocument> documents = new EnumMap<>(FileKind.class);
        for (FileKind kind : FileKind.packFiles()) {
            Path file = folder.files().get(kind);
            if (file != null) {
                checked(file, kind, sink).ifPresent(doc -> documents.put(kind, doc));
            }
        }
        return documents;
    }

    /**
     * Loads one file and checks it against its schema; empty if either failed. A file that passed
     * is also checked for placeholders a scaffold left ({@code pack.placeholder}).
     */
    Optional<YamlDocument> checked(Path file, FileKind kind, DiagnosticSink sink) {
        Optional<YamlDocument> document = loader.load(file, paths.display(file), sink)
                .filter(doc -> schemas.validate(doc, kind, sink));
        document.ifPresent(doc -> PlaceholderText.check(doc, sink));
        return document;
    }
}
