package dev.hardening.bizagi.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentScannerTest {

    @TempDir
    Path temp;

    @Test
    void displayNamesAreRelativeToTheProjectWithForwardSlashes() {
        DeploymentScanner scanner = scanner(temp.resolve("project"));

        assertEquals("target/portal.zip", scanner.displayName(temp.resolve("project/target/portal.zip")));
        assertEquals("src/main", scanner.displayName(temp.resolve("project/./src/../src/main")));
        assertEquals(".", scanner.displayName(temp.resolve("project")));
        assertEquals(
                temp.resolve("elsewhere/portal.zip").toAbsolutePath().toString().replace('\\', '/'),
                scanner.displayName(temp.resolve("elsewhere/portal.zip")));
    }

    @Test
    void readableArchivesAreToldByExtensionInAnyCase() {
        assertTrue(DeploymentScanner.isReadableArchive(Path.of("target/portal.ZIP")));
        assertTrue(DeploymentScanner.isReadableArchive(Path.of("target/BizAgi.war")));
        assertTrue(DeploymentScanner.isReadableArchive(Path.of("target/bizagi.ear")));
        assertTrue(DeploymentScanner.isReadableArchive(Path.of("target/lib.jar")));
        assertTrue(DeploymentScanner.isReadableArchive(Path.of("target/portal.TAR.GZ")));
        assertTrue(DeploymentScanner.isReadableArchive(Path.of("target/portal.tbz2")));
        assertFalse(DeploymentScanner.isReadableArchive(Path.of("target/portal.tar.xz")));
        assertFalse(DeploymentScanner.isReadableArchive(Path.of("pom.xml")));
    }

    @Test
    void packagesAreArchivesOfEveryKindAToolMakesAndTheFinalNameIsToldFromAnotherRelease() throws Exception {
        assertTrue(DeploymentScanner.isPackage(Path.of("target/portal.7z")));
        assertTrue(DeploymentScanner.isPackage(Path.of("target/portal.tar.xz")));
        assertFalse(DeploymentScanner.isPackage(Path.of("target/bom.json")));
        assertFalse(DeploymentScanner.isPackage(Path.of("target/portal.zip.asc")));

        assertTrue(DeploymentScanner.isNamedFor(Path.of("portal-1.0.zip"), "portal-1.0"));
        assertTrue(DeploymentScanner.isNamedFor(Path.of("portal-1.0-bin.tar.gz"), "portal-1.0"));
        assertTrue(DeploymentScanner.isNamedFor(Path.of("portal-1.0.tar.gz"), "portal-1.0"));
        assertTrue(DeploymentScanner.isNamedFor(Path.of("portal-1.0.tar.bz2"), "portal-1.0"));
        assertFalse(DeploymentScanner.isNamedFor(Path.of("portal-1.0-M1.zip"), "portal-1.0"));
        assertTrue(DeploymentScanner.isNamedFor(Path.of("portal-1.0-release.zip"), "portal-1.0"));
        assertFalse(DeploymentScanner.isNamedFor(Path.of("portal-1.0-SNAPSHOT.zip"), "portal-1.0"));
        assertFalse(DeploymentScanner.isNamedFor(Path.of("portal-1.0-RC1.zip"), "portal-1.0"));
        assertFalse(DeploymentScanner.isNamedFor(Path.of("portal-1.0.1.zip"), "portal-1.0"));
        assertFalse(DeploymentScanner.isNamedFor(Path.of("portal-0.9.zip"), "portal"));
        assertFalse(DeploymentScanner.isNamedFor(Path.of("WorkPortal.zip"), "portal-1.0"));

        Path target = Files.createDirectories(temp.resolve("target"));
        for (String name :
                List.of("a.zip", "a-sources.jar", "a-tests.jar", "a-sources.tar.gz", "a.war", "bom.json", "a.7z")) {
            Files.write(target.resolve(name), new byte[0]);
        }
        assertEquals(
                List.of("a.7z", "a.war", "a.zip"),
                DeploymentScanner.packagesIn(target).stream()
                        .map(path -> path.getFileName().toString())
                        .toList());
    }

    @Test
    void archivesAreScannedWithProjectRelativeDisplayPaths() throws Exception {
        Path project = temp.resolve("project");
        Path zip = TestArchives.zip()
                .with("deploy/app.war", TestArchives.zip().with("WEB-INF/web.xml", "<web-app/>"))
                .writeTo(project.resolve("target/x.zip"));
        Path war = TestArchives.zip()
                .with("WEB-INF/classes/bizagi-config.properties", "PROTOCOL=HTTPS")
                .writeTo(project.resolve("target/y.war"));

        List<Descriptor> found = scanner(project).scanArchives(List.of(zip, war));

        assertEquals(
                List.of(
                        "target/x.zip!/deploy/app.war!/WEB-INF/web.xml",
                        "target/y.war!/WEB-INF/classes/bizagi-config.properties"),
                found.stream().map(Descriptor::displayPath).toList());
    }

    @Test
    void unreadableArchiveFailsTheWholeScanNamingIt() throws Exception {
        Path project = temp.resolve("project");
        Path good = TestArchives.zip().with("web.config", "<configuration/>").writeTo(project.resolve("target/a.zip"));
        Path bad = Files.writeString(project.resolve("target/b.zip"), "not a zip");

        InputException e =
                assertThrows(InputException.class, () -> scanner(project).scanArchives(List.of(good, bad)));

        assertTrue(
                e.getMessage()
                        .startsWith(
                                "target/b.zip: cannot be read as a zip archive: it is truncated, corrupt or not a zip ("),
                e.getMessage());
    }

    @Test
    void foldersAreScannedAndLinksNamed() throws Exception {
        Path project = temp.resolve("project");
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("web.config"), "<configuration/>");
        Path webApplication = Files.createDirectories(project.resolve("src/main/WebApplication"));
        Files.writeString(webApplication.resolve("web.config"), "<configuration/>");
        Files.createSymbolicLink(webApplication.resolve("shared"), outside);
        Map<String, String> before = TestArchives.hashes(temp);

        DeploymentScanner scanner = scanner(project);
        List<Descriptor> found = scanner.scanFolders(List.of(project.resolve("target"), project.resolve("src/main")));

        assertEquals(
                List.of("src/main/WebApplication/web.config"),
                found.stream().map(Descriptor::displayPath).toList());
        assertEquals(Map.of("src/main/WebApplication/shared", outside.toString()), scanner.skippedLinks());
        assertEquals(before, TestArchives.hashes(temp));
    }

    @Test
    void fiftyMegabyteDescriptorInAFolderFailsNamingIt() throws Exception {
        Path project = temp.resolve("project");
        Path webConfig = writeLargeXml(project.resolve("src/main/WebApplication/web.config"));

        InputException e = assertThrows(
                InputException.class, () -> scanner(project).scanFolders(List.of(project.resolve("src/main"))));

        assertEquals(
                "src/main/WebApplication/web.config: larger than 33554432 bytes;"
                        + " a configuration file this large is not read",
                e.getMessage());
        assertEquals(50L * 1024 * 1024, Files.size(webConfig));
    }

    @Test
    void fiftyMegabyteDescriptorInAnArchiveFailsNamingIt() throws Exception {
        Path project = temp.resolve("project");
        Path xml = writeLargeXml(temp.resolve("web.xml"));
        Path war = TestArchives.zip()
                .with("WEB-INF/web.xml", Files.readAllBytes(xml))
                .writeTo(project.resolve("target/app.war"));

        InputException e =
                assertThrows(InputException.class, () -> scanner(project).scanArchives(List.of(war)));

        assertEquals(
                "target/app.war!/WEB-INF/web.xml: larger than 33554432 bytes;"
                        + " a configuration file this large is not read",
                e.getMessage());
    }

    /** Writes well-formed XML of exactly 50 MiB to {@code file}: a root holding repeated elements. */
    private static Path writeLargeXml(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        String head = "<configuration>\n";
        String tail = "</configuration>\n";
        String line = "  <add key=\"k\" value=\"v\" />\n";
        long size = 50L * 1024 * 1024;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head);
            long body = size - head.length() - tail.length();
            for (long i = 0; i < body / line.length(); i++) {
                out.write(line);
            }
            out.write(" ".repeat((int) (body % line.length())));
            out.write(tail);
        }
        return file;
    }

    private static DeploymentScanner scanner(Path project) {
        return new DeploymentScanner(project, DescriptorSelector.defaults(), ReadLimits.DEFAULT);
    }
}
