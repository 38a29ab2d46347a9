package dev.hardening.bizagi.mojo;

import dev.hardening.bizagi.report.ConsoleReport;
import org.apache.maven.plugin.logging.Log;

/** Sends report lines to Maven's log at their level. */
final class LogSink implements ConsoleReport.Sink {

    private final Log log;

    LogSink(Log log) {
        this.log = log;
    }

    @Override
    public void error(String line) {
        log.error(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void info(String line) {
        log.info(line);
    }
}
