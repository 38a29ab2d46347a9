package dev.hardening.bizagi.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hardening.bizagi.rules.Policy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.inject.Inject;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal on hostile or broken packages: each fails with a {@link MojoExecutionException} naming
 * the file, well within a hang guard, leaving every input byte-identical and nothing new in the project.
 */
@MojoTest
class HostileInputTest {

    /** A guard against hangs, far above the second or two each case takes; not a performance bound. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(2);

    private static final String WEB_CONFIG = "<configuration><system.web/></configuration>";

    @TempDir
    Path basedir;

    @TempDir
    Path elsewhere;

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

    @BeforeEach
    void writeCompliantAuthentication() throws IOException {
        Path file = basedir.resolve("src/main/bizagi/authentication.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, AuthenticationSettingsTemplate.text(Policy.GUIDE));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void corruptZipFailsNamingIt(CheckMojo mojo) throws Exception {
        byte[] zip = zip(Map.of("WebApplication/web.config", WEB_CONFIG.getBytes(StandardCharsets.UTF_8)));
        attach("portal.zip", Arrays.copyOf(zip, zip.length / 2));

        MojoExecutionException error = executeHostile(mojo);

        assertTrue(
                error.getMessage()
                        .startsWith(
                                "target/portal.zip: cannot be read as a zip archive: it is truncated, corrupt or not a zip ("),
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "formats", value = "all")
    void anArchiveThatCannotBeReadIsStillInEveryReport(CheckMojo mojo) throws Exception {
        byte[] zip = zip(Map.of("WebApplication/web.config", WEB_CONFIG.getBytes(StandardCharsets.UTF_8)));
        attach("portal.zip", Arrays.copyOf(zip, zip.length / 2));

        MojoExecutionException error = executeHostile(mojo);

        // A CI step that publishes the reports after a failed build must find them, the error in them.
        Path reports = basedir.resolve("target/bizagi-hardening");
        JsonNode json = new ObjectMapper()
                .readTree(reports.resolve("bizagi-hardening.json").toFile());
        assertEquals(1, json.path("summary").path("malformed").asInt());
        assertEquals(
                "target/portal.zip", json.path("malformed").path(0).path("file").asText());
        assertEquals(
                error.getMessage(),
                json.path("malformed").path(0).path("message").asText());
        String junit = Files.readString(reports.resolve("TEST-bizagi-hardening.xml"));
        assertTrue(junit.contains("type=\"malformed\""), junit);
        // No rule ran, so none is shown as passed.
        assertTrue(junit.contains("tests=\"1\""), junit);
        assertEquals(
                "error",
                new ObjectMapper()
                        .readTree(reports.resolve("bizagi-hardening.sarif").toFile())
                        .path("runs")
                        .path(0)
                        .path("invocations")
                        .path(0)
                        .path("toolExecutionNotifications")
                        .path(0)
                        .path("level")
                        .asText());
        assertTrue(Files.isRegularFile(reports.resolve("bizagi-hardening.html")));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void entryThatClimbsOutFailsNamingArchiveAndEntry(CheckMojo mojo) throws Exception {
        attach(
                "portal.zip",
                zip(Map.of(
                        "WebApplication/web.config", WEB_CONFIG.getBytes(StandardCharsets.UTF_8),
                        "WebApplication/../../../etc/web.config", WEB_CONFIG.getBytes(StandardCharsets.UTF_8))));

        MojoExecutionException error = executeHostile(mojo);

        assertEquals(
                "target/portal.zip: the entry \"WebApplication/../../../etc/web.config\" climbs out of the"
                        + " archive; a server unpacking the package would write it outside its folder (zip slip)."
                        + " Rebuild the package without it.",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void descriptorThatInflatesPastItsLimitFailsNamingIt(CheckMojo mojo) throws Exception {
        // 40 MiB of spaces deflate to about 40 KiB.
        byte[] huge = " ".repeat(40 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        attach("portal.zip", zip(Map.of("BizAgi.war", zip(Map.of("WEB-INF/web.xml", huge)))));

        MojoExecutionException error = executeHostile(mojo);

        assertEquals(
                "target/portal.zip!/BizAgi.war!/WEB-INF/web.xml: larger than 33554432 bytes;"
                        + " a configuration file this large is not read",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "maxNestingDepth", value = "2")
    void archivesNestedTooDeepFailNamingTheDeepestOne(CheckMojo mojo) throws Exception {
        byte[] war = zip(Map.of("WEB-INF/web.xml", "<web-app/>".getBytes(StandardCharsets.UTF_8)));
        attach("portal.zip", zip(Map.of("a.zip", zip(Map.of("b.ear", zip(Map.of("c.war", war)))))));

        MojoExecutionException error = executeHostile(mojo);

        assertEquals(
                "target/portal.zip!/a.zip!/b.ear!/c.war: archives are nested more than 2 deep;"
                        + " raise bizagi.hardening.maxNestingDepth or exclude it",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void nestedArchiveThatIsNotAZipFailsNamingIt(CheckMojo mojo) throws Exception {
        attach("portal.zip", zip(Map.of("BizAgi.war", "<html>not a war</html>".getBytes(StandardCharsets.UTF_8))));

        MojoExecutionException error = executeHostile(mojo);

        assertTrue(
                error.getMessage().startsWith("target/portal.zip!/BizAgi.war: not a zip archive, though named"),
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void fiftyMegabyteWebConfigInTheSourcesFailsNamingIt(CheckMojo mojo) throws Exception {
        Path webConfig = basedir.resolve("src/main/portal/WebApplication/web.config");
        Files.createDirectories(webConfig.getParent());
        try (Writer out = Files.newBufferedWriter(webConfig, StandardCharsets.UTF_8)) {
            out.write("<configuration>\n");
            String line = "  <add key=\"k\" value=\"v\" />\n";
            for (int i = 0; i < 50 * 1024 * 1024 / line.length(); i++) {
                out.write(line);
            }
            out.write("</configuration>\n");
        }

        MojoExecutionException error = executeHostile(mojo);

        assertEquals(
                "src/main/portal/WebApplication/web.config: larger than 33554432 bytes;"
                        + " a configuration file this large is not read",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failIfNoDescriptors", value = "false")
    void linkToAFolderOutsideIsNamedWithWhereItPoints(CheckMojo mojo) throws Exception {
        Files.writeString(elsewhere.resolve("web.config"), WEB_CONFIG);
        Path portal = Files.createDirectories(basedir.resolve("src/main/portal"));
        Files.createSymbolicLink(portal.resolve("shared"), elsewhere);
        Map<String, String> before = hashes(basedir);

        assertTimeoutPreemptively(HANG_GUARD, mojo::execute);

        assertEquals(
                "[WARNING] src/main/portal/shared: a link to " + elsewhere + ", not followed; the check reads no"
                        + " file through a link, so nothing outside the project.",
                log.get(0));
        assertEquals(before, hashes(basedir));
    }

    /**
     * Runs the check expecting it to fail on its input, and asserts that it changed nothing in the
     * project folder: every file keeps its hash and nothing is added outside {@code target}.
     */
    private MojoExecutionException executeHostile(CheckMojo mojo) throws IOException {
        Map<String, String> before = hashes(basedir);

        MojoExecutionException error =
                assertThrows(MojoExecutionException.class, () -> assertTimeoutPreemptively(HANG_GUARD, mojo::execute));

        Map<String, String> after = hashes(basedir);
        after.keySet().removeIf(path -> path.startsWith("target/") && !before.containsKey(path));
        assertEquals(before, after);
        return error;
    }

    /** Writes {@code content} to {@code target/<name>} and attaches it to the project, as packaging would. */
    private void attach(String name, byte[] content) throws IOException {
        Path file = basedir.resolve("target").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        projectHelper.attachArtifact(project, "zip", file.toFile());
    }

    /** A zip holding {@code entries}, in name order. */
    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The SHA-256 of every file under {@code folder} by relative path with {@code /}; links not followed. */
    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (Files.isSymbolicLink(file)) {
                    hashes.put(relative, "link to " + Files.readSymbolicLink(file));
                } else if (Files.isRegularFile(file)) {
                    hashes.put(relative, sha256(file));
                } else {
                    hashes.put(relative, "folder");
                }
            }
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
