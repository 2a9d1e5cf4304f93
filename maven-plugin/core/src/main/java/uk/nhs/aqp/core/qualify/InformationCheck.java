package uk.nhs.aqp.core.qualify;

/** An information question: recorded when answered, not scored. */
record InformationCheck() implements PassCheck {

    @Override
    public Verdict evaluate(Response response, DryRun.Context context) {
        return response.empty() ? new Verdict(Outcome.MISSING, "not answered")
                : new Verdict(Outcome.RECORDED, "information: recorded, not scored");
    }
}
