package uk.nhs.aqp.core.site.page;

import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Decision;
import uk.nhs.aqp.core.model.Pack;

/**
 * What the AQP map shows in a cell: the decision, told apart by a letter as well as a colour (the
 * fill and the letter's colour contrast at least 4.5:1). The label is the vocabulary's
 * {@code decision.<key>}.
 */
public enum MapStatus {
    CHOSEN("chosen-2012-13", "C", "#007f3b", "#ffffff"),
    PLANNED("planned-2013-14", "P", "#005eb8", "#ffffff"),
    LATER("chosen-later", "L", "#78be20", "#212b32"),
    JOINT("joint", "J", "#330072", "#ffffff"),
    ALTERNATIVE("alternative", "A", "#ffb81c", "#212b32"),
    DECLINED("declined", "D", "#d8dde0", "#212b32"),
    ADOPTED("adopted", "U", "#41b6e6", "#212b32"),
    NONE("none", "–", "#ffffff", "#4c6272");

    private final String key;
    private final String letter;
    private final String fill;
    private final String ink;

    MapStatus(String key, String letter, String fill, String ink) {
        this.key = key;
        this.letter = letter;
        this.fill = fill;
        this.ink = ink;
    }

    /**
     * The status of a commissioner's line: its decision (joint when chosen or planned with others,
     * or by a commissioner acting for several, or as a member of a joint arrangement), else a local
     * pack without a decision, else none.
     */
    static MapStatus of(Commissioner commissioner, Decision decision, Pack local) {
        if (decision == null) {
            return local == null ? NONE : ADOPTED;
        }
        return switch (decision.decision()) {
            case "declined" -> DECLINED;
            case "alternative" -> ALTERNATIVE;
            default -> !decision.jointWith().isEmpty() || commissioner.joint() || "joint".equals(decision.contracting())
                    ? JOINT
                    : switch (decision.decision()) {
                        case "planned-2013-14" -> PLANNED;
                        case "chosen-later" -> LATER;
                        default -> CHOSEN;
                    };
        };
    }

    public String key() {
        return key;
    }

    public String letter() {
        return letter;
    }

    public String fill() {
        return fill;
    }

    public String ink() {
        return ink;
    }
}
