package uk.nhs.aqp.core.qualify;

import java.util.Locale;

/**
 * What the dry run found for one question, criterion or patient-choice item. Words for each are in
 * the vocabulary ({@code outcome.<value>}).
 */
public enum Outcome {
    /** The pass rule is met, as far as a machine can tell. */
    PASS,
    /** The pass rule is not met. */
    FAIL,
    /** Not answered, or the evidence the rule needs is not given. */
    MISSING,
    /** Answered; a person judges it against the pass rule. */
    TO_ASSESS,
    /** An information question or patient-choice item, answered: recorded, not scored. */
    RECORDED;

    /** {@code to-assess}: the value in reports and in the vocabulary. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether an assessor can take the answer as it stands (pass, recorded, or for a person to assess). */
    public boolean clean() {
        return this == PASS || this == RECORDED || this == TO_ASSESS;
    }
}
