package dev.hardening.bizagi.report;

import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Severity;
import java.util.List;

/**
 * Writes the findings the way a build log reads them: one line per finding at its level, as
 * {@code file:line: [RULE-ID] message Fix: ...}, then one summary line.
 */
public final class ConsoleReport {

    /** Where report lines go; the Mojo hands Maven's log. */
    public interface Sink {
        void error(String line);

        void warn(String line);

        void info(String line);
    }

    private final Sink sink;

    public ConsoleReport(Sink sink) {
        this.sink = sink;
    }

    /**
     * Writes every finding, every file that could not be parsed, and the summary.
     *
     * @param filesRead how many configuration files were read
     * @param rulesRun how many rules judged them
     */
    public void write(
            List<Finding> findings, List<MalformedDescriptorException> malformed, int filesRead, int rulesRun) {
        for (MalformedDescriptorException problem : malformed) {
            sink.error(problem.getMessage());
        }
        for (Finding finding : findings) {
            if (finding.severity() == Severity.ERROR) {
                sink.error(finding.toString());
            } else {
                sink.warn(finding.toString());
            }
        }
        sink.info(summary(findings, malformed, filesRead, rulesRun));
    }

    /** {@code Bizagi hardening: 4 files read, 33 rules run: 2 errors, 1 warning.} */
    static String summary(
            List<Finding> findings, List<MalformedDescriptorException> malformed, int filesRead, int rulesRun) {
        long errors = count(findings, Severity.ERROR);
        long warnings = count(findings, Severity.WARNING);
        StringBuilder line = new StringBuilder("Bizagi hardening: ")
                .append(plural(filesRead, "file"))
                .append(" read, ")
                .append(plural(rulesRun, "rule"))
                .append(" run: ")
                .append(plural(errors, "error"))
                .append(", ")
                .append(plural(warnings, "warning"));
        if (!malformed.isEmpty()) {
            line.append(", ").append(plural(malformed.size(), "file")).append(" unreadable");
        }
        return line.append('.').toString();
    }

    /** How many findings have {@code severity}. */
    public static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** {@code 1 error}, {@code 2 errors}. */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
