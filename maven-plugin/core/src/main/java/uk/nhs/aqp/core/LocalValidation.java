package uk.nhs.aqp.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.nhs.aqp.core.adapt.AdaptationApplier;
import uk.nhs.aqp.core.adapt.IllustrativeFigures;
import uk.nhs.aqp.core.adapt.NationalEvidence;
import uk.nhs.aqp.core.adapt.LocalCompletion;
import uk.nhs.aqp.core.adapt.Resolution;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.LocalFolder;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.LocalAdaptation;
import uk.nhs.aqp.core.figures.PackFigures;
import uk.nhs.aqp.core.figures.StaleFigures;
import uk.nhs.aqp.core.model.ModelBinder;
import uk.nhs.aqp.core.model.Variation;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.PartialPack;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.register.Register;
import uk.nhs.aqp.core.register.RegisterRules;
import uk.nhs.aqp.core.rules.PackContext;
import uk.nhs.aqp.core.rules.PackRule;
import uk.nhs.aqp.core.rules.PackRules;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.source.YamlDocument;
import uk.nhs.aqp.core.validate.SchemaValidator;

/**
 * Validates the local packs: each commissioner file (and, over all of them, the rules of the
 * programme register), each adaptation, and the resolved local
 * pack through the same schemas and rules as a national one, each rule on the resolved files it
 * reads that passed their schema (as for a national pack). The national pack was valid on its
 * own, so any error in the resolved pack follows from the adaptation: one found at a national
 * value is reported at the change it most likely follows from; a warning at a national value is
 * left out, as the national pack's own check reported it. A national figure marked illustrative
 * that the local pack publishes unchanged is warned about ({@code adapt.illustrative-figure}).
 */
final class LocalValidation {

    /** A schema-valid national pack with the documents it was bound from. */
    record National(Pack pack, Map<FileKind, YamlDocument> documents) {
    }

    /** Loads a file and checks its schema; empty if either failed. */
    interface Checker {
        Optional<YamlDocument> checked(java.nio.file.Path file, FileKind kind, DiagnosticSink sink);
    }

    private final Checker checker;
    private final SchemaValidator schemas;
    private final ModelBinder binder;
    private final List<PackRule> rules;
    private final AdaptationApplier applier = new AdaptationApplier();
    private final IllustrativeFigures illustrative = new IllustrativeFigures();

    LocalValidation(Checker checker, SchemaValidator schemas, ModelBinder binder, List<PackRule> rules) {
        this.checker = checker;
        this.schemas = schemas;
        this.binder = binder;
        this.rules = rules;
    }

    /** The local packs that resolved without error, and the register of every schema-valid commissioner. */
    record Outcome(List<Pack> packs, Register register) {
    }

    Outcome run(List<LocalFolder> folders, Map<String, National> national, List<String> nationalFolders,
            Optional<Questionnaire> standard, DiagnosticSink sink) {
        // each commissioner's folder on its own (in parallel), then gathered in folder order
        List<FolderOutcome> outcomes = folders.parallelStream()
                .map(f -> folder(f, national, nationalFolders, standard, sink.part())).toList();
        List<Pack> out = new ArrayList<>();
        List<Register.Entry> entries = new ArrayList<>();
        for (FolderOutcome o : outcomes) {
            sink.addAll(o.diagnostics());
            out.addAll(o.packs());
            o.entry().ifPresent(entries::add);
        }
        Register register = new Register(entries);
        RegisterRules.check(register, sink);
        return new Outcome(out, register);
    }

    /** What one commissioner's folder gave: its valid local packs, its register entry, its diagnostics. */
    private record FolderOutcome(List<Pack> packs, Optional<Register.Entry> entry, DiagnosticSink diagnostics) {
    }

    private FolderOutcome folder(LocalFolder folder, Map<String, National> national, List<String> nationalFolders,
            Optional<Questionnaire> standard, DiagnosticSink sink) {
        List<Pack> packs = new ArrayList<>();
        int folderStart = sink.size();
        Optional<YamlDocument> commissionerFile = folder.commissionerFile()
                .flatMap(f -> checker.checked(f, FileKind.COMMISSIONER, sink));
        Optional<Commissioner> commissioner = commissionerFile.flatMap(doc -> commissioner(doc, folder, sink));
        boolean commissionerValid = !sink.errorsSince(folderStart);
        Optional<Register.Entry> entry = commissioner.map(c -> new Register.Entry(c, commissionerFile.get().sources(),
                folder.adaptations().stream().map(LocalFolder.Adaptation::packFolder).toList(),
                serviceLines(folder, national)));
        for (LocalFolder.Adaptation a : folder.adaptations()) {
            int start = sink.size();
            Optional<YamlDocument> doc = checker.checked(a.file(), FileKind.ADAPTATION, sink);
            if (doc.isEmpty() || commissioner.isEmpty()) continue;
            String base = doc.get().root().at("/base/pack").asText();
            National nat = national.get(base);
            if (nat == null) {
                Origin at = doc.get().sources().value("/base/pack");
                if (nationalFolders.contains(base)) {
                    sink.report("adapt.base-invalid", at, base);
                } else {
                    sink.report("adapt.base-missing", at, base, DidYouMean.hint(base, nationalFolders));
                }
                continue;
            }
            Optional<Pack> pack = resolve(doc.get(), a, nat, commissioner.get(), standard, sink);
            // an error anywhere in the commissioner file or the adaptation (its text, a change) keeps it out
            if (pack.isPresent() && commissionerValid && !sink.errorsSince(start)) {
                packs.add(pack.get());
            }
        }
        return new FolderOutcome(packs, entry, sink);
    }

    /** The service line of each local pack's national pack (its folder's name), where that pack is valid. */
    private static Map<String, String> serviceLines(LocalFolder folder, Map<String, National> national) {
        Map<String, String> lines = new java.util.HashMap<>();
        for (LocalFolder.Adaptation a : folder.adaptations()) {
            National nat = national.get(a.packFolder());
            if (nat != null) {
                lines.put(a.packFolder(), nat.pack().manifest().serviceLine());
            }
        }
        return lines;
    }

    private Optional<Commissioner> commissioner(YamlDocument doc, LocalFolder folder, DiagnosticSink sink) {
        Optional<Commissioner> c = binder.bindCommissioner(doc, sink);
        if (c.isPresent() && !c.get().id().equals(folder.id())) {
            sink.report("adapt.commissioner-folder", doc.sources().value("/id"), c.get().id(), folder.id());
        }
        return c;
    }

    private Optional<Pack> resolve(YamlDocument adaptation, LocalFolder.Adaptation a, National nat,
            Commissioner commissioner, Optional<Questionnaire> standard, DiagnosticSink sink) {
        String nationalVersion = nat.pack().manifest().version();
        int before = sink.size();
        Optional<Resolution> resolution = applier.apply(adaptation, a.packFolder(), nat.documents(), nationalVersion, sink);
        boolean appliedCleanly = !sink.errorsSince(before);
        if (resolution.isEmpty()) return Optional.empty();
        NationalEvidence.review(resolution.get().variations(), resolution.get().documents(), commissioner.name(), sink);
        DiagnosticSink local = new DiagnosticSink();
        Map<FileKind, YamlDocument> valid = new EnumMap<>(FileKind.class);
        for (FileKind kind : FileKind.packFiles()) {
            YamlDocument document = resolution.get().documents().get(kind);
            if (schemas.validate(document, kind, local)) {
                valid.put(kind, document);
            }
        }
        PackFigures figures = PackFigures.of(valid);
        PackFigures nationalFigures = PackFigures.of(nat.documents());
        StaleFigures.check(nationalFigures, figures, valid, local);
        List<Variation> variations = resolution.get().variations().stream()
                .map(v -> new Variation(v.target(), v.operation(), nationalFigures.worded(v.nationalValue()),
                        figures.worded(v.localValue()), v.rationale(), v.origin(),
                        v.nationalBefore() == null ? null : nationalFigures.worded(v.nationalBefore())))
                .toList();
        PartialPack parts = binder.bindParts(nat.pack().sources().folderName(), nat.pack().sources().folderPath(),
                figures.substitute(valid, local), local);
        PackRules.check(rules, new PackContext(parts, standard), local);
        Optional<Pack> pack = parts.complete().map(p -> p.withLocal(new LocalAdaptation(commissioner, a.packFolder(),
                adaptation.root().at("/base/version").asText(), nationalVersion, texts(adaptation),
                variations, text(adaptation, "/version"), date(adaptation, "/date"))));
        if (appliedCleanly) {
            illustrative.check(adaptation, PartialPack.of(nat.pack()), parts, local);
            LocalCompletion.check(adaptation, valid, local);
        }
        List<Diagnostic> found = local.sorted();
        String nationalFolder = nat.pack().sources().folderPath() + "/";
        for (Diagnostic d : found) {
            boolean atNational = d.file().startsWith(nationalFolder);
            // a warning at a national value was already reported on the national pack itself, unless
            // only the local pack makes it (a text the commissioner's changed figure made stale)
            if (atNational && d.severity() != uk.nhs.aqp.core.diagnostic.Severity.ERROR
                    && !d.ruleId().equals("text.stale-figure")) continue;
            sink.add(atNational ? attribute(d, resolution.get(), a.displayPath()) : d);
        }
        return found.stream().anyMatch(d -> d.severity() == uk.nhs.aqp.core.diagnostic.Severity.ERROR)
                ? Optional.empty() : pack;
    }

    /** Moves a diagnostic found at a national value to the change it most likely follows from. */
    private static Diagnostic attribute(Diagnostic d, Resolution resolution, String adaptationFile) {
        List<String> tokens = List.of(d.pointer().split("/"));
        Resolution.ChangeSite best = null;
        int bestScore = -1;
        for (Resolution.ChangeSite site : resolution.sites()) {
            int score = 0;
            if (d.file().endsWith("/" + site.target().file().fileName())) {
                score = 1;
                for (String segment : site.target().segments()) {
                    if (tokens.contains(segment)) score++;
                }
            }
            if (score > bestScore) {
                best = site;
                bestScore = score;
            }
        }
        Origin at = best == null ? Origin.ofFile(adaptationFile) : best.origin();
        return new Diagnostic(d.severity(), d.ruleId(),
                d.message() + " (in the pack as adapted; the national value is at " + d.origin().location() + ")", at);
    }

    private static String text(YamlDocument adaptation, String pointer) {
        var node = adaptation.root().at(pointer);
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    /** A date the schema has already checked ({@code yyyy-mm-dd}), or null. */
    private static java.time.LocalDate date(YamlDocument adaptation, String pointer) {
        String value = text(adaptation, pointer);
        try {
            return value == null ? null : java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static List<String> texts(YamlDocument adaptation) {
        List<String> out = new ArrayList<>();
        adaptation.root().path("summary").forEach(n -> out.add(n.asText()));
        return out;
    }
}
