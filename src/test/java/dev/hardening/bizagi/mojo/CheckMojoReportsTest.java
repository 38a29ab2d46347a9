package dev.hardening.bizagi.mojo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hardening.bizagi.rules.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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

/** The check goal's report wiring: which files it writes, where, when, and what a bad format raises. */
@MojoTest
class CheckMojoReportsTest {

    private static final String HTTP_WEB_CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="PROTOCOL" value="HTTP" />
              </appSettings>
            </configuration>
            """;

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
    @MojoParameter(name = "formats", value = "all")
    void everyReportIsWrittenBeforeTheBuildFails(CheckMojo mojo) throws Exception {
        writeProject();

        assertThrows(MojoFailureException.class, mojo::execute);

        for (String name : List.of(
                "bizagi-hardening.sarif",
                "bizagi-hardening.json",
                "TEST-bizagi-hardening.xml",
                "bizagi-hardening.html")) {
            Path report = basedir.resolve("target/bizagi-hardening").resolve(name);
            assertTrue(Files.isRegularFile(report), report.toString());
            assertTrue(
                    Files.readString(report, StandardCharsets.UTF_8).contains("BIZAGI-PROTOCOL-HTTPS"),
                    report.toString());
        }
        assertEquals(
                List.of(
                        "[INFO] Bizagi hardening: sarif report written to"
                                + " target/bizagi-hardening/bizagi-hardening.sarif",
                        "[INFO] Bizagi hardening: json report written to target/bizagi-hardening/bizagi-hardening.json",
                        "[INFO] Bizagi hardening: junit report written to"
                                + " target/bizagi-hardening/TEST-bizagi-hardening.xml",
                        "[INFO] Bizagi hardening: html report written to target/bizagi-hardening/bizagi-hardening.html"),
                log.subList(log.size() - 4, log.size()));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void noFormatsWritesNoReport(CheckMojo mojo) throws Exception {
        writeProject();

        mojo.execute();

        assertFalse(Files.exists(basedir.resolve("target/bizagi-hardening")));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "sarif,pdf")
    void unknownFormatIsAConfigurationErrorNamingTheAllowedOnes(CheckMojo mojo) throws Exception {
        writeProject();

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Invalid plugin configuration: formats (bizagi.hardening.formats): unknown report format \"pdf\";"
                        + " the formats are sarif, json, junit, html, all.",
                error.getMessage());
        assertEquals(List.of(), log);
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "junit")
    @MojoParameter(name = "outputDirectory", value = "${project.basedir}/reports")
    @MojoParameter(name = "failOnViolation", value = "false")
    void outputDirectoryCanBeMoved(CheckMojo mojo) throws Exception {
        writeProject();

        mojo.execute();

        assertTrue(Files.isRegularFile(basedir.resolve("reports/TEST-bizagi-hardening.xml")));
        assertEquals(
                "[INFO] Bizagi hardening: junit report written to reports/TEST-bizagi-hardening.xml",
                log.get(log.size() - 2));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "all")
    @MojoParameter(name = "failOnViolation", value = "false")
    void aSecondRunWritesByteIdenticalReports(CheckMojo mojo) throws Exception {
        writeProject();
        Path reports = basedir.resolve("target/bizagi-hardening");

        mojo.execute();
        Map<String, byte[]> first = new TreeMap<>();
        try (Stream<Path> files = Files.list(reports)) {
            for (Path file : files.toList()) {
                first.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        mojo.execute();

        assertEquals(4, first.size(), first.keySet().toString());
        for (Map.Entry<String, byte[]> report : first.entrySet()) {
            assertArrayEquals(report.getValue(), Files.readAllBytes(reports.resolve(report.getKey())), report.getKey());
        }
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "sarif")
    @MojoParameter(name = "failOnViolation", value = "false")
    void inlineSuppressionReachesSarifAsAnInSourceSuppression(CheckMojo mojo) throws Exception {
        writeProject();
        write(
                "src/main/portal/WebApplication/web.config",
                HTTP_WEB_CONFIG.replace(
                        "    <add key=\"PROTOCOL\"",
                        "    <!-- bizagi-hardening:ignore BIZAGI-PROTOCOL-HTTPS reason: TLS ends at the proxy -->\n"
                                + "    <add key=\"PROTOCOL\""));

        mojo.execute();

        JsonNode results = new ObjectMapper()
                .readTree(basedir.resolve("target/bizagi-hardening/bizagi-hardening.sarif")
                        .toFile())
                .path("runs")
                .path(0)
                .path("results");
        JsonNode protocol = null;
        for (JsonNode result : results) {
            if (result.path("ruleId").asText().equals("BIZAGI-PROTOCOL-HTTPS")) {
                protocol = result;
            }
        }
        assertNotNull(protocol, results.toString());
        assertEquals(
                "inSource", protocol.path("suppressions").path(0).path("kind").asText());
        assertEquals(
                "TLS ends at the proxy",
                protocol.path("suppressions").path(0).path("justification").asText());
    }

    private void writeProject() throws IOException {
        write("src/main/portal/WebApplication/web.config", HTTP_WEB_CONFIG);
        write("src/main/bizagi/authentication.properties", AuthenticationSettingsTemplate.text(Policy.GUIDE));
    }

    private void write(String relative, String text) throws IOException {
        Path file = basedir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
