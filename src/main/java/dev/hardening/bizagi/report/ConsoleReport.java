package dev.hardening.bizagi.report;

import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Severity;

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
     * Writes every file that could not be parsed, every finding that counts, what the package cannot
     * prove (one line, when anything applies), and the summary.
     */
    public void write(CheckResult result) {
        for (MalformedDescriptorException problem : result.malformed()) {
            sink.error(problem.getMessage());
        }
        for (Finding finding : result.findings()) {
            switch (finding.severity()) {
                case ERROR -> sink.error(finding.toString());
                case WARNING -> sink.warn(finding.toString());
                case INFO -> sink.info(finding.toString());
            }
        }
        if (!result.notVerifiable().isEmpty()) {
            sink.info(notVerifiable(result));
        }
        sink.info(summary(result));
    }

    /**
     * {@code Not verifiable from the package: TLS protocol versions and cipher suites; ...}: the items
     * no packaged file can prove, which are neither passed nor counted as findings.
     */
    static String notVerifiable(CheckResult result) {
        return "Not verifiable from the package: " + String.join("; ", result.notVerifiable()) + ".";
    }

    /**
     * {@code Bizagi hardening: 4 files read, 33 rules run: 2 errors, 1 warning.}, with notes,
     * suppressed findings and unreadable files counted when there are any.
     */
    static String summary(CheckResult result) {
        StringBuilder line = new StringBuilder("Bizagi hardening: ")
                .append(plural(result.filesRead(), "file"))
                .append(" read, ")
                .append(plural(result.rules().size(), "rule"))
                .append(" run: ")
                .append(plural(result.count(Severity.ERROR), "error"))
                .append(", ")
                .append(plural(result.count(Severity.WARNING), "warning"));
        long notes = result.count(Severity.INFO);
        if (notes > 0) {
            line.append(", ").append(plural(notes, "note"));
        }
        if (!result.suppressed().isEmpty()) {
            line.append(", ").append(result.suppressed().size()).append(" suppressed");
        }
        if (!result.malformed().isEmpty()) {
            line.append(", ").append(plural(result.malformed().size(), "file")).append(" unreadable");
        }
        return line.append('.').toString();
    }

    /** {@code 1 error}, {@code 2 errors}. */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
