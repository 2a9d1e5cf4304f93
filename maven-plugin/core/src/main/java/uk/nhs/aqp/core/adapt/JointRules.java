package uk.nhs.aqp.core.adapt;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.diagnostic.DiagnosticSink;
import uk.nhs.aqp.core.model.LocalAdaptation;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * What a member of a joint arrangement keeps as the arrangement sets it.
 * {@code joint.shared-field}: no change of the member's touches a target the arrangement lists under
 * {@code joint.shared} (at it, inside it, or around it). {@code joint.equal-price}: the member's
 * resolved pack pays the arrangement's price for every tariff line the two have in common, whether
 * or not the tariffs are listed as shared; reported at the member's change that set the price.
 */
public final class JointRules {

    private JointRules() {
    }

    /** Reports each change of the member's {@code adaptation} that touches a shared target. */
    public static void shared(YamlDocument adaptation, LocalAdaptation.Joint joint, DiagnosticSink sink) {
        JsonNode changes = adaptation.root().path("changes");
        for (int i = 0; i < changes.size(); i++) {
            String target = changes.get(i).path("target").asText();
            for (String shared : joint.shared()) {
                if (target.equals(shared) || target.startsWith(shared + "/") || shared.startsWith(target + "/")) {
                    sink.report("joint.shared-field", adaptation.sources().value("/changes/" + i + "/target"), target,
                            joint.key(), shared);
                    break;
                }
            }
        }
    }

    /**
     * Reports each tariff line whose price in the member's resolved pack differs from the
     * arrangement's ({@code lead}'s resolved documents).
     */
    public static void equalPrice(String member, LocalAdaptation.Joint joint, Map<FileKind, YamlDocument> lead,
            Resolution resolved, YamlDocument adaptation, DiagnosticSink sink) {
        JsonNode leadTariffs = lead.get(FileKind.CURRENCY).root().path("tariffs");
        JsonNode memberTariffs = resolved.documents().get(FileKind.CURRENCY).root().path("tariffs");
        for (JsonNode tariff : memberTariffs) {
            String id = tariff.path("id").asText();
            JsonNode theirs = TreeLocator.indexOfId(leadTariffs, id).map(leadTariffs::get).orElse(null);
            if (theirs == null || !tariff.path("price").isNumber() || !theirs.path("price").isNumber()) continue;
            BigDecimal price = tariff.path("price").decimalValue();
            BigDecimal leadPrice = theirs.path("price").decimalValue();
            if (price.compareTo(leadPrice) != 0) {
                sink.report("joint.equal-price", at(resolved, id, adaptation), member, price.toPlainString(),
                        id, joint.key(), leadPrice.toPlainString());
            }
        }
    }

    /** The member's change that set tariff {@code id}'s price, else its base. */
    private static Origin at(Resolution resolved, String id, YamlDocument adaptation) {
        TargetPath price = new TargetPath("currency/tariffs/" + id + "/price", FileKind.CURRENCY,
                List.of("tariffs", id, "price"));
        return resolved.sites().stream().filter(s -> s.target().overlaps(price)).map(Resolution.ChangeSite::origin)
                .findFirst().orElse(adaptation.sources().value("/base/joint"));
    }
}
