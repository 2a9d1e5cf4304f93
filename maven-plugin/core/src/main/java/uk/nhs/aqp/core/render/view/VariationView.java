package uk.nhs.aqp.core.render.view;

import java.util.List;
import uk.nhs.aqp.core.adapt.JsonValues;
import uk.nhs.aqp.core.model.LocalAdaptation;

/**
 * One variation of a local pack as a document shows it: the values as text, "(none)" where an
 * add has no national value or a remove no local one.
 */
public record VariationView(String target, String operation, String nationalValue, String localValue,
        String rationale, String location) {

    public static List<VariationView> of(LocalAdaptation local) {
        return local.variations().stream().map(v -> new VariationView(v.target(), v.operation().key(),
                JsonValues.show(v.nationalValue()), JsonValues.show(v.localValue()), v.rationale(),
                v.origin().location())).toList();
    }
}
