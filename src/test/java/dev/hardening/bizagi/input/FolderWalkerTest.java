package dev.hardening.bizagi.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWalkerTest {

    private static final String WEB_CONFIG = "<configuration/>";

    @TempDir
    Path temp;

    private final FolderWalker walker = new FolderWalker(DescriptorSelector.defaults(), ReadLimits.DEFAULT);

    @Test
    void descriptorsAreFoundUnderAnySpellingOfTheirName() throws Exception {
        Path main = temp.resolve("src/main");
        write(main.resolve("WebApplication/Web.Config"), WEB_CONFIG);
        write(main.resolve("WebApplication/Web.Release.config"), WEB_CONFIG);
        write(main.resolve("webapp/WEB-INF/web.xml"), "<web-app/>");
        write(main.resolve("webapp/web.xml"), "<web-app/>");
        write(main.resolve("resources/bizagi-config.properties"), "PROTOCOL=HTTPS\n");

        List<Descriptor> found = walk(main, "src/main");

        assertEquals(
                List.of(
                        "src/main/WebApplication/Web.Config WEB_CONFIG",
                        "src/main/WebApplication/Web.Release.config COMPANION",
                        "src/main/resources/bizagi-config.properties BIZAGI_CONFIG",
                        "src/main/webapp/WEB-INF/web.xml WEB_XML"),
                found.stream().map(d -> d.displayPath() + " " + d.kind()).toList());
        assertEquals("src/main", found.get(0).container());
        assertEquals("WebApplication/Web.Config", found.get(0).path());
        assertEquals(WEB_CONFIG, new String(found.get(0).content(), StandardCharsets.UTF_8));
    }

    @Test
    void missingFolderIsPassedOver() throws Exception {
        assertEquals(List.of(), walk(temp.resolve("absent"), "absent"));
    }

    @Test
    void linkToAFolderOutsideIsNotFollowed() throws Exception {
        Path outside = temp.resolve("outside");
        write(outside.resolve("web.config"), "<configuration><secret/></configuration>");
        Path project = temp.resolve("project");
        write(project.resolve("WebApplication/web.config"), WEB_CONFIG);
        Files.createSymbolicLink(project.resolve("WebApplication/Linked"), outside);

        List<Descriptor> found = walk(project, "project");

        assertEquals(
                List.of("project/WebApplication/web.config"),
                found.stream().map(Descriptor::displayPath).toList());
        assertEquals(Map.of("project/WebApplication/Linked", outside.toString()), walker.skippedLinks());
    }

    @Test
    void linkToAFileOutsideIsNotFollowed() throws Exception {
        Path outside = write(temp.resolve("outside/web.config"), "<configuration><secret/></configuration>");
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("WebApplication"));
        Files.createSymbolicLink(project.resolve("WebApplication/web.config"), outside);

        List<Descriptor> found = walk(project, "project");

        assertEquals(List.of(), found);
        assertEquals(Map.of("project/WebApplication/web.config", outside.toString()), walker.skippedLinks());
    }

    @Test
    void folderThatIsItselfALinkIsNotFollowed() throws Exception {
        Path outside = temp.resolve("outside");
        write(outside.resolve("web.config"), WEB_CONFIG);
        Path src = Files.createDirectories(temp.resolve("project/src"));
        Path main = Files.createSymbolicLink(src.resolve("main"), outside);

        List<Descriptor> found = walk(main, "src/main");

        assertEquals(List.of(), found);
        assertEquals(Map.of("src/main", outside.toString()), walker.skippedLinks());
    }

    @Test
    void relativeLinkIsNamedWithTheAbsolutePathItPointsTo() throws Exception {
        Path outside = write(temp.resolve("outside/secret.config"), WEB_CONFIG);
        Path project = temp.resolve("project");
        Path folder = Files.createDirectories(project.resolve("WebApplication"));
        Files.createSymbolicLink(folder.resolve("web.config"), Path.of("../../outside/secret.config"));

        List<Descriptor> found = walk(project, "project");

        assertEquals(List.of(), found);
        assertEquals(
                Map.of(
                        "project/WebApplication/web.config",
                        outside.toAbsolutePath().toString()),
                walker.skippedLinks());
    }

    @Test
    void oversizedFileFailsNamingIt() throws Exception {
        write(temp.resolve("main/WebApplication/web.config"), "x".repeat(101));
        FolderWalker small = new FolderWalker(DescriptorSelector.defaults(), new ReadLimits(100, 4));

        InputException e =
                assertThrows(InputException.class, () -> small.walk(temp.resolve("main"), "src/main", d -> {}));

        assertEquals(
                "src/main/WebApplication/web.config: larger than 100 bytes;"
                        + " a configuration file this large is not read",
                e.getMessage());
    }

    @Test
    void filesAreByteIdenticalAfterAWalk() throws Exception {
        write(temp.resolve("WebApplication/web.config"), WEB_CONFIG);
        write(temp.resolve("WEB-INF/web.xml"), "<web-app/>");
        write(temp.resolve("bizagi-config.properties"), "PROTOCOL=HTTPS\n");
        Map<String, String> before = TestArchives.hashes(temp);

        List<Descriptor> found = walk(temp, "");

        assertEquals(3, found.size());
        assertEquals(before, TestArchives.hashes(temp));
    }

    @Test
    void archivesInTheFolderAreNotOpened() throws Exception {
        TestArchives.zip().with("web.config", WEB_CONFIG).writeTo(temp.resolve("target/app.zip"));

        assertTrue(walk(temp, "").isEmpty());
    }

    private List<Descriptor> walk(Path folder, String displayName) throws InputException {
        List<Descriptor> found = new ArrayList<>();
        walker.walk(folder, displayName, found::add);
        return found;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
