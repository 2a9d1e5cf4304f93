package uk.nhs.aqp.core.rules;

import java.util.Optional;
import java.util.Set;
import uk.nhs.aqp.core.model.CurrencyModel;
import uk.nhs.aqp.core.model.KpiSchedule;
import uk.nhs.aqp.core.model.PackManifest;
import uk.nhs.aqp.core.model.PartialPack;
import uk.nhs.aqp.core.model.PatientChoice;
import uk.nhs.aqp.core.model.Qualification;
import uk.nhs.aqp.core.model.Questionnaire;
import uk.nhs.aqp.core.model.Specification;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.source.Origin;

/**
 * What a rule sees: the products of one pack whose files passed their schema (possibly not all
 * six), the standard questionnaire (if it loaded) and where values were written. A rule reads only
 * the products it declares in {@link PackRule#reads()}; asking for another is a bug in the rule.
 */
public record PackContext(PartialPack pack, Optional<Questionnaire> standard) {

    public boolean has(FileKind kind) {
        return pack.has(kind);
    }

    public boolean hasAll(Set<FileKind> kinds) {
        return kinds.stream().allMatch(pack::has);
    }

    public PackManifest manifest() {
        return pack.manifest().orElseThrow(() -> undeclared(FileKind.PACK));
    }

    public KpiSchedule kpis() {
        return pack.kpis().orElseThrow(() -> undeclared(FileKind.KPIS));
    }

    public Specification specification() {
        return pack.specification().orElseThrow(() -> undeclared(FileKind.SPECIFICATION));
    }

    public CurrencyModel currency() {
        return pack.currency().orElseThrow(() -> undeclared(FileKind.CURRENCY));
    }

    public Qualification qualification() {
        return pack.qualification().orElseThrow(() -> undeclared(FileKind.QUALIFICATION));
    }

    public PatientChoice patientChoice() {
        return pack.patientChoice().orElseThrow(() -> undeclared(FileKind.PATIENT_CHOICE));
    }

    /** The pack folder's name. */
    public String folderName() {
        return pack.sources().folderName();
    }

    public Origin at(FileKind kind, String pointer) {
        return pack.sources().value(kind, pointer);
    }

    public Origin keyAt(FileKind kind, String pointer) {
        return pack.sources().key(kind, pointer);
    }

    private static IllegalStateException undeclared(FileKind kind) {
        return new IllegalStateException("a rule read " + kind.fileName() + " without declaring it in reads()");
    }
}
