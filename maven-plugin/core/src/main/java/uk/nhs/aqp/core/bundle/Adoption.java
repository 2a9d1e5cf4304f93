package uk.nhs.aqp.core.bundle;

import java.util.List;
import java.util.Objects;

/**
 * How a local pack came from a national one: the commissioner that adopted it, the national pack
 * and version it adapts, and every variation, in the adaptation's order.
 *
 * @param commissioner the commissioner's id (its folder under {@code packs/local/})
 * @param basePack the id of the national pack adapted
 * @param baseVersion the national version the adaptation was written against
 * @param variations every local difference from the national pack
 */
public record Adoption(String commissioner, String basePack, String baseVersion, List<Variation> variations) {

    public Adoption {
        Objects.requireNonNull(commissioner, "commissioner");
        Objects.requireNonNull(basePack, "basePack");
        Objects.requireNonNull(baseVersion, "baseVersion");
        variations = List.copyOf(variations);
    }
}
