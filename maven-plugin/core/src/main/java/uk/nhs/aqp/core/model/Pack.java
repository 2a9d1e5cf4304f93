package uk.nhs.aqp.core.model;

import java.util.Objects;
import java.util.Optional;
import uk.nhs.aqp.core.source.PackSources;

/**
 * One implementation pack: the six products, where every value of them was written, and, for a
 * local pack, the commissioner and its variations from the national pack. Templates and the
 * bundle read it; nothing changes it.
 */
public record Pack(PackManifest manifest, KpiSchedule kpis, Specification specification,
        CurrencyModel currency, Qualification qualification, PatientChoice patientChoice,
        PackSources sources, Optional<LocalAdaptation> local) {

    public Pack {
        Objects.requireNonNull(local, "local");
    }

    /** The national pack's id (a local pack keeps the id of the pack it adapts). */
    public String id() {
        return manifest.id();
    }

    /** {@code adult-hearing} for a national pack, {@code calderdale-ccg/adult-hearing} for a local one. */
    public String key() {
        return local.map(l -> l.commissioner().id() + "/" + id()).orElse(id());
    }

    /**
     * Where this pack's outputs live, relative to an output folder: {@code adult-hearing}, or
     * {@code local/calderdale-ccg/adult-hearing} for a local pack. Both parts are safe slugs.
     */
    public String outputPath() {
        return local.map(l -> "local/" + l.commissioner().id() + "/" + id()).orElse(id());
    }

    public boolean isLocal() {
        return local.isPresent();
    }

    public Pack withLocal(LocalAdaptation adaptation) {
        return new Pack(manifest, kpis, specification, currency, qualification, patientChoice, sources,
                Optional.of(adaptation));
    }
}
