package uk.nhs.aqp.core.qualify;

import java.util.List;
import java.util.stream.Stream;

/**
 * The dry run of one application against its pack.
 *
 * @param file the application's project-relative path
 * @param packKey {@code adult-hearing} or {@code calderdale-ccg/adult-hearing}
 * @param packOutput where the pack's outputs live ({@code local/calderdale-ccg/adult-hearing})
 * @param packTitle the pack's title
 */
public record ApplicationResult(Application application, String file, String packKey, String packOutput,
        String packTitle, String packVersion, List<Finding> questions, List<Finding> criteria, List<Finding> choices) {

    public ApplicationResult {
        questions = List.copyOf(questions);
        criteria = List.copyOf(criteria);
        choices = List.copyOf(choices);
    }

    public Stream<Finding> findings() {
        return Stream.of(questions, criteria, choices).flatMap(List::stream);
    }

    public long count(Outcome outcome) {
        return findings().filter(f -> f.outcome() == outcome).count();
    }

    /** {@code 3 pass, 1 missing}: the count of each outcome found, in outcome order. */
    public String counts() {
        StringBuilder s = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            long n = count(o);
            if (n > 0) s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(o.value());
        }
        return s.toString();
    }

    /**
     * The dry run's overall verdict: {@code fail} if anything failed, else {@code missing} if
     * anything is missing, else {@code to-assess} if a person must still judge something, else {@code pass}.
     */
    public Outcome overall() {
        for (Outcome o : List.of(Outcome.FAIL, Outcome.MISSING, Outcome.TO_ASSESS)) {
            if (count(o) > 0) return o;
        }
        return Outcome.PASS;
    }
}
