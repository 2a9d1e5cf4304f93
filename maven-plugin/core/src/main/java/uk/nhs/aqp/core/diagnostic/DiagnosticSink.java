package uk.nhs.aqp.core.diagnostic;

import java.util.ArrayList;
import java.util.List;
import uk.nhs.aqp.core.source.Origin;

/**
 * Collects the diagnostics of one run. Stages report into it and never throw for bad content;
 * the orchestrator reads it between stages. Safe to use from several threads.
 */
public final class DiagnosticSink {

    private final RuleCatalog catalog;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public DiagnosticSink(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    public DiagnosticSink() {
        this(RuleCatalog.standard());
    }

    /**
     * Reports rule {@code ruleId} at {@code origin}, its message filled with {@code args}. Text
     * arguments have their unprintable characters escaped ({@link Excerpt#escape}), so a message is
     * always one printable line whatever a file holds.
     */
    public void report(String ruleId, Origin origin, Object... args) {
        Rule rule = catalog.rule(ruleId);
        Object[] safe = args.clone();
        for (int i = 0; i < safe.length; i++) {
            if (safe[i] instanceof CharSequence text) {
                safe[i] = Excerpt.escape(text.toString());
            }
        }
        add(new Diagnostic(rule.severity(), ruleId, String.format(rule.messagePattern(), safe), origin));
    }

    public synchronized void add(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    /**
     * An empty sink with the same rules, for one part of a stage that runs beside others: the part
     * reports into it (and asks it {@link #errorsSince}), and the stage adds it back with
     * {@link #addAll} in a fixed order.
     */
    public DiagnosticSink part() {
        return new DiagnosticSink(catalog);
    }

    /** Adds everything {@code part} collected, in its order. */
    public void addAll(DiagnosticSink part) {
        List<Diagnostic> collected;
        synchronized (part) {
            collected = List.copyOf(part.diagnostics);
        }
        synchronized (this) {
            diagnostics.addAll(collected);
        }
    }

    /** Every diagnostic so far, sorted by file, position and rule, duplicates removed. */
    public synchronized List<Diagnostic> sorted() {
        return diagnostics.stream().distinct().sorted().toList();
    }

    public synchronized long count(Severity severity) {
        return diagnostics.stream().distinct().filter(d -> d.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** Number of diagnostics so far: a stage compares it before and after to see what it added. */
    public synchronized int size() {
        return diagnostics.size();
    }

    /** True if any diagnostic at or after index {@code from} is an error. */
    public synchronized boolean errorsSince(int from) {
        return diagnostics.subList(from, diagnostics.size()).stream()
                .anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
