package uk.nhs.aqp.core.adapt;

import java.util.List;
import java.util.Map;
import uk.nhs.aqp.core.model.Variation;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Origin;
import uk.nhs.aqp.core.source.YamlDocument;

/**
 * A local pack resolved from its national pack and adaptation: the six files as they now read,
 * located value by value in the national file or the adaptation, and the variations.
 *
 * @param documents the resolved files, ready for the same schema check and binding as national ones
 * @param variations every difference from the national pack, in the adaptation's order
 * @param sites where each applied change's target is written, to attribute knock-on errors
 */
public record Resolution(Map<FileKind, YamlDocument> documents, List<Variation> variations, List<ChangeSite> sites) {

    public Resolution {
        documents = Map.copyOf(documents);
        variations = List.copyOf(variations);
        sites = List.copyOf(sites);
    }

    /** An applied change: what it targets and where its target is written. */
    public record ChangeSite(TargetPath target, Origin origin) {
    }
}
