package dev.hardening.bizagi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The console report's lines: findings at their level, what cannot be verified once, then the summary. */
class ConsoleReportTest {

    private final List<String> lines = new ArrayList<>();
    private final ConsoleReport report = new ConsoleReport(new ConsoleReport.Sink() {
        @Override
        public void error(String line) {
            lines.add("[ERROR] " + line);
        }

        @Override
        public void warn(String line) {
            lines.add("[WARNING] " + line);
        }

        @Override
        public void info(String line) {
            lines.add("[INFO] " + line);
        }
    });

    @Test
    void whatCannotBeVerifiedIsOneInfoLineAfterTheFindingsAndIsNotCounted() {
        Finding finding = new Finding(
                "ASPNET-DEBUG-OFF",
                Severity.ERROR,
                new SourceLocation("web.config", 3, "/configuration/system.web/compilation"),
                "system.web/compilation/@debug is true.",
                "Set <compilation debug=\"false\"/>.");

        report.write(new CheckResult(
                List.of(finding),
                List.of(),
                List.of(),
                2,
                List.of(),
                List.of("TLS versions", "IIS modules"),
                Set.of()));

        assertEquals(
                List.of(
                        "[ERROR] web.config:3: [ASPNET-DEBUG-OFF] system.web/compilation/@debug is true. Fix: Set"
                                + " <compilation debug=\"false\"/>.",
                        "[INFO] Not verifiable from the package: TLS versions; IIS modules.",
                        "[INFO] Bizagi hardening: 2 files read, 0 rules run: 1 error, 0 warnings."),
                lines);
    }

    @Test
    void nothingToNameWritesNoLine() {
        report.write(new CheckResult(List.of(), List.of(), List.of(), 1, List.of(), List.of(), Set.of()));

        assertEquals(List.of("[INFO] Bizagi hardening: 1 file read, 0 rules run: 0 errors, 0 warnings."), lines);
    }
}
