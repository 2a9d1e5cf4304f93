package uk.nhs.aqp.core.diagnostic;

import java.util.Comparator;
import java.util.Objects;
import uk.nhs.aqp.core.source.Origin;

/**
 * The one diagnostic type of the toolkit: severity, stable rule id, message, and where
 * (project-relative file, 1-based line and column, JSON pointer).
 */
public record Diagnostic(Severity severity, String ruleId, String message, Origin origin)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::origin)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::ruleId)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(origin, "origin");
    }

    public String file() { return origin.file(); }
    public int line() { return origin.line(); }
    public int column() { return origin.column(); }
    public String pointer() { return origin.pointer(); }

    /**
     * {@code path:line:col: error: [rule.id] /pointer: message}, one printable line: a pointer or
     * path made from a file's keys or names has its unprintable characters escaped.
     */
    public String format() {
        StringBuilder sb = new StringBuilder(Excerpt.escape(origin.location()))
                .append(": ").append(severity.label())
                .append(": [").append(ruleId).append("] ");
        if (!origin.pointer().isEmpty()) {
            sb.append(Excerpt.escape(origin.pointer())).append(": ");
        }
        return sb.append(Excerpt.escape(message)).toString();
    }

    @Override
    public int compareTo(Diagnostic o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return format();
    }
}
