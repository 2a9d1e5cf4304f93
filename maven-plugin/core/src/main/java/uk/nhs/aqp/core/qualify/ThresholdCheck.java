package uk.nhs.aqp.core.qualify;

import java.util.Optional;
import uk.nhs.aqp.core.model.Specification;
import uk.nhs.aqp.core.vocabulary.Vocabulary;

/**
 * An offered wait within the pack's own figure ({@code wait.first} or {@code wait.urgent}, as the
 * pack, national or local, sets it). Waits in different units are compared when one converts
 * exactly into the other (weeks into days or working days); otherwise a person compares them.
 */
record ThresholdCheck(String figure) implements PassCheck {

    private static final Vocabulary WORDS = Vocabulary.standard();

    @Override
    public Verdict evaluate(Response response, DryRun.Context context) {
        Optional<Specification.Duration> target = Optional.ofNullable(context.figures().get(figure));
        if (target.isEmpty()) {
            return new Verdict(Outcome.TO_ASSESS, "the pack sets no " + what() + " to compare with: for a person to assess");
        }
        Specification.Duration offered = offered(context.application());
        if (offered == null) {
            return new Verdict(Outcome.MISSING, "no " + what() + " offered (offer: waits)");
        }
        Optional<long[]> both = comparable(offered, target.get());
        String words = WORDS.duration(offered) + " offered, the pack's " + what() + " is " + WORDS.duration(target.get());
        if (both.isEmpty()) {
            return new Verdict(Outcome.TO_ASSESS, words + ": units a person compares");
        }
        return both.get()[0] <= both.get()[1] ? new Verdict(Outcome.PASS, words)
                : new Verdict(Outcome.FAIL, words + ": longer than the pack allows");
    }

    private String what() {
        return "wait.urgent".equals(figure) ? "urgent wait" : "first-appointment wait";
    }

    private Specification.Duration offered(Application application) {
        Application.Waits waits = application.offer() == null ? null : application.offer().waits();
        if (waits == null) return null;
        return "wait.urgent".equals(figure) ? waits.urgent() : waits.first();
    }

    /** Both in one unit, if one converts exactly into the other. */
    static Optional<long[]> comparable(Specification.Duration a, Specification.Duration b) {
        if (a.unit().equals(b.unit())) return Optional.of(new long[] {a.value(), b.value()});
        Integer perWeekA = perWeek(a.unit());
        Integer perWeekB = perWeek(b.unit());
        if ("weeks".equals(a.unit()) && perWeekB != null) return Optional.of(new long[] {(long) a.value() * perWeekB, b.value()});
        if ("weeks".equals(b.unit()) && perWeekA != null) return Optional.of(new long[] {a.value(), (long) b.value() * perWeekA});
        return Optional.empty();
    }

    private static Integer perWeek(String unit) {
        return switch (unit) {
            case "days" -> 7;
            case "working-days" -> 5;
            default -> null;
        };
    }
}
