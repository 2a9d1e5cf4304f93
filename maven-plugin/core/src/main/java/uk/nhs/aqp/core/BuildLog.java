package uk.nhs.aqp.core;

/** The core's own logging interface; each front end (the Maven plugin, tests) adapts its log to it. */
public interface BuildLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    /** A log that drops everything. */
    static BuildLog silent() {
        return new BuildLog() {
            @Override public void info(String message) { }
            @Override public void warn(String message) { }
            @Override public void error(String message) { }
        };
    }
}
