package dev.hardening.bizagi.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.rules.ActiveRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Profile;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;
import java.nio.file.Path;

/**
 * Writes the check result as JSON for scripts and dashboards. The structure is documented in the
 * README ("JSON report") and versioned by {@code formatVersion}: fields are only ever added within a
 * version.
 */
public final class JsonReport extends ReportWriter {

    /** Raised when a field changes meaning or goes away. */
    static final int FORMAT_VERSION = 1;

    public JsonReport(Path projectRoot, ToolInfo tool) {
        super(projectRoot, tool);
    }

    @Override
    String render(ReportContent content) {
        CheckResult result = content.result;
        ObjectNode root = JsonText.object();
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode toolNode = root.putObject("tool");
        toolNode.put("name", tool.name());
        toolNode.put("version", tool.version());
        toolNode.put("informationUri", tool.url());
        ObjectNode summary = root.putObject("summary");
        summary.put("filesRead", result.filesRead());
        summary.put("rulesRun", result.rules().size());
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("notes", result.count(Severity.INFO));
        summary.put("suppressed", result.suppressed().size());
        summary.put("malformed", result.malformed().size());
        ArrayNode rules = root.putArray("rules");
        content.rules.forEach(active -> rules.add(rule(active)));
        ArrayNode findings = root.putArray("findings");
        content.findings.forEach(entry -> findings.add(finding(entry)));
        ArrayNode suppressed = root.putArray("suppressed");
        content.suppressed.forEach(entry -> suppressed.add(finding(entry)));
        ArrayNode malformed = root.putArray("malformed");
        content.malformed.forEach(problem -> malformed.add(malformed(problem)));
        ArrayNode notVerifiable = root.putArray("notVerifiable");
        result.notVerifiable().forEach(notVerifiable::add);
        return JsonText.write(root);
    }

    private ObjectNode rule(ActiveRule active) {
        RuleDescription description = active.rule().description();
        ObjectNode rule = JsonText.object();
        rule.put("id", description.id());
        rule.put("title", description.title());
        rule.put("severity", active.severity().label());
        ArrayNode profiles = rule.putArray("profiles");
        description.profiles().stream().map(Profile::label).forEach(profiles::add);
        rule.put("bizagi", description.bizagi());
        rule.put("cis", description.cis());
        ArrayNode cwe = rule.putArray("cwe");
        description.cwe().forEach(cwe::add);
        rule.put("helpUri", tool.ruleUrl(description.id()));
        return rule;
    }

    private static ObjectNode finding(ReportContent.Entry entry) {
        Finding finding = entry.finding();
        ObjectNode node = JsonText.object();
        node.put("ruleId", finding.ruleId());
        node.put("severity", finding.severity().label());
        node.put("file", finding.location().file());
        node.put("line", finding.location().line());
        node.put("xpath", finding.location().xpath());
        node.put("message", finding.message());
        node.put("fix", finding.fix());
        if (entry.path().inArchive()) {
            ObjectNode archive = node.putObject("archive");
            archive.put("path", entry.path().artifact());
            archive.put("entry", entry.path().entry());
        }
        entry.source().ifPresent(source -> {
            ObjectNode origin = node.putObject("source");
            origin.put("file", source.file());
            origin.put("line", source.line());
            origin.put("match", source.match());
        });
        node.put("fingerprint", SarifReport.fingerprint(finding, entry.path()));
        entry.suppression().ifPresent(accepted -> {
            node.put("suppressedBy", accepted.kind());
            node.put("reason", accepted.reason());
        });
        return node;
    }

    private static ObjectNode malformed(MalformedDescriptorException problem) {
        ObjectNode node = JsonText.object();
        node.put("file", problem.file());
        node.put("line", problem.line());
        node.put("reason", problem.reason());
        node.put("message", problem.getMessage());
        return node;
    }
}
