package uk.nhs.aqp.core.adapt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.aqp.core.model.LocalAdaptation;
import uk.nhs.aqp.core.model.Pack;
import uk.nhs.aqp.core.model.Variation;
import uk.nhs.aqp.core.vocabulary.DescribedVariation;
import uk.nhs.aqp.core.vocabulary.Shown;
import uk.nhs.aqp.core.vocabulary.TerminalText;
import uk.nhs.aqp.core.vocabulary.WordDiff;

/**
 * Every difference of a local pack from its national pack: target, operation, national value,
 * local value and rationale, as terminal text and as JSON for the bundle; for a member of a joint
 * arrangement, each says whether it comes from the arrangement or is the member's own.
 */
public final class VariationReport {

    private VariationReport() {
    }

    /**
     * Lines for the terminal: a heading, then per variation what changed in words, the national
     * and local values with changed words marked ({@code [-20-]{+16+}}), the rationale and where
     * the change is written; sorted by product and the order of the pack.
     */
    public static List<String> text(Pack local) {
        LocalAdaptation a = local.local().orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add(local.key() + " (" + a.commissioner().name() + "), based on " + a.basePack() + " " + a.baseVersion()
                + (a.baseVersion().equals(a.nationalVersion()) ? "" : ", national now " + a.nationalVersion())
                + ": " + (a.unchanged() ? "adopted unchanged" : a.variations().size() + " variations"));
        if (a.member()) {
            lines.add("  member of joint arrangement " + a.joint().key() + " " + a.joint().version() + ": "
                    + a.variationsFrom(Variation.Layer.ARRANGEMENT).size() + " from the arrangement, "
                    + a.variationsFrom(Variation.Layer.OWN).size() + " of its own");
        }
        for (DescribedVariation v : DescribedVariation.of(local)) {
            lines.add("  " + v.operation() + ": " + v.subject().text() + "  [" + v.target() + "]"
                    + (a.member() ? "  (" + v.layer() + ")" : ""));
            switch (v.variation().operation()) {
                case ADD -> lines.addAll(TerminalText.lines(v.local(), "      "));
                case REMOVE -> lines.addAll(TerminalText.lines(v.national(), "      "));
                default -> {
                    if (v.national() instanceof Shown.Text was && v.local() instanceof Shown.Text now) {
                        lines.add("      " + TerminalText.marked(WordDiff.between(was.plain(), now.plain()).both()));
                    } else {
                        lines.add("    national:");
                        lines.addAll(TerminalText.lines(v.national(), "      "));
                        lines.add("    local:");
                        lines.addAll(TerminalText.lines(v.local(), "      "));
                    }
                }
            }
            lines.add("    why: " + v.rationale() + "  [" + v.location() + "]");
        }
        return lines;
    }

    /** The report as JSON: commissioner, base, and the variations with where each is written. */
    public static ObjectNode json(Pack local) {
        LocalAdaptation a = local.local().orElseThrow();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("commissioner", a.commissioner().id());
        root.put("pack", a.basePack());
        root.put("baseVersion", a.baseVersion());
        root.put("nationalVersion", a.nationalVersion());
        if (a.member()) {
            root.put("joint", a.joint().key());
            root.put("jointVersion", a.joint().version());
        }
        ArrayNode list = root.putArray("variations");
        for (Variation v : a.variations()) {
            ObjectNode o = list.addObject();
            o.put("target", v.target());
            o.put("operation", v.operation().key());
            o.set("nationalValue", v.nationalValue());
            o.set("localValue", v.localValue());
            o.put("rationale", v.rationale());
            o.put("file", v.origin().file());
            o.put("line", v.origin().line());
            o.put("layer", v.layer().key());
        }
        return root;
    }
}
