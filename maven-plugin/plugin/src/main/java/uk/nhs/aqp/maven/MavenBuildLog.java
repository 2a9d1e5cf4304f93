package uk.nhs.aqp.maven;

import org.apache.maven.plugin.logging.Log;
import uk.nhs.aqp.core.BuildLog;

/** Adapts Maven's log to the core's logging interface. */
final class MavenBuildLog implements BuildLog {

    private final Log log;

    MavenBuildLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }
}
