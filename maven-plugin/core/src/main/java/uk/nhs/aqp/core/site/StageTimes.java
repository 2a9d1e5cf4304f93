package uk.nhs.aqp.core.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** How long each named stage of a build took, with a note of what it did, for the build log. */
public final class StageTimes {

    /** One stage: its name, milliseconds, and what it did. */
    public record Stage(String name, long millis, String note) {
    }

    private final List<Stage> stages = new ArrayList<>();

    /** Runs one stage and records its time. */
    public <T> T time(String name, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        record(name, start, "");
        return result;
    }

    /** Records a stage that started at {@code startNanos} (from {@link System#nanoTime()}). */
    public void record(String name, long startNanos, String note) {
        stages.add(new Stage(name, (System.nanoTime() - startNanos) / 1_000_000, note));
    }

    /** Adds a note to the last stage of this name. */
    public void note(String name, String note) {
        for (int i = stages.size() - 1; i >= 0; i--) {
            if (stages.get(i).name().equals(name)) {
                stages.set(i, new Stage(name, stages.get(i).millis(), note));
                return;
            }
        }
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    public long totalMillis() {
        return stages.stream().mapToLong(Stage::millis).sum();
    }

    /** {@code frontend 12 ms, pages 410 ms (31 pages), ...}. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (Stage s : stages) {
            parts.add(s.name() + " " + s.millis() + " ms" + (s.note().isEmpty() ? "" : " (" + s.note() + ")"));
        }
        return String.join(", ", parts);
    }
}
