package uk.nhs.aqp.core;

import uk.nhs.aqp.core.diagnostic.Diagnostic;

/** The core's own logging interface; each front end (the Maven plugin, tests) adapts its log to it. */
public interface BuildLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    /** Prints a diagnostic at the log level of its severity. */
    default void report(Diagnostic d) {
        switch (d.severity()) {
            case ERROR -> error(d.format());
            case WARNING -> warn(d.format());
            case INFO -> info(d.format());
        }
    }

    /** A log that drops everything. */
    static BuildLog silent() {
        return new BuildLog() {
            @Override public void info(String message) { }
            @Override public void warn(String message) { }
            @Override public void error(String message) { }
        };
    }
}
