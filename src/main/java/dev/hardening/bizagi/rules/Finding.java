package dev.hardening.bizagi.rules;

import dev.hardening.bizagi.model.SourceLocation;
import java.util.Comparator;

/**
 * One way the configuration falls short of the policy.
 *
 * @param ruleId the stable id of the rule that found it
 * @param severity how much it weighs
 * @param location the file, line and node at fault
 * @param message what is wrong
 * @param fix the exact change that resolves it
 */
public record Finding(String ruleId, Severity severity, SourceLocation location, String message, String fix) {

    /** Findings by file, line, then rule id: the order they are reported in. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(
                    (Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** This finding with {@code severity} in place of its own. */
    public Finding withSeverity(Severity severity) {
        return severity == this.severity ? this : new Finding(ruleId, severity, location, message, fix);
    }

    /** {@code file:line: [RULE-ID] message. Fix: fix} */
    @Override
    public String toString() {
        return location + ": [" + ruleId + "] " + message + " Fix: " + fix;
    }
}
