package uk.nhs.aqp.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.aqp.core.adapt.AdaptationApplier;
import uk.nhs.aqp.core.adapt.IllustrativeFigures;
import uk.nhs.aqp.core.adapt.JointMembership;
import uk.nhs.aqp.core.adapt.JointRules;
import uk.nhs.aqp.core.adapt.NationalEvidence;
import uk.nhs.aqp.core.adapt.LocalCompletion;
import uk.nhs.aqp.core.adapt.Resolution;
import uk.nhs.aqp.core.diagnostic.Diagnostic;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.load.LocalFolder;
import uk.nhs.aqp.core.model.BundleLimits;
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
    /** Base files by identity: whether each passes its schema. */
    private final Map<YamlDocument, Boolean> baseValidity = Collections.synchronizedMap(new IdentityHashMap<>());
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

    /**
     * The local packs that resolved without error, the register of every schema-valid commissioner,
     * and each joint arrangement that resolved without error, by key ({@code <lead>/<pack>}), as its
     * members' changes see it (for aqp:rebase).
     */
    record Outcome(List<Pack> packs, Register register, Map<String, ArrangementBase> arrangements) {
    }

    /** A joint arrangement as its members build on it: its version and its resolved files. */
    record ArrangementBase(String version, Map<FileKind, YamlDocument> documents) {
    }

    Outcome run(List<LocalFolder> folders, Map<String, National> national, List<String> nationalFolders,
            Optional<Questionnaire> standard, DiagnosticSink sink) {
        // each commissioner's folder on its own (in parallel), then gathered in folder order
        List<FolderOutcome> outcomes = folders.parallelStream()
                .map(f -> folder(f, national, nationalFolders, standard, sink.part())).toList();
        List<Pack> out = new ArrayList<>();
        List<Register.Entry> entries = new ArrayList<>();
        Map<String, Arrangement> arrangements = new java.util.TreeMap<>();
        List<Member> members = new ArrayList<>();
        java.util.Set<String> unchecked = new java.util.HashSet<>();
        for (FolderOutcome o : outcomes) {
            sink.addAll(o.diagnostics());
            out.addAll(o.packs());
            o.entry().ifPresent(entries::add);
            o.arrangements().forEach(a -> arrangements.put(a.joint().key(), a));
            members.addAll(o.members());
            unchecked.addAll(o.unchecked());
        }
        // then each member on top of its arrangement's resolved pack (national -> joint -> member)
        List<MemberOutcome> memberOutcomes = members.parallelStream()
                .map(m -> member(m, arrangements, unchecked, national, standard, sink.part())).toList();
        for (MemberOutcome o : memberOutcomes) {
            sink.addAll(o.diagnostics());
            o.pack().ifPresent(out::add);
        }
        JointMembership.check(arrangements.values().stream().map(Arrangement::membership).toList(),
                members.stream().map(Member::membership).toList(),
                folders.stream().map(LocalFolder::id).toList(), sink);
        Register register = new Register(entries);
        RegisterRules.check(register, sink);
        Map<String, ArrangementBase> bases = new java.util.TreeMap<>();
        arrangements.forEach((key, a) -> a.resolved().ifPresent(r -> bases.put(key, new ArrangementBase(
                a.joint().version() == null ? "0.0.0" : a.joint().version(), r.resolution().documents()))));
        return new Outcome(out, register, bases);
    }

    /** What one commissioner's folder gave: its valid local packs, its register entry, its diagnostics. */
    private record FolderOutcome(List<Pack> packs, Optional<Register.Entry> entry, List<Arrangement> arrangements,
            List<Member> members, List<String> unchecked, DiagnosticSink diagnostics) {
    }

    /**
     * A joint arrangement led by a commissioner: its schema-valid adaptation and, when it resolved
     * without error, its resolved documents and pack.
     */
    private record Arrangement(LocalAdaptation.Joint joint, YamlDocument adaptation, String displayPath,
            Optional<Resolved> resolved) {
        JointMembership.Arrangement membership() {
            return new JointMembership.Arrangement(joint, adaptation.sources());
        }
    }

    /** A member's schema-valid adaptation, waiting for its arrangement to resolve. */
    private record Member(YamlDocument adaptation, LocalFolder.Adaptation file, Commissioner commissioner,
            boolean commissionerValid) {
        JointMembership.Member membership() {
            return new JointMembership.Member(commissioner.id(), file.packFolder(),
                    adaptation.root().at("/base/joint").asText(), adaptation.sources());
        }
    }

    private record MemberOutcome(Optional<Pack> pack, DiagnosticSink diagnostics) {
    }

    /** A local pack resolved: the pack (if it bound without error) and its resolved documents. */
    private record Resolved(Optional<Pack> pack, Resolution resolution) {
    }

    /**
     * What an adaptation's changes apply to: the national pack or a joint arrangement's resolved pack,
     * at the version its changes are checked against.
     */
    private record Base(National national, Map<FileKind, YamlDocument> documents, String version,
            Arrangement arrangement) {
    }

    private FolderOutcome folder(LocalFolder folder, Map<String, National> national, List<String> nationalFolders,
            Optional<Questionnaire> standard, DiagnosticSink sink) {
        List<Pack> packs = new ArrayList<>();
        List<Arrangement> arrangements = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        List<String> unchecked = new ArrayList<>(); // <commissioner>/<pack> of each adaptation that failed its schema
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
            if (doc.isEmpty()) unchecked.add(folder.id() + "/" + a.packFolder());
            if (doc.isEmpty() || commissioner.isEmpty()) continue;
            if (doc.get().root().at("/base/joint").isTextual()) {
                members.add(new Member(doc.get(), a, commissioner.get(), commissionerValid));
                continue;
            }
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
            LocalAdaptation.Joint joint = leads(doc.get(), commissioner.get(), a.packFolder());
            Optional<Resolved> resolved = resolve(doc.get(), a,
                    new Base(nat, nat.documents(), nat.pack().manifest().version(), null), commissioner.get(), joint,
                    standard, sink);
            boolean clean = commissionerValid && !sink.errorsSince(start);
            // an error anywhere in the commissioner file or the adaptation (its text, a change) keeps it out
            if (clean) {
                resolved.flatMap(Resolved::pack).ifPresent(packs::add);
            }
            if (joint != null) {
                arrangements.add(new Arrangement(joint, doc.get(), a.displayPath(),
                        clean ? resolved.filter(r -> r.pack().isPresent()) : Optional.empty()));
            }
        }
        return new FolderOutcome(packs, entry, arrangements, members, unchecked, sink);
    }

    /** The arrangement an adaptation with a {@code joint} block leads, or null. */
    private static LocalAdaptation.Joint leads(YamlDocument adaptation, Commissioner lead, String packFolder) {
        JsonNode joint = adaptation.root().path("joint");
        if (!joint.isObject()) return null;
        List<String> members = new ArrayList<>();
        joint.path("members").forEach(m -> members.add(m.asText()));
        List<String> shared = new ArrayList<>();
        joint.path("shared").forEach(m -> shared.add(m.asText()));
        return new LocalAdaptation.Joint(lead.id(), lead.name(), packFolder, text(adaptation, "/version"), members, shared);
    }

    /** A member's local pack: its own changes on top of its arrangement's resolved pack. */
    private MemberOutcome member(Member m, Map<String, Arrangement> arrangements, java.util.Set<String> unchecked,
            Map<String, National> national, Optional<Questionnaire> standard, DiagnosticSink sink) {
        int start = sink.size();
        YamlDocument doc = m.adaptation();
        String key = doc.root().at("/base/joint").asText();
        Arrangement arrangement = arrangements.get(key);
        if (arrangement == null && unchecked.contains(key)) {
            return new MemberOutcome(Optional.empty(), sink); // the lead's adaptation failed its schema, as reported
        }
        if (arrangement == null) {
            sink.report("joint.base-missing", doc.sources().value("/base/joint"), key,
                    DidYouMean.hint(key, arrangements.keySet()));
            return new MemberOutcome(Optional.empty(), sink);
        }
        LocalAdaptation.Joint joint = arrangement.joint();
        if (!joint.packFolder().equals(m.file().packFolder())) {
            sink.report("joint.base-folder", doc.sources().value("/base/joint"), key, joint.lead(),
                    m.file().packFolder());
        }
        if (!joint.members().contains(m.commissioner().id())) {
            sink.report("joint.not-a-member", doc.sources().value("/base/joint"), m.commissioner().id(), key,
                    String.join(", ", joint.members()));
        }
        JointRules.shared(doc, joint, sink);
        National nat = national.get(joint.packFolder());
        if (arrangement.resolved().isEmpty() || nat == null) {
            return new MemberOutcome(Optional.empty(), sink); // the arrangement's own errors were reported
        }
        Resolved lead = arrangement.resolved().get();
        int fromArrangement = lead.pack().flatMap(Pack::local).map(l -> l.variations().size()).orElse(0);
        int own = doc.root().path("changes").size();
        if (fromArrangement + own > BundleLimits.LIST_ITEMS) {
            // the bundle lists both layers in one list of at most 100, like one adaptation's changes
            sink.report("joint.too-many-variations", doc.sources().key("/changes"), own, key, fromArrangement,
                    BundleLimits.LIST_ITEMS);
            return new MemberOutcome(Optional.empty(), sink);
        }
        Optional<Resolved> resolved = resolve(doc, m.file(), new Base(nat, lead.resolution().documents(),
                joint.version() == null ? "0.0.0" : joint.version(), arrangement), m.commissioner(),
                new LocalAdaptation.Joint(joint.lead(), joint.leadName(), joint.packFolder(), doc.root().at("/base/version").asText(),
                        joint.members(), joint.shared()), standard, sink);
        resolved.ifPresent(r -> JointRules.equalPrice(m.commissioner().id(), joint,
                lead.resolution().documents(), r.resolution(), doc, sink));
        boolean clean = m.commissionerValid() && !sink.errorsSince(start);
        return new MemberOutcome(clean ? resolved.flatMap(Resolved::pack) : Optional.empty(), sink);
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

    /**
     * Whether a base file (national, or an arrangement's) passes its schema, asked once per file
     * and not once per local pack on it.
     */
    private boolean validBase(YamlDocument base, FileKind kind) {
        if (base == null) {
            return false;
        }
        Boolean known = baseValidity.get(base);
        if (known == null) {
            known = schemas.validate(base, kind, new DiagnosticSink());
            baseValidity.put(base, known);
        }
        return known;
    }

    private Optional<Commissioner> commissioner(YamlDocument doc, LocalFolder folder, DiagnosticSink sink) {
        Optional<Commissioner> c = binder.bindCommissioner(doc, sink);
        if (c.isPresent() && !c.get().id().equals(folder.id())) {
            sink.report("adapt.commissioner-folder", doc.sources().value("/id"), c.get().id(), folder.id());
        }
        return c;
    }

    private Optional<Resolved> resolve(YamlDocument adaptation, LocalFolder.Adaptation a, Base base,
            Commissioner commissioner, LocalAdaptation.Joint joint, Optional<Questionnaire> standard,
            DiagnosticSink sink) {
        National nat = base.national();
        String nationalVersion = nat.pack().manifest().version();
        boolean member = base.arrangement() != null;
        int before = sink.size();
        Optional<Resolution> resolution = member
                ? applier.applyOnJoint(adaptation, base.documents(), base.version(), sink)
                : applier.apply(adaptation, a.packFolder(), base.documents(), base.version(), sink);
        boolean appliedCleanly = !sink.errorsSince(before);
        if (resolution.isEmpty()) return Optional.empty();
        NationalEvidence.review(resolution.get().variations(), resolution.get().documents(), commissioner.name(), sink);
        DiagnosticSink local = new DiagnosticSink();
        Map<FileKind, YamlDocument> valid = new EnumMap<>(FileKind.class);
        Set<FileKind> changed = EnumSet.noneOf(FileKind.class);
        resolution.get().sites().forEach(site -> changed.add(site.target().file()));
        for (FileKind kind : FileKind.packFiles()) {
            YamlDocument document = resolution.get().documents().get(kind);
            // a file no change touched reads as its base file does: valid if that is
            boolean asBase = appliedCleanly && !changed.contains(kind) && validBase(base.documents().get(kind), kind);
            if (asBase || schemas.validate(document, kind, local)) {
                valid.put(kind, document);
            }
        }
        PackFigures figures = PackFigures.of(valid);
        PackFigures baseFigures = PackFigures.of(base.documents());
        StaleFigures.check(baseFigures, figures, valid, local);
        List<Variation> variations = new ArrayList<>();
        if (member) {
            base.arrangement().resolved().flatMap(Resolved::pack).flatMap(Pack::local).ifPresent(
                    lead -> lead.variations().forEach(v -> variations.add(v.from(Variation.Layer.ARRANGEMENT))));
        }
        resolution.get().variations().stream()
                .map(v -> new Variation(v.target(), v.operation(), baseFigures.worded(v.nationalValue()),
                        figures.worded(v.localValue()), v.rationale(), v.origin(),
                        v.nationalBefore() == null ? null : baseFigures.worded(v.nationalBefore())))
                .forEach(variations::add);
        PartialPack parts = binder.bindParts(nat.pack().sources().folderName(), nat.pack().sources().folderPath(),
                figures.substitute(valid, local), local);
        PackRules.check(rules, new PackContext(parts, standard), local);
        String baseVersion = member
                ? base.arrangement().adaptation().root().at("/base/version").asText()
                : adaptation.root().at("/base/version").asText();
        Optional<Pack> pack = parts.complete().map(p -> p.withLocal(new LocalAdaptation(commissioner, a.packFolder(),
                baseVersion, nationalVersion, texts(adaptation),
                variations, text(adaptation, "/version"), date(adaptation, "/date"), joint)));
        if (appliedCleanly && !member) {
            // a member publishes the arrangement's prices and completions, checked on the lead's pack
            illustrative.check(adaptation, PartialPack.of(nat.pack()), parts, local);
            LocalCompletion.check(adaptation, valid, local);
        }
        List<Diagnostic> found = local.sorted();
        List<String> baseFiles = new ArrayList<>(List.of(nat.pack().sources().folderPath() + "/"));
        if (member) baseFiles.add(base.arrangement().displayPath());
        for (Diagnostic d : found) {
            boolean atBase = baseFiles.stream().anyMatch(f -> d.file().startsWith(f));
            // a warning at a national (or arrangement) value was already reported on that pack itself,
            // unless only this local pack makes it (a text the commissioner's changed figure made stale)
            if (atBase && d.severity() != uk.nhs.aqp.core.diagnostic.Severity.ERROR
                    && !d.ruleId().equals("text.stale-figure")) continue;
            sink.add(atBase ? attribute(d, resolution.get(), a.displayPath()) : d);
        }
        boolean failed = found.stream().anyMatch(d -> d.severity() == uk.nhs.aqp.core.diagnostic.Severity.ERROR);
        return Optional.of(new Resolved(failed ? Optional.empty() : pack, resolution.get()));
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
