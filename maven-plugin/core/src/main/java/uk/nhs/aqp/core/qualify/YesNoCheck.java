package uk.nhs.aqp.core.qualify;

/**
 * A yes-no question, a declaration or a criterion checked yes or no: {@code true} passes,
 * {@code false} fails; an answer in words goes to a person.
 *
 * @param yes how a true answer reads ("yes", "signed")
 * @param no how a false one reads
 */
record YesNoCheck(String yes, String no) implements PassCheck {

    @Override
    public Verdict evaluate(Response response, DryRun.Context context) {
        if (response.blank()) {
            return new Verdict(Outcome.MISSING, "not answered");
        }
        if (response.answer() instanceof Boolean b) {
            return b ? new Verdict(Outcome.PASS, "answered " + yes)
                    : new Verdict(Outcome.FAIL, "answered " + no + "; the pass rule needs " + yes);
        }
        return new Verdict(Outcome.TO_ASSESS, "answered in words rather than " + yes + " or " + no
                + ": for a person to assess");
    }
}
