package uk.nhs.aqp.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A commissioner's decision on one service line, from its {@code decisions} in commissioner.yaml.
 *
 * @param serviceLine one of the eight national service lines
 * @param decision chosen-2012-13, planned-2013-14, chosen-later, declined or alternative
 * @param date when it was decided, or null when not known
 * @param contracting aqp, tender, lead-provider or existing-contract; null if not recorded
 * @param localPack the folder of the local pack that implements it, or null
 * @param localities the localities it covers; empty for all of the commissioner's
 * @param jointWith the commissioners it is implemented with
 * @param reason why it was declined or not planned, or null
 * @param alternative the local service chosen instead, for an alternative; else null
 * @param stocktake what the commissioner found before deciding, or null
 * @param illustrative whether it is a made-up example rather than a published decision
 */
public record Decision(String serviceLine, String decision, LocalDate date, String contracting, String localPack,
        List<String> localities, List<String> jointWith, String reason, Alternative alternative,
        Stocktake stocktake, boolean illustrative, String note) {

    public Decision {
        localities = Lists.copy(localities);
        jointWith = Lists.copy(jointWith);
    }

    /** Whether the line is (to be) implemented: chosen (in 2012/13 or later), planned, or an alternative local service. */
    public boolean implemented() {
        return !"declined".equals(decision);
    }

    /** Whether it is to be contracted through any qualified provider (also when the model is not recorded). */
    public boolean aqp() {
        return ("chosen-2012-13".equals(decision) || "planned-2013-14".equals(decision)
                || "chosen-later".equals(decision)) && (contracting == null || "aqp".equals(contracting)
                || "joint".equals(contracting));
    }

    /** A local service chosen instead of a national line. */
    public record Alternative(String name, String description, String shaAssessment, LocalDate assessed) {
    }

    /** The stocktake of the line: current provision and contract, risks, market. */
    public record Stocktake(String currentProvision, String currentContract, String incumbentRisk,
            String pathwayDependencies, String marketNotes) {
    }
}
