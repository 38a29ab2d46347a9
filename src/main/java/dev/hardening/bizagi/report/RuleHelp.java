package dev.hardening.bizagi.report;

import dev.hardening.bizagi.rules.RuleDescription;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule's help as a code-scanning page shows it beside an alert: why it matters, how to fix it, what
 * happens when no file states the setting, what the rule cannot see, and where the requirement comes
 * from. The text comes from the rule's own description, so it says what the console says.
 */
final class RuleHelp {

    private RuleHelp() {}

    /** Plain text, one paragraph per part, ending with the address of the rule's page. */
    static String text(RuleDescription rule, String pageUrl) {
        List<String> parts = new ArrayList<>();
        parts.add(rule.title() + ".");
        addPart(parts, "Why: ", rule.rationale());
        addPart(parts, "Fix: ", rule.fix());
        addPart(parts, "When absent: ", rule.whenAbsent());
        if (!rule.limitations().isEmpty()) {
            parts.add("Limitations:\n- " + String.join("\n- ", rule.limitations()));
        }
        addPart(parts, "References: ", String.join("; ", references(rule)));
        parts.add("Documentation: " + pageUrl);
        return String.join("\n\n", parts);
    }

    /** Markdown, a heading per part and the fix's XML kept as written, linking the rule's page. */
    static String markdown(RuleDescription rule, String pageUrl) {
        List<String> parts = new ArrayList<>();
        parts.add("**" + escape(rule.title()) + "**");
        addPart(parts, "### Why\n\n", escape(rule.rationale()));
        addPart(parts, "### Fix\n\n", code(rule.fix()));
        addPart(parts, "### When absent\n\n", escape(rule.whenAbsent()));
        if (!rule.limitations().isEmpty()) {
            parts.add("### Limitations\n\n- "
                    + String.join(
                            "\n- ",
                            rule.limitations().stream().map(RuleHelp::escape).toList()));
        }
        List<String> references = references(rule);
        if (!references.isEmpty()) {
            parts.add("### References\n\n- "
                    + String.join(
                            "\n- ", references.stream().map(RuleHelp::escape).toList()));
        }
        parts.add("[Rule documentation](" + pageUrl + ")");
        return String.join("\n\n", parts);
    }

    private static List<String> references(RuleDescription rule) {
        List<String> references = new ArrayList<>();
        if (!rule.bizagi().isEmpty()) {
            references.add("Bizagi hardening guide: " + rule.bizagi());
        }
        if (!rule.cis().isEmpty()) {
            references.add("CIS Microsoft IIS 10 Benchmark " + rule.cis());
        }
        rule.cwe().forEach(cwe -> references.add("CWE-" + cwe));
        references.addAll(rule.seeAlso());
        return references;
    }

    private static void addPart(List<String> parts, String heading, String body) {
        if (!body.isEmpty()) {
            parts.add(heading + body);
        }
    }

    /** The fix in a code block when it holds markup, which Markdown would otherwise swallow. */
    private static String code(String fix) {
        return fix.contains("<") ? "```\n" + fix.replace("```", "'''") + "\n```" : escape(fix);
    }

    /** Markdown's inline characters made literal, and raw HTML made inert. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
