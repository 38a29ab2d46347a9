package dev.hardening.bizagi.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.rules.ActiveRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Writes the findings as SARIF 2.1.0, the format code-scanning services read, within what GitHub code
 * scanning accepts: one run, rule metadata with help, locations relative to the project folder
 * ({@code %SRCROOT%}) with their line, the node's XPath as a logical location, fingerprints without
 * line numbers, and suppressed findings kept with their justification.
 *
 * <p>A finding in a packaged file is located at the project file it was packaged from, when one is
 * found, so that code scanning can show it in the repository, and the packaged copy is a related
 * location. Without a source file it is located at the archive (the file a reader can find). Either
 * way the entry's path and line are in the message and the path in {@code properties.archiveEntry};
 * an archive's location has no region, as its lines are the entry's, not the archive's.
 */
public final class SarifReport extends ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT = "bizagiHardeningFinding/v2";

    /** The project's folder as seen from the folder {@code %SRCROOT%} stands for, with a final slash; empty when the same. */
    private final String modulePath;

    /**
     * @param projectRoot the folder of the Maven project that ran the check
     * @param buildRoot the folder {@code %SRCROOT%} stands for: the top of the build (the repository,
     *     where code scanning resolves paths), which holds the project's folder in a multi-module build;
     *     a project outside it keeps its paths relative to itself
     */
    public SarifReport(Path projectRoot, Path buildRoot, ToolInfo tool) {
        super(projectRoot, tool);
        Path root = buildRoot.toAbsolutePath().normalize();
        Path project = projectRoot.toAbsolutePath().normalize();
        String relative =
                project.startsWith(root) ? root.relativize(project).toString().replace('\\', '/') : "";
        this.modulePath = relative.isEmpty() ? "" : relative + "/";
    }

    @Override
    String render(ReportContent content) {
        CheckResult result = content.result;
        ObjectNode log = JsonText.object();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", tool.name());
        driver.put("version", tool.version());
        driver.put("informationUri", tool.url());
        ArrayNode rules = driver.putArray("rules");
        content.rules.forEach(active -> rules.add(rule(active)));
        run.putObject("originalUriBaseIds")
                .putObject(SRCROOT)
                .putObject("description")
                .put(
                        "text",
                        "The top folder of the Maven build that ran the check (in a multi-module build, the"
                                + " reactor's root); every relative uri is under it.");
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", content.malformed.isEmpty());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        content.malformed.forEach(problem -> notifications.add(notification(problem)));
        ArrayNode results = run.putArray("results");
        content.findings.forEach(entry -> results.add(result(entry, content)));
        content.suppressed.forEach(entry -> results.add(result(entry, content)));
        run.put("columnKind", "unicodeCodePoints");
        return JsonText.write(log);
    }

    private ObjectNode rule(ActiveRule active) {
        RuleDescription description = active.rule().description();
        ObjectNode rule = JsonText.object();
        rule.put("id", description.id());
        rule.put("name", pascalCase(description.id()));
        rule.putObject("shortDescription").put("text", description.title());
        rule.putObject("fullDescription")
                .put("text", description.rationale().isEmpty() ? description.title() : description.rationale());
        ObjectNode help = rule.putObject("help");
        help.put("text", RuleHelp.text(description, tool.ruleUrl(description.id())));
        help.put("markdown", RuleHelp.markdown(description, tool.ruleUrl(description.id())));
        rule.put("helpUri", tool.ruleUrl(description.id()));
        rule.putObject("defaultConfiguration").put("level", level(active.severity()));
        ObjectNode properties = rule.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags.add("security");
        tags.add("configuration");
        if (!description.bizagi().isEmpty()) {
            tags.add("bizagi");
        }
        if (!description.cis().isEmpty()) {
            tags.add("cis-iis-10");
        }
        description.cwe().forEach(cwe -> tags.add("external/cwe/cwe-" + cwe));
        // The rules read the configuration file itself, not a heuristic over code.
        properties.put("precision", "very-high");
        return rule;
    }

    private ObjectNode result(ReportContent.Entry entry, ReportContent content) {
        Finding finding = entry.finding();
        ObjectNode result = JsonText.object();
        result.put("ruleId", finding.ruleId());
        int index = content.ruleIndex(finding.ruleId());
        if (index >= 0) {
            result.put("ruleIndex", index);
        }
        result.put("level", level(finding.severity()));
        String where = entry.path().inArchive()
                ? "In " + atLine(entry.path().file(), finding.location().line()) + ": "
                : "";
        result.putObject("message").put("text", where + finding.message() + " Fix: " + finding.fix());
        ObjectNode location = result.putArray("locations").addObject();
        location.set(
                "physicalLocation",
                entry.source()
                        .map(source -> physicalLocation(DisplayPath.of(source.file()), source.line()))
                        .orElseGet(() -> physicalLocation(
                                entry.path(), finding.location().line())));
        if (!finding.location().xpath().isEmpty()) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("fullyQualifiedName", finding.location().xpath());
            logical.put("kind", "element");
        }
        entry.source().ifPresent(source -> {
            ObjectNode related = result.putArray("relatedLocations").addObject();
            related.put("id", 1);
            related.set(
                    "physicalLocation",
                    physicalLocation(entry.path(), finding.location().line()));
            related.putObject("message")
                    .put(
                            "text",
                            "The packaged copy that was checked, "
                                    + atLine(
                                            entry.path().file(),
                                            finding.location().line())
                                    + " (recognised as " + source.match() + ").");
        });
        result.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(finding, entry.path()));
        entry.suppression().ifPresent(accepted -> {
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", accepted.kind().equals("inline") ? "inSource" : "external");
            if (!accepted.reason().isEmpty()) {
                suppression.put("justification", accepted.reason());
            }
            suppression.putObject("properties").put("suppressedBy", accepted.kind());
        });
        if (entry.path().inArchive()) {
            ObjectNode properties = result.putObject("properties");
            properties.put("packagedFile", entry.path().file());
            properties.put("archiveEntry", entry.path().entry());
        }
        return result;
    }

    private ObjectNode notification(MalformedDescriptorException problem) {
        ObjectNode notification = JsonText.object();
        notification.put("level", "error");
        notification.putObject("message").put("text", problem.getMessage());
        ObjectNode location = notification.putArray("locations").addObject();
        location.set("physicalLocation", physicalLocation(DisplayPath.of(problem.file()), problem.line()));
        notification.putObject("descriptor").put("id", "MALFORMED-FILE");
        return notification;
    }

    private ObjectNode physicalLocation(DisplayPath path, int line) {
        ObjectNode physical = JsonText.object();
        ObjectNode artifact = physical.putObject("artifactLocation");
        if (path.outsideProject()) {
            artifact.put("uri", path.artifactUri());
        } else {
            // A source in another module is named from this one (../portal-war/src/...): normalized, the
            // URI starts at the top of the build like the rest.
            artifact.put(
                    "uri",
                    URI.create(modulePath + path.artifactUri()).normalize().toString());
            artifact.put("uriBaseId", SRCROOT);
        }
        // A line in an archive is a line of an entry, not of the file the URI names: the message says it.
        if (line > 0 && !path.inArchive()) {
            physical.putObject("region").put("startLine", line);
        }
        return physical;
    }

    /** {@code file:line}, or the file alone when there is no line. */
    private static String atLine(String file, int line) {
        return line > 0 ? file + ":" + line : file;
    }

    /**
     * A hash of the rule, the file and the node's path, without the line, so that an alert survives
     * edits above it; for an archive entry the file is the entry's path, without the archive's name,
     * which usually changes with each version.
     */
    static String fingerprint(Finding finding, DisplayPath path) {
        SourceLocation location = finding.location();
        String key = finding.ruleId() + "|" + path.stableName() + "|" + location.xpath();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** SARIF's level for a severity: {@code error}, {@code warning} or {@code note}. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@code ASPNET-COOKIES-SSL} as {@code AspnetCookiesSsl}, the identifier-like name SARIF asks for. */
    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.toLowerCase(Locale.ROOT).split("-")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }
}
