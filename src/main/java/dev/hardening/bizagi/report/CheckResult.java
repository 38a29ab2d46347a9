package dev.hardening.bizagi.report;

import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.rules.ActiveRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Severity;
import java.util.List;
import java.util.Set;

/**
 * What one check found, as every report writes it.
 *
 * @param findings the findings that count, in report order, each with its effective severity
 * @param suppressed the findings the user accepted, in report order
 * @param malformed the files that could not be parsed
 * @param filesRead how many configuration files were read
 * @param rules the rules that ran, with their severity
 * @param notVerifiable requirements the packaged files cannot prove, to be named once in the summary
 * @param absentFiles files that findings name but the package lacks, such as the web.xml of a war
 *     without one; no project source is looked for them
 */
public record CheckResult(
        List<Finding> findings,
        List<SuppressedFinding> suppressed,
        List<MalformedDescriptorException> malformed,
        int filesRead,
        List<ActiveRule> rules,
        List<String> notVerifiable,
        Set<String> absentFiles) {

    public CheckResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        malformed = List.copyOf(malformed);
        rules = List.copyOf(rules);
        notVerifiable = List.copyOf(notVerifiable);
        absentFiles = Set.copyOf(absentFiles);
    }

    /** How many findings that count have {@code severity}. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
