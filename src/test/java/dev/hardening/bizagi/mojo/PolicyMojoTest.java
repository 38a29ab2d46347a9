package dev.hardening.bizagi.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy parameters' wiring: threshold, suppressions, baseline, and the exception each raises. */
@MojoTest
class PolicyMojoTest {

    /** Hardened but for PROTOCOL (an error, line 4) and the IP allow list (a warning, line 14). */
    private static final String WEB_CONFIG = DeploymentProjects.HARDENED_WEB_CONFIG
            .replace("\"HTTPS\"", "\"HTTP\"")
            .replace("      <ipSecurity allowUnlisted=\"false\" />\n", "");

    private static final String WEB_CONFIG_FILE = "src/main/portal/WebApplication/web.config";

    private static final String SUPPRESS_PROTOCOL_UNTIL_2027 = """
            <suppressions>
              <suppression>
                <rule>BIZAGI-PROTOCOL-HTTPS</rule>
                <path>src/main/portal/**</path>
                <reason>TLS ends at the load balancer</reason>
                <until>2027-03-31</until>
              </suppression>
            </suppressions>
            """;

    /** The number of rules the default profile runs. */
    private static final int ALL_RULES = RuleCatalog.standard().rules().size();

    /** How the line naming what the package cannot prove begins. */
    private static final String NOT_VERIFIABLE_LINE = "[INFO] Not verifiable from the package: ";

    @TempDir
    Path basedir;

    private final List<String> log = new ArrayList<>();

    @Provides
    MavenProject provideProject() {
        return DeploymentProjects.pomProject(basedir);
    }

    @Provides
    Log provideLog() {
        return DeploymentProjects.recordingLog(log);
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "warning")
    @MojoParameter(name = "disabledRules", value = "BIZAGI-PROTOCOL-HTTPS")
    void warningThresholdFailsOnAWarningAndNamesTheThreshold(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(
                "Bizagi hardening check found 1 warning at or above failOnSeverity=warning; each is listed above"
                        + " with its file, line and fix.",
                failure.getMessage());
        assertTrue(log.get(0).startsWith("[WARNING] " + WEB_CONFIG_FILE + ":14: [IIS-IP-ALLOWLIST]"), log.get(0));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "disabledRules", value = "BIZAGI-PROTOCOL-HTTPS")
    void defaultThresholdLetsWarningsPass(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG);

        mojo.execute();

        assertEquals(
                "[INFO] Bizagi hardening: 2 files read, " + (ALL_RULES - 1) + " rules run: 0 errors, 1 warning.",
                summary());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "fatal")
    void unknownThresholdIsAConfigurationError(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG);

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Invalid plugin configuration: failOnSeverity (bizagi.hardening.failOnSeverity) is \"fatal\"; it must"
                        + " be error, warning or info.",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void suppressionInAFileHoldsUntilItsDate(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG);
        mojo.suppressionsFile = write("suppressions.xml", SUPPRESS_PROTOCOL_UNTIL_2027);
        mojo.clock = clockOn("2027-03-31T23:00:00Z");

        mojo.execute();

        assertEquals(3, log.size(), log.toString());
        assertTrue(log.get(0).startsWith("[WARNING] " + WEB_CONFIG_FILE + ":14: [IIS-IP-ALLOWLIST] "), log.get(0));
        assertEquals(
                "[INFO] Bizagi hardening: 2 files read, " + ALL_RULES
                        + " rules run: 0 errors, 1 warning, 1 suppressed.",
                summary());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void expiredSuppressionFailsTheBuildAndSaysWhenItExpired(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG);
        mojo.suppressionsFile = write("suppressions.xml", SUPPRESS_PROTOCOL_UNTIL_2027);
        mojo.clock = clockOn("2027-04-01T08:00:00Z");

        assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(
                log.get(0)
                        .startsWith("[ERROR] " + WEB_CONFIG_FILE + ":4: [BIZAGI-PROTOCOL-HTTPS] appSettings PROTOCOL is"
                                + " \"HTTP\""),
                log.get(0));
        assertTrue(
                log.get(0)
                        .contains(" Its suppression BIZAGI-PROTOCOL-HTTPS in src/main/portal/** (suppressions.xml:2)"
                                + " expired on 2027-03-31. Fix: "),
                log.get(0));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void malformedSuppressionsFileIsAConfigurationErrorNamingItsLine(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG);
        mojo.suppressionsFile = write("suppressions.xml", SUPPRESS_PROTOCOL_UNTIL_2027.replace("2027-03-31", "soon"));

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Suppressions file suppressions.xml:6: <until> is \"soon\", not a date written yyyy-MM-dd (ISO 8601)"
                        + " such as 2027-03-31.",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void missingSuppressionsFileIsAConfigurationError(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG);
        mojo.suppressionsFile = basedir.resolve("suppressions.xml").toFile();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Suppressions file not found: suppressions.xml (" + basedir.resolve("suppressions.xml") + ").",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check-pom-suppressions")
    @InjectMojo(goal = "check")
    void pomSuppressionIsCountedAsSuppressed(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG.replace("<security>", "<security>\n<ipSecurity allowUnlisted=\"false\" />"));

        mojo.execute();

        assertEquals(
                List.of(
                        NOT_VERIFIABLE_LINE,
                        "[INFO] Bizagi hardening: 2 files read, " + ALL_RULES
                                + " rules run: 0 errors, 0 warnings, 1 suppressed."),
                List.of(log.get(0).substring(0, NOT_VERIFIABLE_LINE.length()), log.get(1)));
        assertEquals(2, log.size(), log.toString());
    }

    @Test
    @Basedir("src/test/projects/check-pom-suppression-unknown-rule")
    @InjectMojo(goal = "check")
    void pomSuppressionOfAnUnknownRuleNamesItsIndex(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG);

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Invalid plugin configuration: pom.xml <suppressions>, suppression 2: <rule> names the unknown rule"
                        + " id ASPNET-TRACE. mvn bizagi-hardening:rules lists every rule id.",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void inlineSuppressionAboveTheElementAcceptsTheFinding(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG.replace(
                "    <add key=\"PROTOCOL\"",
                "    <!-- bizagi-hardening:ignore BIZAGI-PROTOCOL-HTTPS reason: TLS ends at the load balancer -->\n"
                        + "    <add key=\"PROTOCOL\""));

        mojo.execute();

        assertEquals(
                "[INFO] Bizagi hardening: 2 files read, " + ALL_RULES
                        + " rules run: 0 errors, 1 warning, 1 suppressed.",
                summary());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void inlineSuppressionInThePropertiesFileAcceptsTheKeyBelowIt(CheckMojo mojo) throws Exception {
        write(WEB_CONFIG_FILE, WEB_CONFIG.replace("\"HTTP\"", "\"HTTPS\""));
        write(
                "src/main/bizagi/authentication.properties",
                AuthenticationSettingsTemplate.text(Policy.GUIDE)
                        .replace(
                                "login.maxFailedAttempts=3",
                                "# bizagi-hardening:ignore AUTH-MAX-FAILED-LOGINS reason: kiosk accounts\n"
                                        + "login.maxFailedAttempts=10"));

        mojo.execute();

        assertEquals(
                "[INFO] Bizagi hardening: 2 files read, " + ALL_RULES
                        + " rules run: 0 errors, 1 warning, 1 suppressed.",
                summary());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "baseline")
    void baselineGoalWritesTheFindingsAndDoesNotFail(BaselineMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG);

        mojo.execute();

        assertEquals("""
                {
                  "version" : 2,
                  "findings" : [
                    {
                      "rule" : "BIZAGI-PROTOCOL-HTTPS",
                      "file" : "src/main/portal/WebApplication/web.config",
                      "xpath" : "/configuration/appSettings/add[@key='PROTOCOL']",
                      "count" : 1
                    },
                    {
                      "rule" : "IIS-IP-ALLOWLIST",
                      "file" : "src/main/portal/WebApplication/web.config",
                      "xpath" : "/configuration/system.webServer/security",
                      "count" : 1
                    }
                  ]
                }
                """, Files.readString(basedir.resolve("bizagi-hardening-baseline.json")));
        assertEquals(
                "[INFO] Bizagi hardening baseline: 2 findings written to bizagi-hardening-baseline.json. Commit it and"
                        + " set <baselineFile> (bizagi.hardening.baselineFile) for check to fail only on new findings.",
                log.get(log.size() - 1));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void checkAgainstABaselineFailsOnlyOnNewFindingsAndNamesFixedOnes(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG.replace("requireSSL=\"true\"", "requireSSL=\"false\""));
        mojo.baselineFile = write("baseline.json", """
                {"version": 2, "findings": [
                  {"rule": "BIZAGI-PROTOCOL-HTTPS", "file": "src/main/portal/WebApplication/web.config",
                   "xpath": "/configuration/appSettings/add[@key='PROTOCOL']", "count": 1},
                  {"rule": "ASPNET-DEBUG-OFF", "file": "src/main/portal/WebApplication/web.config",
                   "xpath": "/configuration/system.web/compilation", "count": 1}]}
                """);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(
                "Bizagi hardening check found 1 error; each is listed above with its file, line and fix.",
                failure.getMessage());
        assertEquals(
                "[INFO] Fixed since the baseline: ASPNET-DEBUG-OFF in src/main/portal/WebApplication/web.config"
                        + " at /configuration/system.web/compilation.",
                log.get(0));
        assertTrue(log.get(1).startsWith("[ERROR] " + WEB_CONFIG_FILE + ":7: [ASPNET-COOKIES-SSL] "), log.get(1));
        assertEquals(
                "[INFO] Bizagi hardening: 2 files read, " + ALL_RULES + " rules run: 1 error, 1 warning, 1 suppressed.",
                summary());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void aFileThatCannotBeReadFixesNothingInTheBaseline(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG.replace("<trust level=\"Medium\" />", "<trust level=\"Medium\">"));
        mojo.baselineFile = write("baseline.json", """
                {"version": 2, "findings": [
                  {"rule": "ASPNET-DEBUG-OFF", "file": "src/main/portal/WebApplication/web.config",
                   "xpath": "/configuration/system.web/compilation", "count": 1}]}
                """);

        assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(log.stream().noneMatch(line -> line.contains("Fixed since the baseline")), String.join("\n", log));
        assertTrue(
                log.contains("[INFO] Baseline entries no longer found are not listed as fixed while a file cannot be"
                        + " read."),
                String.join("\n", log));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void corruptBaselineIsAConfigurationErrorNamingTheFile(CheckMojo mojo) throws Exception {
        writeDeployment(WEB_CONFIG);
        mojo.baselineFile = write("baseline.json", "{\"version\": 2, \"findings\": [\n");

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Baseline file baseline.json:2 cannot be read: Unexpected end-of-input: expected close marker for"
                        + " Array (start marker at line 1, column 28). Write it again with mvn"
                        + " bizagi-hardening:baseline.",
                error.getMessage());
        // Maven appends each cause's message that the error does not already hold: none may repeat the reason.
        assertNull(error.getCause().getCause());
    }

    /** The summary, the last line the check logs. */
    private String summary() {
        return log.get(log.size() - 1);
    }

    private void writeDeployment(String webConfig) throws IOException {
        write(WEB_CONFIG_FILE, webConfig);
        write("src/main/bizagi/authentication.properties", AuthenticationSettingsTemplate.text(Policy.GUIDE));
    }

    private java.io.File write(String relative, String text) throws IOException {
        Path file = basedir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toFile();
    }

    private static Clock clockOn(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
