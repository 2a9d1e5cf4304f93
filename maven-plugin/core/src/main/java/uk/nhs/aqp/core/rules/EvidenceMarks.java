package uk.nhs.aqp.core.rules;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.aqp.core.model.CurrencyModel;
import uk.nhs.aqp.core.model.Evidence;
import uk.nhs.aqp.core.model.KpiSchedule;
import uk.nhs.aqp.core.model.PackManifest;
import uk.nhs.aqp.core.model.PartialPack;
import uk.nhs.aqp.core.model.Qualification;
import uk.nhs.aqp.core.model.Specification;
import uk.nhs.aqp.core.source.FileKind;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * Every evidence marking of a pack's files that are present, in file order: prices, KPI targets,
 * the age range, waiting times, the staff transfer position, the dates of pack.yaml, and the
 * qualification findings, criteria and amendments.
 */
public final class EvidenceMarks {

    private EvidenceMarks() {
    }

    public static List<EvidenceMark> of(PartialPack pack) {
        List<EvidenceMark> out = new ArrayList<>();
        pack.manifest().ifPresent(m -> manifest(m, out));
        pack.kpis().ifPresent(k -> kpis(k, out));
        pack.specification().ifPresent(s -> specification(s, out));
        pack.currency().ifPresent(c -> currency(c, out));
        pack.qualification().ifPresent(q -> qualification(q, out));
        return List.copyOf(out);
    }

    /** The figures a commissioner replaces locally: prices, KPI targets, the age range and waits. */
    public static List<EvidenceMark> figures(PartialPack pack) {
        return of(pack).stream().filter(EvidenceMark::figure).toList();
    }

    private static void manifest(PackManifest m, List<EvidenceMark> out) {
        add(out, FileKind.PACK, "/publishedEvidence", "pack/published", "publication date", m.published(),
                m.publishedEvidence(), false);
        add(out, FileKind.PACK, "/reviewDateEvidence", "pack/reviewDate", "review date", m.reviewDate(),
                m.reviewDateEvidence(), false);
        for (int i = 0; i < m.changelog().size(); i++) {
            PackManifest.ChangelogEntry e = m.changelog().get(i);
            add(out, FileKind.PACK, "/changelog/" + i + "/dateEvidence", "pack/changelog/" + e.version() + "/date",
                    "date of version " + e.version(), e.date(), e.dateEvidence(), false);
        }
    }

    private static void kpis(KpiSchedule k, List<EvidenceMark> out) {
        for (int i = 0; i < k.kpis().size(); i++) {
            KpiSchedule.Kpi kpi = k.kpis().get(i);
            if (kpi.target() != null) {
                add(out, FileKind.KPIS, "/kpis/" + i + "/target/evidence", "kpis/kpis/" + kpi.id() + "/target",
                        kpi.id() + " " + kpi.name(), kpi.target(), kpi.target().evidence(), true);
            }
        }
    }

    private static void specification(Specification s, List<EvidenceMark> out) {
        Specification.Scope scope = s.scope();
        if (scope != null && scope.eligibility() != null && scope.eligibility().age() != null) {
            Specification.AgeRange age = scope.eligibility().age();
            add(out, FileKind.SPECIFICATION, "/scope/eligibility/age/evidence", "specification/scope/eligibility/age",
                    "age range", age, age.evidence(), true);
        }
        if (scope != null && scope.access() != null) {
            Specification.Duration first = scope.access().firstAppointmentWithin();
            if (first != null) {
                add(out, FileKind.SPECIFICATION, "/scope/access/firstAppointmentWithin/evidence",
                        "specification/scope/access/firstAppointmentWithin", Vocabulary.standard().field(null, "firstAppointmentWithin"), first,
                        first.evidence(), true);
            }
            Specification.Duration urgent = scope.access().urgentWithin();
            if (urgent != null) {
                add(out, FileKind.SPECIFICATION, "/scope/access/urgentWithin/evidence",
                        "specification/scope/access/urgentWithin", Vocabulary.standard().field(null, "urgentWithin"), urgent,
                        urgent.evidence(), true);
            }
        }
        Specification.WorkforceImplications w = s.workforceImplications();
        if (w != null && w.staffTransfer() != null) {
            add(out, FileKind.SPECIFICATION, "/workforceImplications/staffTransfer/evidence",
                    "specification/workforceImplications/staffTransfer", "staff transfer position", null,
                    w.staffTransfer().evidence(), false);
        }
    }

    private static void currency(CurrencyModel c, List<EvidenceMark> out) {
        for (int i = 0; i < c.tariffs().size(); i++) {
            CurrencyModel.Tariff t = c.tariffs().get(i);
            add(out, FileKind.CURRENCY, "/tariffs/" + i + "/evidence", "currency/tariffs/" + t.id() + "/price",
                    t.id() + " " + t.name(), t.price(), t.evidence(), true);
        }
    }

    private static void qualification(Qualification q, List<EvidenceMark> out) {
        add(out, FileKind.QUALIFICATION, "/basis", "qualification", "dry-run findings", null, q.basis(), false);
        for (int i = 0; i < q.criteria().size(); i++) {
            Qualification.Criterion c = q.criteria().get(i);
            add(out, FileKind.QUALIFICATION, "/criteria/" + i + "/basis", "qualification/criteria/" + c.id(),
                    "criterion " + c.id(), null, c.basis(), false);
        }
        for (int i = 0; i < q.amendments().size(); i++) {
            Qualification.Amendment a = q.amendments().get(i);
            add(out, FileKind.QUALIFICATION, "/amendments/" + i + "/basis", "qualification/amendments/" + a.id(),
                    "amendment " + a.id(), null, a.basis(), false);
        }
    }

    private static void add(List<EvidenceMark> out, FileKind file, String pointer, String target, String name,
            Object value, Evidence evidence, boolean figure) {
        if (evidence != null) {
            out.add(new EvidenceMark(file, pointer, target, name, value, evidence, figure));
        }
    }
}
