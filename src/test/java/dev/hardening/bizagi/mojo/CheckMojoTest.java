package dev.hardening.bizagi.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.model.PackagedDeployment;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.inject.Inject;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check goal's wiring: skip, inputs, outcome and the exception each outcome raises. */
@MojoTest
class CheckMojoTest {

    private static final String HARDENED_WEB_CONFIG = DeploymentProjects.HARDENED_WEB_CONFIG;

    /** What a Work Portal's files cannot prove, said once after the findings. */
    private static final String NOT_VERIFIABLE_ON_IIS = "[INFO] Not verifiable from the package: TLS protocol"
            + " versions and cipher suites (Windows SCHANNEL registry); the IIS application pool's identity; the IIS"
            + " application pool's idle time-out; which IIS modules are installed (Basic Authentication, IP and"
            + " Domain Restrictions, URL Rewrite, WebDAV); settings kept only in applicationHost.config (site"
            + " bindings, site-level HSTS, logging, locked sections such as allowedServerVariables); TLS to the"
            + " database and its transparent data encryption; settings Bizagi keeps in its database (case"
            + " security, environment configuration, the attribute encryption key).";

    /** The number of rules the default profile runs. */
    private static final int ALL_RULES = RuleCatalog.standard().rules().size();

    @TempDir
    Path basedir;

    @Inject
    private MavenProjectHelper projectHelper;

    private final List<String> log = new ArrayList<>();
    private MavenProject project;

    @Provides
    MavenProject provideProject() {
        project = DeploymentProjects.pomProject(basedir);
        return project;
    }

    @Provides
    Log provideLog() {
        return DeploymentProjects.recordingLog(log);
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skip", value = "true")
    void skipReadsNothingAndSaysSo(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertEquals(List.of("[INFO] Bizagi hardening check skipped (bizagi.hardening.skip=true)."), log);
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void hardenedFolderPassesWithOneSummaryLine(CheckMojo mojo) throws Exception {
        write("src/main/portal/WebApplication/web.config", HARDENED_WEB_CONFIG);
        writeCompliantAuthentication();

        mojo.execute();

        assertEquals(
                List.of(
                        NOT_VERIFIABLE_ON_IIS,
                        "[INFO] Bizagi hardening: 2 files read, " + ALL_RULES + " rules run: 0 errors, 0 warnings."),
                log);
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "includes", value = "**/*.config")
    void filesABroadIncludeTakesInButTheCheckLeavesAloneAreNamedAndNotCounted(CheckMojo mojo) throws Exception {
        write("src/main/portal/WebApplication/web.config", HARDENED_WEB_CONFIG);
        write("src/main/portal/WebApplication/NLog.config", "<nlog>\n</nlog>\n");
        write("src/main/portal/WebApplication/log4net.config", "<log4net>\n</log4net>\n");
        writeCompliantAuthentication();

        mojo.execute();

        assertEquals(
                List.of(
                        "[INFO] Bizagi hardening: 2 files the includes take in are not judged, as their root"
                                + " elements are not a web.config's or a web.xml's (they configure nothing the server"
                                + " runs, and are still read where a judged file names them):"
                                + " src/main/portal/WebApplication/NLog.config (<nlog>),"
                                + " src/main/portal/WebApplication/log4net.config (<log4net>).",
                        NOT_VERIFIABLE_ON_IIS,
                        "[INFO] Bizagi hardening: 2 files read, " + ALL_RULES + " rules run: 0 errors, 0 warnings."),
                log);
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "applications", value = "WebServices")
    void anApplicationUnderNoWebConfigIsWarnedOf(CheckMojo mojo) throws Exception {
        write("src/main/portal/WebApplication/web.config", HARDENED_WEB_CONFIG);
        writeCompliantAuthentication();

        mojo.execute();

        assertEquals(
                "[WARNING] Bizagi hardening: the applications entry \"WebServices\" lies under no folder holding a"
                        + " web.config in what the check read, so it changes nothing judged; write its path from the"
                        + " root of the package or folder read, as findings show paths, with any folder the package"
                        + " puts first (an assembly's includeBaseDirectory adds <artifactId>-<version>/).",
                log.get(0));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void violationsFailTheBuildWithFileLineAndRule(CheckMojo mojo) throws Exception {
        write("src/main/portal/WebApplication/web.config", HARDENED_WEB_CONFIG.replace("\"HTTPS\"", "\"HTTP\""));
        writeCompliantAuthentication();

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(
                "Bizagi hardening check found 1 error; each is listed above with its file, line and fix.",
                failure.getMessage());
        assertTrue(
                log.get(0)
                        .startsWith("[ERROR] src/main/portal/WebApplication/web.config:4: [BIZAGI-PROTOCOL-HTTPS]"
                                + " appSettings PROTOCOL is \"HTTP\""),
                log.get(0));
        assertEquals(NOT_VERIFIABLE_ON_IIS, log.get(1));
        assertEquals(
                "[INFO] Bizagi hardening: 2 files read, " + ALL_RULES + " rules run: 1 error, 0 warnings.", log.get(2));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void warnOnlyLogsViolationsAndPasses(CheckMojo mojo) throws Exception {
        write("src/main/portal/WebApplication/web.config", HARDENED_WEB_CONFIG.replace("\"HTTPS\"", "\"HTTP\""));
        writeCompliantAuthentication();

        mojo.execute();

        assertTrue(log.get(0).startsWith("[ERROR] src/main/portal/WebApplication/web.config:4:"), log.get(0));
        assertEquals(
                "[WARNING] Bizagi hardening check found 1 error; each is listed above with its file, line and"
                        + " fix. The build goes on because bizagi.hardening.failOnViolation=false.",
                log.get(3));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void packagedZipIsReadInsteadOfTheSourceFolder(CheckMojo mojo) throws Exception {
        write("src/main/portal/WebApplication/web.config", HARDENED_WEB_CONFIG);
        writeCompliantAuthentication();
        Path zip = basedir.resolve("target/portal-deployment-1.0.0.zip");
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("WebApplication/Web.config"));
            out.write(HARDENED_WEB_CONFIG
                    .replace("\"true\" />\n    <httpRuntime", "\"false\" />\n    <httpRuntime")
                    .getBytes(StandardCharsets.UTF_8));
        }
        projectHelper.attachArtifact(project, "zip", zip.toFile());

        assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(
                log.get(0)
                        .startsWith("[ERROR] target/portal-deployment-1.0.0.zip!/WebApplication/Web.config:7:"
                                + " [ASPNET-COOKIES-SSL]"),
                log.get(0));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void missingAuthenticationSettingsSayWhereAndHow(CheckMojo mojo) throws Exception {
        write("src/main/portal/WebApplication/web.config", HARDENED_WEB_CONFIG);

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(
                error.getMessage()
                        .startsWith("Authentication settings not found: src/main/bizagi/authentication.properties."),
                error.getMessage());
        assertTrue(error.getMessage().contains("mvn bizagi-hardening:init"), error.getMessage());
        assertTrue(error.getMessage().contains("login.maxFailedAttempts"), error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void noConfigurationFileFailsTheBuild(CheckMojo mojo) throws Exception {
        writeCompliantAuthentication();

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(
                "No web.config, WEB-INF/web.xml or bizagi-config.properties found in [target, src/main]; check"
                        + " the includes (patterns matched inside those places), or set"
                        + " bizagi.hardening.failIfNoDescriptors=false if the project holds no configuration.",
                failure.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void companionFilesAloneFailTheBuildAsNoConfigurationFile(CheckMojo mojo) throws Exception {
        // Read only to interpret a web.config; with none, nothing is judged.
        write("src/main/portal/WebApplication/bin/log4net.config", "<log4net />");
        writeCompliantAuthentication();

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(
                failure.getMessage()
                        .startsWith("No web.config, WEB-INF/web.xml or bizagi-config.properties found in [target,"
                                + " src/main]"),
                failure.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void warWithFragmentsButNoWebXmlIsJudgedNotTakenForNoConfiguration(CheckMojo mojo) throws Exception {
        writeCompliantAuthentication();
        attachWar(
                "WEB-INF/lib/session.jar",
                PackagedDeployment.archive(
                        "META-INF/web-fragment.xml",
                        "<web-fragment>\n  <session-config>\n    <session-timeout>600</session-timeout>\n"
                                + "  </session-config>\n</web-fragment>\n"));

        mojo.execute();

        assertTrue(
                log.contains("[ERROR] target/portal.war!/WEB-INF/lib/session.jar!/META-INF/web-fragment.xml:3:"
                        + " [JEE-SESSION-TIMEOUT] session-timeout is 600 minutes; the policy allows 5. Fix: Put"
                        + " <session-timeout>5</session-timeout> in the single <session-config> of web.xml's"
                        + " <web-app>, adding one only if there is none; web.xml overrides web-fragment.xml. Or set"
                        + " it here."),
                String.join("\n", log));
        assertTrue(
                log.contains("[WARNING] target/portal.war!/WEB-INF/web.xml: [JEE-COOKIE-SECURE] This war has no"
                        + " WEB-INF/web.xml; what its fragments leave unset takes the container's default: web.xml"
                        + " does not set cookie-config/secure, so browsers may send the session cookie over plain"
                        + " HTTP. Fix: Put <secure>true</secure> in the <cookie-config> of the single"
                        + " <session-config> of web.xml's <web-app>, adding either only if there is none (Servlet"
                        + " 3.0 or later). The war has no web.xml yet: add WEB-INF/web.xml for it."),
                String.join("\n", log));
        assertTrue(
                log.contains(
                        "[INFO] Bizagi hardening: 1 file read, " + ALL_RULES + " rules run: 2 errors, 5 warnings."),
                String.join("\n", log));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "excludes", value = "**/WEB-INF/web.xml")
    void warIsNotTakenForOneWithoutWebXmlWhenExcludesLeaveWebXmlOut(CheckMojo mojo) throws Exception {
        writeCompliantAuthentication();
        attachWar("WEB-INF/web.xml", "<web-app/>", "WEB-INF/classes/bizagi-config.properties", "PROTOCOL=\"HTTPS\"\n");

        mojo.execute();

        assertEquals(
                List.of("[INFO] Bizagi hardening: 2 files read, " + ALL_RULES + " rules run: 0 errors, 0 warnings."),
                log);
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "excludes", value = "**/Samples/**,**/extra.zip!/Addon/web.config")
    void patternAcrossArchivesIsAConfigurationErrorSayingHowToWriteIt(CheckMojo mojo) throws Exception {
        write("src/main/portal/WebApplication/web.config", HARDENED_WEB_CONFIG);
        writeCompliantAuthentication();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Invalid plugin configuration: excludes (bizagi.hardening.excludes): \"**/extra.zip!/Addon/web.config\""
                        + " holds \"!/\", but patterns are matched against the path inside each archive, from that"
                        + " archive's root, never across archives: write the path inside the nested archive"
                        + " (\"**/Addon/web.config\"), or the nested archive's own path to leave it unopened"
                        + " (\"**/extra.zip\").",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "includes", value = "**/web.config,**/conf.d/webconfig")
    void includeOfANameWithoutAKindIsAConfigurationError(CheckMojo mojo) throws Exception {
        write("src/main/portal/WebApplication/web.config", HARDENED_WEB_CONFIG);
        writeCompliantAuthentication();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(
                error.getMessage()
                        .startsWith("Invalid plugin configuration: includes (bizagi.hardening.includes):"
                                + " \"**/conf.d/webconfig\" names files whose kind the check cannot tell"),
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failIfNoDescriptors", value = "false")
    void noConfigurationFileWarnsWhenAllowed(CheckMojo mojo) throws Exception {
        writeCompliantAuthentication();

        mojo.execute();

        assertTrue(
                log.get(0).startsWith("[WARNING] No web.config, WEB-INF/web.xml or bizagi-config.properties"),
                log.get(0));
        assertEquals(
                "[INFO] Bizagi hardening: 1 file read, " + ALL_RULES + " rules run: 0 errors, 0 warnings.", log.get(1));
        assertEquals(2, log.size(), "nothing was read, so nothing is named as not verifiable: " + log);
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void malformedXmlIsAnExecutionErrorNamingFileAndLine(CheckMojo mojo) throws Exception {
        write("src/main/portal/WebApplication/web.config", "<configuration>\n  <system.web>\n</configuration>\n");
        writeCompliantAuthentication();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "1 configuration file could not be judged; each is listed above with the reason.", error.getMessage());
        assertTrue(
                log.get(0).startsWith("[ERROR] src/main/portal/WebApplication/web.config:3: cannot be parsed: "),
                log.get(0));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "maxSessionMinutes", value = "0")
    void nonPositiveThresholdIsAConfigurationError(CheckMojo mojo) throws Exception {
        writeCompliantAuthentication();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Invalid plugin configuration: maxSessionMinutes (bizagi.hardening.maxSessionMinutes) must be a"
                        + " whole number of 1 or more, not 0.",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "disabledRules", value = "BIZAGI-PROTOCOL-HTTPS")
    void disabledRuleIsNotRunAndNotCounted(CheckMojo mojo) throws Exception {
        write("src/main/portal/WebApplication/web.config", HARDENED_WEB_CONFIG.replace("\"HTTPS\"", "\"HTTP\""));
        writeCompliantAuthentication();

        mojo.execute();

        assertEquals(
                List.of(
                        NOT_VERIFIABLE_ON_IIS,
                        "[INFO] Bizagi hardening: 2 files read, " + (ALL_RULES - 1)
                                + " rules run: 0 errors, 0 warnings."),
                log);
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "profile", value = "lenient")
    void unknownProfileIsAConfigurationError(CheckMojo mojo) throws Exception {
        writeCompliantAuthentication();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Invalid plugin configuration: profile (bizagi.hardening.profile) is \"lenient\"; it must be one"
                        + " of bizagi, cis-iis-l1, strict.",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "disabledRules", value = "ASPNET-TRUST-LEVL")
    void unknownRuleIdIsAConfigurationError(CheckMojo mojo) throws Exception {
        writeCompliantAuthentication();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Invalid plugin configuration: disabledRules (bizagi.hardening.disabledRules) names ASPNET-TRUST-LEVL,"
                        + " which is no rule id; did you mean ASPNET-TRUST-LEVEL? mvn bizagi-hardening:rules lists"
                        + " every rule id.",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void aggregatorWithModulesAndNoArchiveIsSkipped(CheckMojo mojo) throws Exception {
        project.getModel().addModule("portal");

        mojo.execute();

        assertEquals(
                List.of("[INFO] Bizagi hardening check skipped: portal-deployment aggregates modules and"
                        + " packages nothing; each module is checked on its own."),
                log);
    }

    /** Packages {@code entries} (see {@link PackagedDeployment#archive}) as target/portal.war, attached to the project. */
    private void attachWar(Object... entries) throws IOException {
        Path war = basedir.resolve("target/portal.war");
        Files.createDirectories(war.getParent());
        Files.write(war, PackagedDeployment.archive(entries));
        projectHelper.attachArtifact(project, "war", war.toFile());
    }

    private void writeCompliantAuthentication() throws IOException {
        write("src/main/bizagi/authentication.properties", compliantAuthentication());
    }

    private static String compliantAuthentication() {
        return AuthenticationSettingsTemplate.text(Policy.GUIDE);
    }

    private void write(String relative, String text) throws IOException {
        Path file = basedir.resolve(relative);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
