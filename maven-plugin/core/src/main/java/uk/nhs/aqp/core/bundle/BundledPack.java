package uk.nhs.aqp.core.bundle;

import java.util.Objects;
import java.util.Optional;
import uk.nhs.aqp.core.model.LocalAdaptation;
import uk.nhs.aqp.core.model.Pack;

/**
 * One pack as the bundle carries it: the resolved pack and, for a local pack, how it was adopted.
 *
 * @param pack the resolved pack (national, or national with local variations applied)
 * @param adoption present for a local pack only: its commissioner, base and variations
 */
public record BundledPack(Pack pack, Optional<LocalAdaptation> adoption) {

    public BundledPack {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(adoption, "adoption");
    }

    public static BundledPack national(Pack pack) {
        return new BundledPack(pack, Optional.empty());
    }

    public static BundledPack local(Pack pack, LocalAdaptation adoption) {
        return new BundledPack(pack, Optional.of(adoption));
    }

    /** {@code national} or {@code local}. */
    public String kind() {
        return adoption.isPresent() ? "local" : "national";
    }

    /** The commissioner of a local pack; empty for a national one. */
    public String commissioner() {
        return adoption.map(a -> a.commissioner().id()).orElse("");
    }

    /**
     * The pack's unique key in the bundle, also its document's path under {@code packs/} without
     * {@code .json}: {@code <pack-id>} for a national pack, {@code local/<commissioner>/<pack-id>}
     * for a local one (a local pack keeps its national pack's id).
     */
    public String key() {
        return adoption.map(a -> "local/" + a.commissioner().id() + "/" + pack.id()).orElse(pack.id());
    }

    /** The path of the pack's resolved JSON inside the bundle. */
    public String documentPath() {
        return "packs/" + key() + ".json";
    }
}
