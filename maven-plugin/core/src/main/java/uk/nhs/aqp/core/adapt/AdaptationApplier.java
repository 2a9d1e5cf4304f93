package uk.nhs.aqp.core.adapt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.nhs.aqp.core.diagnostic.DidYouMean;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.BundleLimits;
import uk.nhs.aqp.core.model.Variation;
import uk.nhs.aqp.core.rules.SemanticVersion;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Pointers;
import uk.nhs.aqp.core.source.SourceMap;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * Stage adapt: applies one adaptation's changes to a copy of its national pack's trees. Checks
 * each change against the national pack as it is now: a target that is missing, or whose national
 * value is no longer the recorded {@code was} (drift), is reported at the change's line. Never
 * changes the national trees.
 */
public final class AdaptationApplier {

    /** One change as written, with its pointer in adaptation.yaml. */
    private record Change(String pointer, String op, TargetPath target, JsonNode value, JsonNode was,
            String rationale) {
    }

    private record Applied(Change change, TargetPath resolvedPath) {
    }

    /**
     * The level an adaptation's changes apply to: the national pack, or (for a member) the resolved
     * local pack of its joint arrangement. Names the rule ids of what is found against that level.
     */
    private enum Level {
        NATIONAL("adapt.drift", "adapt.was-mismatch"),
        JOINT("joint.drift", "joint.was-mismatch");

        private final String drift;
        private final String mismatch;

        Level(String drift, String mismatch) {
            this.drift = drift;
            this.mismatch = mismatch;
        }
    }

    /**
     * Resolves {@code adaptation} (folder {@code packFolder}) against the national pack's schema-valid
     * documents at {@code nationalVersion}; empty when the adaptation cannot be applied at all.
     */
    public Optional<Resolution> apply(YamlDocument adaptation, String packFolder,
            Map<FileKind, YamlDocument> national, String nationalVersion, DiagnosticSink sink) {
        SourceMap at = adaptation.sources();
        String basePack = adaptation.root().at("/base/pack").asText();
        String baseVersion = adaptation.root().at("/base/version").asText();
        if (!basePack.equals(packFolder)) {
            sink.report("adapt.base-folder", at.value("/base/pack"), basePack, packFolder);
        }
        if (SemanticVersion.compare(baseVersion, nationalVersion) > 0) {
            sink.report("adapt.base-newer", at.value("/base/version"), baseVersion, basePack, nationalVersion);
            return Optional.empty();
        }
        return Optional.of(changes(adaptation, national, nationalVersion, Level.NATIONAL, sink));
    }

    /**
     * Resolves a member's {@code adaptation} (its {@code base.joint} names the arrangement) on top of
     * the arrangement's resolved documents at the arrangement's local version {@code jointVersion}:
     * each {@code was} is checked against the arrangement's value ({@code joint.drift},
     * {@code joint.was-mismatch}); empty when it cannot be applied at all.
     */
    public Optional<Resolution> applyOnJoint(YamlDocument adaptation, Map<FileKind, YamlDocument> joint,
            String jointVersion, DiagnosticSink sink) {
        SourceMap at = adaptation.sources();
        String arrangement = adaptation.root().at("/base/joint").asText();
        String baseVersion = adaptation.root().at("/base/version").asText();
        if (SemanticVersion.compare(baseVersion, jointVersion) > 0) {
            sink.report("joint.base-newer", at.value("/base/version"), baseVersion, arrangement, jointVersion);
            return Optional.empty();
        }
        return Optional.of(changes(adaptation, joint, jointVersion, Level.JOINT, sink));
    }

    private Resolution changes(YamlDocument adaptation, Map<FileKind, YamlDocument> national,
            String nationalVersion, Level level, DiagnosticSink sink) {
        SourceMap at = adaptation.sources();
        JsonNode root = adaptation.root();
        String baseVersion = root.at("/base/version").asText();
        int cmp = SemanticVersion.compare(baseVersion, nationalVersion);
        boolean movedOn = cmp < 0;
        Map<FileKind, JsonNode> resolved = new EnumMap<>(FileKind.class);
        // only the containers on the way to a change are copied: most of a local pack is the national
        // pack as it is, and a thousand local packs copied every file a change touched
        national.forEach((kind, doc) -> resolved.put(kind, doc.root()));
        Set<JsonNode> copied = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Variation> variations = new ArrayList<>();
        List<Applied> applied = new ArrayList<>();
        List<Resolution.ChangeSite> sites = new ArrayList<>();
        JsonNode changes = root.path("changes");
        for (int i = 0; i < changes.size(); i++) {
            Change change = read(changes.get(i), "/changes/" + i);
            if (change.rationale() == null || change.rationale().isBlank()) {
                sink.report("adapt.missing-rationale", at.key(change.pointer() + "/op"), change.target().text());
            }
            Optional<Applied> earlier = applied.stream()
                    .filter(a -> a.resolvedPath().overlaps(effectiveTarget(change))).findFirst();
            if (earlier.isPresent()) {
                sink.report("adapt.duplicate-target", at.value(change.pointer() + "/target"), change.target().text(),
                        at.value(earlier.get().change().pointer() + "/target").location());
                continue;
            }
            Optional<JsonNode> current = checkAgainstNational(change, national, movedOn, nationalVersion, level, at, sink);
            if (current.isEmpty()) continue;
            JsonNode nationalValue = "add".equals(change.op()) || current.get().isMissingNode() ? null : current.get();
            resolved.computeIfPresent(change.target().file(),
                    (kind, tree) -> TreeLocator.copiedAlong(tree, change.target().segments(), copied));
            Optional<TargetPath> done = applyTo(resolved.get(change.target().file()), change, at, sink);
            if (done.isPresent()) {
                applied.add(new Applied(change, done.get()));
                sites.add(new Resolution.ChangeSite(change.target(), at.value(change.pointer() + "/target")));
                JsonNode localValue = "remove".equals(change.op()) ? null : change.value();
                JsonNode was = change.was() == null ? NullNode.instance : change.was();
                JsonNode before = "add".equals(change.op()) || JsonValues.same(was, current.get().isMissingNode()
                        ? NullNode.instance : current.get()) ? null : was;
                variations.add(new Variation(change.target().text(), Variation.Operation.of(change.op()), nationalValue,
                        localValue, change.rationale(), at.value(change.pointer()), before));
                checkCellSize(change, "national", nationalValue, "/was", at, sink);
                checkCellSize(change, "local", localValue, "/value", at, sink);
            }
        }
        return new Resolution(documents(national, resolved, applied, at), variations, sites);
    }

    /**
     * {@code adapt.value-too-large}: the bundle's variations table holds each variation's national
     * and local value in one spreadsheet cell (text as written, a list or item as compact JSON).
     */
    private static void checkCellSize(Change change, String which, JsonNode value, String key, SourceMap at,
            DiagnosticSink sink) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        int length = value.isTextual() ? value.textValue().length() : value.toString().length();
        if (length > BundleLimits.CELL_CHARACTERS) {
            sink.report("adapt.value-too-large", at.value(change.pointer() + key), which, change.target().text(),
                    length, BundleLimits.CELL_CHARACTERS);
        }
    }

    /** What a change touches: for add, the new item rather than the whole list. */
    private static TargetPath effectiveTarget(Change change) {
        String id = change.value() == null ? null : change.value().path("id").asText(null);
        return "add".equals(change.op()) && id != null ? change.target().child(id) : change.target();
    }

    private static Change read(JsonNode node, String pointer) {
        String target = node.path("target").asText();
        TargetPath path = TargetPath.parse(target).orElseThrow(
                () -> new IllegalStateException("schema let through target " + target));
        return new Change(pointer, node.path("op").asText(), path, node.get("value"), node.get("was"),
                node.path("rationale").isTextual() ? node.get("rationale").asText() : null);
    }

    /**
     * The national value the change is written against (for add, the list), after checking it
     * still exists and still equals {@code was}; MissingNode for an optional field the national
     * pack leaves out; empty when the change cannot be applied.
     */
    private static Optional<JsonNode> checkAgainstNational(Change change, Map<FileKind, YamlDocument> national,
            boolean movedOn, String nationalVersion, Level level, SourceMap at, DiagnosticSink sink) {
        TreeLocator.Located n = TreeLocator.locate(national.get(change.target().file()).root(),
                change.target().segments());
        JsonNode current = n.node();
        boolean absentOptional = !n.found() && n.failedAt() == change.target().segments().size() - 1
                && n.parent().isObject() && "set".equals(change.op());
        if (!n.found() && !absentOptional) {
            String missing = change.target().segments().get(n.failedAt());
            String hint = DidYouMean.hint(missing, n.choices());
            sink.report(movedOn ? "adapt.target-gone" : "adapt.target-missing",
                    at.value(change.pointer() + "/target"), change.target().text(), missing, nationalVersion, hint);
            return Optional.empty();
        }
        if ("add".equals(change.op())) {
            return Optional.of(current);
        }
        JsonNode was = change.was() == null ? NullNode.instance : change.was();
        JsonNode now = absentOptional ? NullNode.instance : current;
        if (!JsonValues.same(was, now) && movedOn) {
            sink.report(level.drift, at.value(change.pointer() + "/was"),
                    change.target().text(), JsonValues.show(was), nationalVersion, JsonValues.show(now));
        } else if (!JsonValues.same(was, now)) {
            sink.report(level.mismatch, at.value(change.pointer() + "/was"), change.target().text(),
                    JsonValues.show(was), national.get(change.target().file()).displayPath(), nationalVersion,
                    JsonValues.show(now));
        }
        return Optional.of(absentOptional ? MissingNode.getInstance() : current);
    }

    /** Applies one change to the resolved tree; the path the changed node now has, if it applied. */
    private static Optional<TargetPath> applyTo(JsonNode tree, Change change, SourceMap at, DiagnosticSink sink) {
        List<String> segments = change.target().segments();
        TreeLocator.Located r = TreeLocator.locate(tree, segments);
        String last = segments.get(segments.size() - 1);
        switch (change.op()) {
            case "set" -> {
                if (r.found() && r.inList()) {
                    ((ArrayNode) r.parent()).set(index(r.pointer()), change.value().deepCopy());
                } else {
                    ((ObjectNode) r.parent()).set(last, change.value().deepCopy()); // found, or an absent optional field
                }
                return Optional.of(change.target());
            }
            case "add" -> {
                if (!r.found() || !r.node().isArray()) {
                    sink.report("adapt.not-a-list", at.value(change.pointer() + "/target"), change.target().text());
                    return Optional.empty();
                }
                String id = change.value().path("id").asText(null);
                if (id == null) {
                    sink.report("adapt.item-id", at.value(change.pointer() + "/value"), "an added item needs an id");
                    return Optional.empty();
                }
                if (TreeLocator.indexOfId(r.node(), id).isPresent()) {
                    sink.report("adapt.id-exists", at.value(change.pointer() + "/value/id"), id, change.target().text());
                    return Optional.empty();
                }
                ((ArrayNode) r.node()).add(change.value().deepCopy());
                return Optional.of(change.target().child(id));
            }
            default -> {
                if (!r.inList()) {
                    sink.report("adapt.not-an-item", at.value(change.pointer() + "/target"), change.op(),
                            change.target().text());
                    return Optional.empty();
                }
                if ("remove".equals(change.op())) {
                    ((ArrayNode) r.parent()).remove(index(r.pointer()));
                    return Optional.of(change.target());
                }
                if (!last.equals(change.value().path("id").asText(null))) {
                    sink.report("adapt.item-id", at.value(change.pointer() + "/value"),
                            "a replacement keeps the id of the item it replaces, '" + last + "'");
                    return Optional.empty();
                }
                ((ArrayNode) r.parent()).set(index(r.pointer()), change.value().deepCopy());
                return Optional.of(change.target());
            }
        }
    }

    private static int index(String pointer) {
        return Integer.parseInt(Pointers.last(pointer));
    }

    private static Map<FileKind, YamlDocument> documents(Map<FileKind, YamlDocument> national,
            Map<FileKind, JsonNode> resolved, List<Applied> applied, SourceMap adaptation) {
        Map<FileKind, YamlDocument> out = new EnumMap<>(FileKind.class);
        for (Map.Entry<FileKind, YamlDocument> e : national.entrySet()) {
            FileKind kind = e.getKey();
            JsonNode root = resolved.get(kind);
            List<ResolvedSourceMap.ChangedSubtree> overrides = new ArrayList<>();
            for (Applied a : applied) {
                if (a.resolvedPath().file() != kind || "remove".equals(a.change().op())) continue;
                TreeLocator.Located now = TreeLocator.locate(root, a.resolvedPath().segments());
                if (now.found()) {
                    overrides.add(new ResolvedSourceMap.ChangedSubtree(now.pointer(), adaptation,
                            a.change().pointer() + "/value"));
                }
            }
            out.put(kind, new YamlDocument(e.getValue().path(), root,
                    new ResolvedSourceMap(e.getValue().sources(), e.getValue().root(), root, overrides)));
        }
        return out;
    }
}
