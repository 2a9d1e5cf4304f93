package uk.nhs.aqp.core.register;

import java.time.LocalDate;
import java.util.List;
import uk.nhs.aqp.core.model.Commissioner;
import uk.nhs.aqp.core.model.Decision;

/**
 * What a strategic health authority is told about the commissioners under it: each one's choices
 * with their dates, alternative local services with their assessment, and every programme rule its
 * register entry breaks, worded for a reader (no file, line or pointer).
 *
 * @param sha the strategic health authority
 * @param members the commissioners under it (its clusters, and PCTs and CCGs in them), by name then id
 */
public record ShaReturn(Commissioner sha, List<Member> members) {

    public ShaReturn {
        members = List.copyOf(members);
    }

    /**
     * One commissioner under the SHA.
     *
     * @param notified when it notified the SHA of its choices, or null
     * @param decisions its decisions in the order of its file
     * @param findings the programme rules its register entry breaks, in the order of the file
     */
    public record Member(Commissioner commissioner, LocalDate notified, List<Decision> decisions,
            List<Finding> findings) {

        public Member {
            decisions = List.copyOf(decisions);
            findings = List.copyOf(findings);
        }
    }

    /**
     * A programme rule broken.
     *
     * @param ruleId the rule, e.g. {@code register.free-zone}
     * @param severity {@code error} or {@code warning}
     * @param rule what the rule expects, in a sentence (the rule's summary)
     * @param finding what is wrong, in a sentence starting with a capital
     * @param serviceLine the service line of the decision it is about, or null when it is about the
     *     commissioner as a whole
     */
    public record Finding(String ruleId, String severity, String rule, String finding, String serviceLine) {
    }

    /** Every finding of every member. */
    public List<Finding> findings() {
        return members.stream().flatMap(m -> m.findings().stream()).toList();
    }
}
