package uk.nhs.aqp.core.model;

import uk.nhs.aqp.core.source.PackSources;

/**
 * One implementation pack: the six products, and where every value of them was written.
 * Templates and the bundle read it; nothing changes it.
 */
public record Pack(PackManifest manifest, KpiSchedule kpis, Specification specification,
        CurrencyModel currency, Qualification qualification, PatientChoice patientChoice,
        PackSources sources) {

    public String id() {
        return manifest.id();
    }
}
