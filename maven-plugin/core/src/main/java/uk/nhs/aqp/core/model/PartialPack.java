package uk.nhs.aqp.core.model;

import java.util.Objects;
import java.util.Optional;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.PackSources;

/**
 * The products of one pack folder whose files passed their schema, each bound on its own: what
 * the semantic rules check, so that a broken file does not hide the problems of the others. A
 * product whose file is missing, failed to load or broke its schema is absent. Only a complete
 * one becomes a {@link Pack}; templates, the bundle and the site never see a partial one.
 */
public record PartialPack(Optional<PackManifest> manifest, Optional<KpiSchedule> kpis,
        Optional<Specification> specification, Optional<CurrencyModel> currency,
        Optional<Qualification> qualification, Optional<PatientChoice> patientChoice, PackSources sources) {

    public PartialPack {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(kpis, "kpis");
        Objects.requireNonNull(specification, "specification");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(patientChoice, "patientChoice");
        Objects.requireNonNull(sources, "sources");
    }

    /** Every product of a whole pack. */
    public static PartialPack of(Pack pack) {
        return new PartialPack(Optional.of(pack.manifest()), Optional.of(pack.kpis()),
                Optional.of(pack.specification()), Optional.of(pack.currency()), Optional.of(pack.qualification()),
                Optional.of(pack.patientChoice()), pack.sources());
    }

    /** Whether the product of the file of {@code kind} is here. */
    public boolean has(FileKind kind) {
        return product(kind).isPresent();
    }

    /** The national pack these products make, if all six are here. */
    public Optional<Pack> complete() {
        if (!FileKind.packFiles().stream().allMatch(this::has)) {
            return Optional.empty();
        }
        return Optional.of(new Pack(manifest.get(), kpis.get(), specification.get(), currency.get(),
                qualification.get(), patientChoice.get(), sources, Optional.empty()));
    }

    private Optional<?> product(FileKind kind) {
        return switch (kind) {
            case PACK -> manifest;
            case KPIS -> kpis;
            case SPECIFICATION -> specification;
            case CURRENCY -> currency;
            case QUALIFICATION -> qualification;
            case PATIENT_CHOICE -> patientChoice;
            case QUESTIONNAIRE, COMMISSIONER, ADAPTATION, APPLICATION, QUALIFIED_PROVIDERS -> Optional.empty();
        };
    }
}
