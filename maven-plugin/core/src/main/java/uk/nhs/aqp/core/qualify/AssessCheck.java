package uk.nhs.aqp.core.qualify;

/** A pass rule only a person can judge: answered (or evidenced) goes to a person, else missing. */
record AssessCheck() implements PassCheck {

    @Override
    public Verdict evaluate(Response response, DryRun.Context context) {
        if (response.empty()) {
            return new Verdict(Outcome.MISSING, "no answer and no evidence");
        }
        int n = response.evidence().size();
        return new Verdict(Outcome.TO_ASSESS, "for a person to assess against the pass rule"
                + (n == 0 ? "" : " (" + n + (n == 1 ? " document" : " documents") + " given)"));
    }
}
