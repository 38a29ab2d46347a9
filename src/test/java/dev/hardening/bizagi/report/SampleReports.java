package dev.hardening.bizagi.report;

import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Profile;
import dev.hardening.bizagi.rules.RuleCatalog;
import dev.hardening.bizagi.rules.RuleSelection;
import dev.hardening.bizagi.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small deployment project on disk (a packaged zip whose web.config is a copy of the project's
 * source file) and a check result over it with every kind of entry the reports write: an error in the
 * archive, a warning and a note in a folder file, suppressed findings, an unreadable file.
 */
final class SampleReports {

    static final String ZIP = "target/portal-1.0.0.zip";
    static final String PACKAGED = ZIP + "!/WebApplication/web.config";
    static final String SOURCE = "src/main/portal/WebApplication/web.config";
    static final String TRANSFORM = "src/main/portal/WebApplication/Web.Release.config";
    static final ToolInfo TOOL =
            new ToolInfo("bizagi-hardening-maven-plugin", "9.9.9", "https://example.org/bizagi-hardening");

    static final String WEB_CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="PROTOCOL" value="HTTP" />
              </appSettings>
              <system.web>
                <compilation debug="true" />
                <trace enabled="true" />
              </system.web>
            </configuration>
            """;

    private SampleReports() {}

    /** Writes the project's source web.config and the zip that packages it, unchanged. */
    static void writeProject(Path root) throws IOException {
        Path source = root.resolve(SOURCE);
        Files.createDirectories(source.getParent());
        Files.writeString(source, WEB_CONFIG, StandardCharsets.UTF_8);
        Path zip = root.resolve(ZIP);
        Files.createDirectories(zip.getParent());
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("WebApplication/web.config"));
            out.write(WEB_CONFIG.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    /** The protocol error in the archive, at line 4. */
    static Finding protocolError() {
        return new Finding(
                "BIZAGI-PROTOCOL-HTTPS",
                Severity.ERROR,
                new SourceLocation(PACKAGED, 4, "/configuration/appSettings/add[1]"),
                "appSettings PROTOCOL is \"HTTP\", not HTTPS, so Bizagi serves its links over plain HTTP.",
                "Set <add key=\"PROTOCOL\" value=\"HTTPS\"/> in <appSettings>.");
    }

    /** The check result the tests write, its lists in the order given (the reports sort them). */
    static CheckResult result() {
        RuleSelection selection = RuleSelection.of(RuleCatalog.standard(), Profile.BIZAGI, Map.of());
        List<Finding> findings = new ArrayList<>(List.of(
                new Finding(
                        "IIS-IP-ALLOWLIST",
                        Severity.WARNING,
                        new SourceLocation(TRANSFORM, 2, "/configuration"),
                        "No ipSecurity <allowUnlisted=\"false\"> & no allow list.",
                        "Add <ipSecurity allowUnlisted=\"false\"> under <system.webServer><security>."),
                protocolError(),
                new Finding(
                        "ASPNET-DEBUG-OFF",
                        Severity.INFO,
                        new SourceLocation(TRANSFORM, 1, ""),
                        "A note with \"quotes\" and <markup>.",
                        "Nothing to do.")));
        List<SuppressedFinding> suppressed = List.of(
                new SuppressedFinding(
                        new Finding(
                                "ASPNET-TRACE-OFF",
                                Severity.ERROR,
                                new SourceLocation(PACKAGED, 8, "/configuration/system.web/trace"),
                                "system.web/trace/@enabled is \"true\".",
                                "Set <trace enabled=\"false\"/>."),
                        "inline",
                        "tracing is needed in the test environment until 2027"),
                new SuppressedFinding(
                        new Finding(
                                "ASPNET-DEBUG-OFF",
                                Severity.ERROR,
                                new SourceLocation(PACKAGED, 7, "/configuration/system.web/compilation"),
                                "compilation/@debug is \"true\".",
                                "Set <compilation debug=\"false\"/>."),
                        "pom",
                        "accepted by the security team, ticket SEC-12"));
        List<MalformedDescriptorException> malformed = List.of(new MalformedDescriptorException(
                "target/portal-1.0.0.zip!/WebServices/web.config", 3, "element type \"system.web\" not closed", null));
        return new CheckResult(
                findings,
                suppressed,
                malformed,
                3,
                selection.active(),
                List.of("TLS protocol versions and cipher suites (SCHANNEL registry)"),
                Set.of());
    }

    /** {@link #result()} with every list reversed, which must not change a byte of any report. */
    static CheckResult reversed() {
        CheckResult result = result();
        return new CheckResult(
                reverse(result.findings()),
                reverse(result.suppressed()),
                reverse(result.malformed()),
                result.filesRead(),
                reverse(result.rules()),
                result.notVerifiable(),
                result.absentFiles());
    }

    private static <T> List<T> reverse(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
