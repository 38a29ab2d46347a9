package dev.hardening.bizagi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report, read back as a script would read it. */
class JsonReportTest {

    @TempDir
    Path root;

    private JsonNode report;

    @BeforeEach
    void writeAndParse() throws IOException {
        SampleReports.writeProject(root);
        report = new ObjectMapper().readTree(new JsonReport(root, SampleReports.TOOL).render(SampleReports.result()));
    }

    @Test
    void topLevelFieldsAreTheDocumentedOnesInOrder() {
        List<String> fields = new ArrayList<>();
        report.fieldNames().forEachRemaining(fields::add);

        assertEquals(
                List.of(
                        "formatVersion",
                        "tool",
                        "summary",
                        "rules",
                        "findings",
                        "suppressed",
                        "malformed",
                        "notVerifiable"),
                fields);
        assertEquals(1, report.get("formatVersion").asInt());
    }

    @Test
    void summaryCountsEachKind() {
        JsonNode summary = report.get("summary");

        assertEquals(3, summary.get("filesRead").asInt());
        assertEquals(
                SampleReports.result().rules().size(), summary.get("rulesRun").asInt());
        assertEquals(1, summary.get("errors").asInt());
        assertEquals(1, summary.get("warnings").asInt());
        assertEquals(1, summary.get("notes").asInt());
        assertEquals(2, summary.get("suppressed").asInt());
        assertEquals(1, summary.get("malformed").asInt());
    }

    @Test
    void findingsAreSortedByFileThenLineWithArchiveAndSource() {
        JsonNode findings = report.get("findings");
        JsonNode protocol = findings.get(2);

        assertEquals(SampleReports.TRANSFORM, findings.get(0).get("file").asText());
        assertEquals(1, findings.get(0).get("line").asInt());
        assertEquals("info", findings.get(0).get("severity").asText());
        assertEquals(2, findings.get(1).get("line").asInt());
        assertFalse(findings.get(1).has("archive"));
        assertEquals("BIZAGI-PROTOCOL-HTTPS", protocol.get("ruleId").asText());
        assertEquals(SampleReports.PACKAGED, protocol.get("file").asText());
        assertEquals(4, protocol.get("line").asInt());
        assertEquals("/configuration/appSettings/add[1]", protocol.get("xpath").asText());
        assertEquals(
                "Set <add key=\"PROTOCOL\" value=\"HTTPS\"/> in <appSettings>.",
                protocol.get("fix").asText());
        assertEquals(SampleReports.ZIP, protocol.get("archive").get("path").asText());
        assertEquals(
                "WebApplication/web.config",
                protocol.get("archive").get("entry").asText());
        assertEquals(SampleReports.SOURCE, protocol.get("source").get("file").asText());
        assertEquals(4, protocol.get("source").get("line").asInt());
        assertEquals("identical", protocol.get("source").get("match").asText());
    }

    @Test
    void suppressedMalformedAndNotVerifiableAreListed() {
        JsonNode suppressed = report.get("suppressed");
        JsonNode malformed = report.get("malformed").get(0);

        assertEquals("ASPNET-DEBUG-OFF", suppressed.get(0).get("ruleId").asText());
        assertEquals("pom", suppressed.get(0).get("suppressedBy").asText());
        assertEquals(
                "accepted by the security team, ticket SEC-12",
                suppressed.get(0).get("reason").asText());
        assertEquals("inline", suppressed.get(1).get("suppressedBy").asText());
        assertEquals(
                "target/portal-1.0.0.zip!/WebServices/web.config",
                malformed.get("file").asText());
        assertEquals(3, malformed.get("line").asInt());
        assertEquals(
                "element type \"system.web\" not closed",
                malformed.get("reason").asText());
        assertEquals(
                "TLS protocol versions and cipher suites (SCHANNEL registry)",
                report.get("notVerifiable").get(0).asText());
    }

    @Test
    void rulesCarryTheirSeverityAndProfiles() {
        JsonNode rules = report.get("rules");
        JsonNode allowList = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("IIS-IP-ALLOWLIST")) {
                allowList = rule;
            }
        }

        assertEquals("warning", allowList.get("severity").asText());
        assertEquals(
                "Only listed IP addresses may reach the portal",
                allowList.get("title").asText());
        assertEquals(
                "https://example.org/bizagi-hardening/blob/main/docs/rules/IIS-IP-ALLOWLIST.md",
                allowList.get("helpUri").asText());
        assertEquals("bizagi", allowList.get("profiles").get(0).asText());
    }
}
