package dev.hardening.bizagi.report;

import static dev.hardening.bizagi.report.MarkupText.escape;

import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the check as one self-contained HTML page a person can read in a browser or a CI artifact
 * viewer: summary counts, unreadable files, findings grouped by file with rule, line, message and fix,
 * suppressed findings with who accepted them and why, and what the files cannot prove. The style sheet
 * is inline and the page loads nothing, so it reads the same offline and passes a strict
 * Content-Security-Policy.
 */
public final class HtmlReport extends ReportWriter {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1b1f24;max-width:80rem}
            h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1rem;font-family:monospace;margin-top:1.5rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}
            th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#f6f8fa}
            code,pre{font-family:ui-monospace,Consolas,monospace;font-size:.85rem}
            pre{white-space:pre-wrap;margin:0}
            .error{color:#b3261e;font-weight:600}.warning{color:#9a6700;font-weight:600}.info{color:#0969da}
            .muted{color:#57606a}
            """;

    public HtmlReport(Path projectRoot, ToolInfo tool) {
        super(projectRoot, tool);
    }

    @Override
    String render(ReportContent content) {
        CheckResult result = content.result;
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " style-src 'unsafe-inline'\">\n")
                .append("<title>Bizagi hardening report</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>Bizagi hardening report</h1>\n")
                .append("<p class=\"muted\">")
                .append(escape(tool.name() + " " + tool.version()))
                .append("</p>\n");
        summary(page, result);
        malformed(page, content.malformed);
        findings(page, content.findings);
        suppressed(page, content.suppressed);
        notVerifiable(page, result.notVerifiable());
        return page.append("</body>\n</html>\n").toString();
    }

    private static void summary(StringBuilder page, CheckResult result) {
        page.append("<h2 id=\"summary\">Summary</h2>\n<table>\n<tr><th>Files read</th><th>Rules run</th>")
                .append(
                        "<th>Errors</th><th>Warnings</th><th>Notes</th><th>Suppressed</th><th>Unreadable files</th></tr>\n")
                .append("<tr>");
        for (long count : new long[] {
            result.filesRead(),
            result.rules().size(),
            result.count(Severity.ERROR),
            result.count(Severity.WARNING),
            result.count(Severity.INFO),
            result.suppressed().size(),
            result.malformed().size()
        }) {
            page.append("<td>").append(count).append("</td>");
        }
        page.append("</tr>\n</table>\n");
    }

    private static void malformed(StringBuilder page, List<MalformedDescriptorException> malformed) {
        if (malformed.isEmpty()) {
            return;
        }
        page.append("<h2 id=\"malformed\">Files that could not be read</h2>\n<table>\n")
                .append("<tr><th>File</th><th>Line</th><th>Reason</th></tr>\n");
        for (MalformedDescriptorException problem : malformed) {
            page.append("<tr><td><code>")
                    .append(escape(problem.file()))
                    .append("</code></td><td>")
                    .append(problem.line() > 0 ? String.valueOf(problem.line()) : "")
                    .append("</td><td class=\"error\">")
                    .append(escape(problem.reason()))
                    .append("</td></tr>\n");
        }
        page.append("</table>\n");
    }

    private static void findings(StringBuilder page, List<ReportContent.Entry> findings) {
        page.append("<h2 id=\"findings\">Findings</h2>\n");
        if (findings.isEmpty()) {
            page.append("<p>No findings.</p>\n");
            return;
        }
        for (Map.Entry<String, List<ReportContent.Entry>> file :
                byFile(findings).entrySet()) {
            page.append("<h3>").append(escape(file.getKey())).append("</h3>\n");
            sourceNote(page, file.getValue().get(0));
            page.append("<table>\n<tr><th>Line</th><th>Severity</th><th>Rule</th><th>Finding</th><th>Fix</th></tr>\n");
            for (ReportContent.Entry entry : file.getValue()) {
                row(page, entry.finding(), "");
            }
            page.append("</table>\n");
        }
    }

    private static void suppressed(StringBuilder page, List<ReportContent.Entry> suppressed) {
        if (suppressed.isEmpty()) {
            return;
        }
        page.append("<h2 id=\"suppressed\">Suppressed findings</h2>\n");
        for (Map.Entry<String, List<ReportContent.Entry>> file :
                byFile(suppressed).entrySet()) {
            page.append("<h3>").append(escape(file.getKey())).append("</h3>\n");
            page.append("<table>\n<tr><th>Line</th><th>Severity</th><th>Rule</th><th>Finding</th><th>Fix</th>")
                    .append("<th>Suppressed by</th></tr>\n");
            for (ReportContent.Entry entry : file.getValue()) {
                SuppressedFinding accepted = entry.suppression().orElseThrow();
                row(
                        page,
                        entry.finding(),
                        "<td>" + escape(accepted.kind())
                                + (accepted.reason().isEmpty() ? "" : ": " + escape(accepted.reason())) + "</td>");
            }
            page.append("</table>\n");
        }
    }

    private static void notVerifiable(StringBuilder page, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        page.append("<h2 id=\"not-verifiable\">Not verifiable from the package</h2>\n<ul>\n");
        items.forEach(item -> page.append("<li>").append(escape(item)).append("</li>\n"));
        page.append("</ul>\n");
    }

    private static void sourceNote(StringBuilder page, ReportContent.Entry entry) {
        if (entry.path().inArchive()) {
            page.append("<p class=\"muted\">Entry <code>")
                    .append(escape(entry.path().entry()))
                    .append("</code> of <code>")
                    .append(escape(entry.path().artifact()))
                    .append("</code>");
            entry.source()
                    .ifPresent(source -> page.append(", packaged from <code>")
                            .append(escape(source.file()))
                            .append("</code> (")
                            .append(escape(source.match()))
                            .append(
                                    source.match().equals("identical")
                                            ? "); the lines below are the same in both"
                                            : "); its lines may differ from the packaged copy's"));
            page.append(".</p>\n");
        }
    }

    private static void row(StringBuilder page, Finding finding, String extraCells) {
        String severity = finding.severity().label();
        page.append("<tr><td>")
                .append(
                        finding.location().line() > 0
                                ? String.valueOf(finding.location().line())
                                : "")
                .append("</td><td class=\"")
                .append(severity)
                .append("\">")
                .append(severity)
                .append("</td><td><code>")
                .append(escape(finding.ruleId()))
                .append("</code></td><td>")
                .append(escape(finding.message()))
                .append("</td><td><pre>")
                .append(MarkupText.escapeText(finding.fix()))
                .append("</pre></td>")
                .append(extraCells)
                .append("</tr>\n");
    }

    private static Map<String, List<ReportContent.Entry>> byFile(List<ReportContent.Entry> entries) {
        Map<String, List<ReportContent.Entry>> byFile = new LinkedHashMap<>();
        entries.forEach(
                entry -> byFile.computeIfAbsent(entry.finding().location().file(), f -> new ArrayList<>())
                        .add(entry));
        return byFile;
    }
}
