package uk.nhs.aqp.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * commissioner.yaml: who a set of local adaptations belongs to, and its entry in the programme
 * register (its SHA and cluster, localities, and a decision per service line).
 *
 * @param kind sha, pct, pct-cluster, ccg, csu or icb
 * @param sha the id of the strategic health authority it reports to, or null
 * @param cluster the id of the PCT cluster it belongs to, or null
 * @param localities the localities it serves, in file order
 * @param notified when it notified its SHA of its choices for 2012/13, or null
 * @param decisions its decisions, one per service line, in file order
 */
public record Commissioner(String id, String name, String organisationCode, String region, String kind,
        List<String> covers, String sha, String cluster, List<Locality> localities, LocalDate notified,
        List<Decision> decisions, String note) {

    public Commissioner {
        covers = Lists.copy(covers);
        localities = Lists.copy(localities);
        decisions = Lists.copy(decisions);
    }

    /** A commissioner with no register entry: kind and name only. */
    public Commissioner(String id, String name, String organisationCode, String region, String kind,
            List<String> covers, String note) {
        this(id, name, organisationCode, region, kind, covers, null, null, List.of(), null, List.of(), note);
    }

    /** How readers see the locality with this id: its name when the commissioner gave one. */
    public String locality(String id) {
        return localities.stream().filter(l -> l.id().equals(id)).findFirst().map(Locality::shown).orElse(id);
    }

    /** Its decision on a service line, if it recorded one. */
    public Optional<Decision> decision(String serviceLine) {
        return decisions.stream().filter(d -> d.serviceLine().equals(serviceLine)).findFirst();
    }

    /** Whether it is in the register: it recorded decisions, or it is an SHA or a cluster. */
    public boolean registered() {
        return !decisions.isEmpty() || "sha".equals(kind) || "pct-cluster".equals(kind);
    }

    /** Whether the 2011 roll-out rules apply: a PCT or a cluster that recorded its decisions. */
    public boolean choseIn2011() {
        return !decisions.isEmpty() && ("pct".equals(kind) || "pct-cluster".equals(kind));
    }

    /** Whether it acts for several commissioners (a joint arrangement). */
    public boolean joint() {
        return !covers.isEmpty();
    }
}
