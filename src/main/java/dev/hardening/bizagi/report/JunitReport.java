package dev.hardening.bizagi.report;

import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.rules.ActiveRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the check as a JUnit XML test suite in the shape Maven Surefire writes, which the test tabs
 * of GitHub, GitLab and Jenkins read: one {@code testsuite}, a {@code testcase} per rule and file with
 * {@code classname} the rule id and {@code name} the file.
 *
 * <ul>
 *   <li>A rule and file with an error finding is a {@code failure}, its message the first finding's
 *       and its body every finding as the console prints it.
 *   <li>Warnings and notes do not fail the build by default, so their test case passes; the findings
 *       are in its {@code system-out}, where the test tab shows them.
 *   <li>A rule and file whose findings were all suppressed is {@code skipped}, with the reason.
 *   <li>A rule that ran without findings is one passing test case named {@code (no findings)}.
 *   <li>A file that could not be read is an {@code error} under the class name {@code MALFORMED-FILE}.
 * </ul>
 */
public final class JunitReport extends ReportWriter {

    static final String SUITE = "bizagi-hardening";
    static final String MALFORMED = "MALFORMED-FILE";
    static final String NO_FINDINGS = "(no findings)";

    public JunitReport(Path projectRoot, ToolInfo tool) {
        super(projectRoot, tool);
    }

    @Override
    String render(ReportContent content) {
        CheckResult result = content.result;
        List<String> cases = new ArrayList<>();
        int failures = 0;
        int skipped = 0;
        for (MalformedDescriptorException problem : content.malformed) {
            cases.add(testCase(
                    MALFORMED,
                    problem.file(),
                    "    <error message=\"" + MarkupText.escape(problem.reason()) + "\" type=\"malformed\">"
                            + MarkupText.escapeText(problem.getMessage()) + "</error>\n"));
        }
        Map<String, Map<String, List<ReportContent.Entry>>> byRuleAndFile = new TreeMap<>();
        content.findings.forEach(entry -> add(byRuleAndFile, entry));
        content.suppressed.forEach(entry -> add(byRuleAndFile, entry));
        Set<String> withFindings = new HashSet<>(byRuleAndFile.keySet());
        for (ActiveRule active : content.rules) {
            byRuleAndFile.computeIfAbsent(active.rule().id(), id -> new TreeMap<>());
        }
        for (Map.Entry<String, Map<String, List<ReportContent.Entry>>> rule : byRuleAndFile.entrySet()) {
            if (!withFindings.contains(rule.getKey())) {
                cases.add(testCase(rule.getKey(), NO_FINDINGS, ""));
                continue;
            }
            for (Map.Entry<String, List<ReportContent.Entry>> file :
                    rule.getValue().entrySet()) {
                Outcome outcome = outcome(file.getValue());
                failures += outcome.failed ? 1 : 0;
                skipped += outcome.skipped ? 1 : 0;
                cases.add(testCase(rule.getKey(), file.getKey(), outcome.body));
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"" + SUITE + "\" tests=\"" + cases.size() + "\" failures=\"" + failures
                + "\" errors=\"" + content.malformed.size() + "\" skipped=\"" + skipped + "\" time=\"0\">\n"
                + "  <properties>\n    <property name=\"tool\" value=\""
                + MarkupText.escape(tool.name() + " " + tool.version())
                + "\"/>\n  </properties>\n"
                + String.join("", cases)
                + "</testsuite>\n";
    }

    private record Outcome(String body, boolean failed, boolean skipped) {}

    private static Outcome outcome(List<ReportContent.Entry> entries) {
        List<Finding> errors = new ArrayList<>();
        List<String> errorLines = new ArrayList<>();
        List<String> otherLines = new ArrayList<>();
        for (ReportContent.Entry entry : entries) {
            Finding finding = entry.finding();
            String line = finding.severity().label() + ": " + finding
                    + entry.source()
                            .map(source -> " (packaged from " + source + ")")
                            .orElse("");
            if (entry.suppression().isPresent()) {
                SuppressedFinding accepted = entry.suppression().get();
                otherLines.add("suppressed (" + accepted.kind()
                        + (accepted.reason().isEmpty() ? "" : ": " + accepted.reason()) + ") " + line);
            } else if (finding.severity() == Severity.ERROR) {
                errors.add(finding);
                errorLines.add(line);
            } else {
                otherLines.add(line);
            }
        }
        List<String> output = new ArrayList<>(errorLines);
        output.addAll(otherLines);
        boolean allSuppressed =
                entries.stream().allMatch(entry -> entry.suppression().isPresent());
        StringBuilder body = new StringBuilder();
        if (!errors.isEmpty()) {
            body.append("    <failure message=\"")
                    .append(MarkupText.escape(errors.get(0).message()))
                    .append("\" type=\"")
                    .append(errors.get(0).ruleId())
                    .append("\">")
                    .append(MarkupText.escapeText(String.join("\n", output)))
                    .append("</failure>\n");
        } else if (allSuppressed) {
            SuppressedFinding first = entries.get(0).suppression().orElseThrow();
            body.append("    <skipped message=\"")
                    .append(MarkupText.escape("suppressed (" + first.kind() + ")"
                            + (first.reason().isEmpty() ? "" : ": " + first.reason())))
                    .append("\"/>\n");
            body.append(systemOut(output));
        } else {
            body.append(systemOut(output));
        }
        return new Outcome(body.toString(), !errors.isEmpty(), errors.isEmpty() && allSuppressed);
    }

    private static String systemOut(List<String> lines) {
        return "    <system-out>" + MarkupText.escapeText(String.join("\n", lines)) + "</system-out>\n";
    }

    private static void add(
            Map<String, Map<String, List<ReportContent.Entry>>> byRuleAndFile, ReportContent.Entry entry) {
        byRuleAndFile
                .computeIfAbsent(entry.finding().ruleId(), id -> new TreeMap<>())
                .computeIfAbsent(entry.finding().location().file(), file -> new ArrayList<>())
                .add(entry);
    }

    private static String testCase(String className, String name, String body) {
        String open = "  <testcase classname=\"" + MarkupText.escape(className) + "\" name=\"" + MarkupText.escape(name)
                + "\" time=\"0\"";
        return body.isEmpty() ? open + "/>\n" : open + ">\n" + body + "  </testcase>\n";
    }
}
