package uk.nhs.aqp.core.adapt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.YamlDocument;
import uk.nhs.aqp.core.model.Evidence;
import uk.nhs.aqp.core.model.Variation;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * A local value set beside the national pack's evidence for the national value ({@code age.min}
 * beside {@code age.evidence}, a KPI target's {@code value} beside its {@code evidence}, a tariff's
 * {@code price}): unless the adaptation sets that evidence too, the resolved pack keeps only its
 * basis, replaces the national note and source (written for the national value) with one saying the
 * value is set locally, and validation warns ({@code adapt.national-evidence-kept}), so a local page
 * never reads "18 years and over (Basis: illustrative ... This model sets no lower age ...)".
 */
public final class NationalEvidence {

    private NationalEvidence() {
    }

    /** Reviews the resolved documents of one local pack in place. */
    public static void review(List<Variation> variations, Map<FileKind, YamlDocument> resolved, String commissioner,
            DiagnosticSink sink) {
        Set<String> targets = variations.stream().map(Variation::target).collect(Collectors.toSet());
        for (Variation v : variations) {
            if (v.operation() != Variation.Operation.SET) continue;
            Optional<TargetPath> target = TargetPath.parse(v.target());
            if (target.isEmpty() || target.get().segments().size() < 2) continue;
            List<String> segments = target.get().segments();
            if (segments.get(segments.size() - 1).equals("evidence")) continue;
            String parent = v.target().substring(0, v.target().lastIndexOf('/'));
            String evidencePath = parent + "/evidence";
            if (targets.stream().anyMatch(t -> t.equals(parent) || t.equals(evidencePath)
                    || t.startsWith(evidencePath + "/"))) {
                continue;
            }
            YamlDocument document = resolved.get(target.get().file());
            if (document == null) continue;
            TreeLocator.Located holder = TreeLocator.locate(document.root(), segments.subList(0, segments.size() - 1));
            if (!holder.found() || !holder.node().isObject()) continue;
            JsonNode evidence = holder.node().get("evidence");
            if (evidence == null || !evidence.isObject() || !evidence.has("note") && !evidence.has("source")) continue;
            String basis = evidence.path("basis").asText();
            sink.report("adapt.national-evidence-kept", v.origin(), v.target(),
                    Vocabulary.standard().label("evidence", basis).toLowerCase(java.util.Locale.UK), evidencePath);
            ObjectNode local = ((ObjectNode) holder.node()).objectNode();
            local.put("basis", basis);
            if (Evidence.LATER_BENCHMARK.equals(basis) && evidence.has("year")) {
                local.set("year", evidence.get("year"));
            }
            local.put("note", commissioner + " sets this value locally; the national pack's note on its own value "
                    + "does not apply to it.");
            ((ObjectNode) holder.node()).set("evidence", local);
        }
    }
}
