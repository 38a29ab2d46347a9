package dev.hardening.bizagi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the project file a packaged entry was copied from. */
class PackagedSourcesTest {

    @TempDir
    Path root;

    @Test
    void identicalCopyIsFoundWithTheFindingsLine() throws IOException {
        SampleReports.writeProject(root);

        assertEquals(
                Optional.of(new SourceOrigin(SampleReports.SOURCE, 7, "identical")),
                new PackagedSources(root).originOf(SampleReports.PACKAGED, 7));
    }

    @Test
    void aSourceInAnotherModuleOfTheBuildIsFoundFromThisOne() throws IOException {
        Path zipModule = root.resolve("portal-zip");
        Path webModule = root.resolve("portal-web");
        SampleReports.writeProject(zipModule);
        Files.createDirectories(webModule);
        Files.move(zipModule.resolve("src"), webModule.resolve("src"));

        assertEquals(Optional.empty(), new PackagedSources(zipModule).originOf(SampleReports.PACKAGED, 7));
        assertEquals(
                Optional.of(new SourceOrigin("../portal-web/" + SampleReports.SOURCE, 7, "identical")),
                new PackagedSources(zipModule, List.of(zipModule, webModule)).originOf(SampleReports.PACKAGED, 7));
    }

    @Test
    void thisProjectsOwnSourceWinsOverTheSameFileInAnotherModule() throws IOException {
        Path portal = root.resolve("portal");
        Path other = root.resolve("other");
        SampleReports.writeProject(portal);
        SampleReports.writeProject(other);

        assertEquals(
                Optional.of(new SourceOrigin(SampleReports.SOURCE, 7, "identical")),
                new PackagedSources(portal, List.of(portal, other)).originOf(SampleReports.PACKAGED, 7));
    }

    @Test
    void aFileOfTheSameNameAloneInThisProjectIsNotTakenForAnotherModulesSource() throws IOException {
        Path ear = root.resolve("ear");
        Path war = root.resolve("api-war");
        Files.createDirectories(ear.resolve("src/main/application/lib/config"));
        Files.writeString(ear.resolve("src/main/application/lib/config/bizagi-config.properties"), "PROTOCOL=HTTPS\n");
        Files.createDirectories(war.resolve("src/main/resources"));
        Files.writeString(war.resolve("src/main/resources/bizagi-config.properties"), "PROTOCOL=HTTP\n");
        String packaged = "target/ear-1.0.ear!/api-war.war!/WEB-INF/classes/bizagi-config.properties";

        // Only the name matches either file, and a nested entry's bytes are not compared: no source is given.
        assertEquals(Optional.empty(), new PackagedSources(ear, List.of(ear, war)).originOf(packaged, 1));
        // A build that does not hold the war's module cannot know of its file: the only one of that name is
        // taken, as the one file whose name matches always is.
        assertEquals(
                Optional.of(
                        new SourceOrigin("src/main/application/lib/config/bizagi-config.properties", 1, "same-name")),
                new PackagedSources(ear).originOf(packaged, 1));
    }

    @Test
    void anEntryAtANestedArchivesRootWhoseNameTwoModulesHoldHasNoSource() throws IOException {
        Path zip = root.resolve("portal-zip");
        Path web = root.resolve("portal-web");
        Files.createDirectories(zip.resolve("src/main/zip"));
        Files.writeString(zip.resolve("src/main/zip/web.config"), "<configuration/>\n");
        Files.createDirectories(web.resolve("src/main/webapp"));
        Files.writeString(web.resolve("src/main/webapp/web.config"), "<configuration/>\n");
        String packaged = "target/portal-1.0.zip!/inner.zip!/web.config";

        // The name is all either shares with the entry, and a nested entry's bytes are not compared.
        assertEquals(Optional.empty(), new PackagedSources(zip, List.of(zip, web)).originOf(packaged, 1));
        assertEquals(
                Optional.of(new SourceOrigin("src/main/zip/web.config", 1, "same-name")),
                new PackagedSources(zip).originOf(packaged, 1));
    }

    @Test
    void filteredCopyIsFoundByItsPathAlone() throws IOException {
        SampleReports.writeProject(root);
        write(SampleReports.SOURCE, SampleReports.WEB_CONFIG.replace("HTTP\"", "${protocol}\""));

        assertEquals(
                Optional.of(new SourceOrigin(SampleReports.SOURCE, 4, "same-name")),
                new PackagedSources(root).originOf(SampleReports.PACKAGED, 4));
    }

    @Test
    void longestPathTailWinsOverAnotherFileOfTheSameName() throws IOException {
        SampleReports.writeProject(root);
        write("src/main/portal/web.config", "<configuration/>");

        assertEquals(
                SampleReports.SOURCE,
                new PackagedSources(root)
                        .originOf(SampleReports.PACKAGED, 4)
                        .orElseThrow()
                        .file());
    }

    @Test
    void tieWithoutIdenticalBytesGivesNoSource() throws IOException {
        SampleReports.writeProject(root);
        write(SampleReports.SOURCE, "<configuration><!-- changed --></configuration>");
        write("src/main/other/WebApplication/web.config", "<configuration><!-- other --></configuration>");

        assertEquals(Optional.empty(), new PackagedSources(root).originOf(SampleReports.PACKAGED, 4));
    }

    @Test
    void tieIsSettledByIdenticalBytes() throws IOException {
        SampleReports.writeProject(root);
        write("src/main/other/WebApplication/web.config", "<configuration><!-- other --></configuration>");

        assertEquals(
                Optional.of(new SourceOrigin(SampleReports.SOURCE, 4, "identical")),
                new PackagedSources(root).originOf(SampleReports.PACKAGED, 4));
    }

    @Test
    void entryOfANestedArchiveIsMatchedByPath() throws IOException {
        write("src/main/webapp/WEB-INF/web.xml", "<web-app/>");

        assertEquals(
                Optional.of(new SourceOrigin("src/main/webapp/WEB-INF/web.xml", 3, "same-name")),
                new PackagedSources(root).originOf("target/portal.zip!/portal.war!/WEB-INF/web.xml", 3));
    }

    @Test
    void fileOnDiskOrWithoutSourceHasNone() throws IOException {
        SampleReports.writeProject(root);

        assertEquals(Optional.empty(), new PackagedSources(root).originOf(SampleReports.SOURCE, 4));
        assertEquals(Optional.empty(), new PackagedSources(root).originOf(SampleReports.ZIP + "!/Other.config", 4));
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
