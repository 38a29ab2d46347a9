package dev.hardening.bizagi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorKind;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SafeXmlReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * External sections as .NET reads them: {@code appSettings file} merged after the inline entries,
 * {@code configSource} replacing the section, both resolved inside the package and reported, never
 * skipped, when they cannot be read.
 */
class ExternalSectionsTest {

    private static final String PACKAGE = "target/portal.zip";
    private static final String WEB_CONFIG = "WebApplication/web.config";
    private static final String SHOWN = PACKAGE + "!/" + WEB_CONFIG;

    private final SafeXmlReader xml = new SafeXmlReader();
    private final List<Descriptor> companions = new ArrayList<>();

    @Test
    void appSettingsFileEntriesReplayAfterInlineOnesAndNameTheirFile() throws Exception {
        companion("WebApplication/secrets.config", """
                <?xml version="1.0"?>
                <appSettings>
                  <add key="PROTOCOL" value="HTTP" />
                  <add key="DSNDB" value="Data Source=sql01" />
                </appSettings>
                """);

        EffectiveWebConfig config = resolve("""
                <configuration>
                  <appSettings file="secrets.config">
                    <add key="PROTOCOL" value="HTTPS" />
                  </appSettings>
                </configuration>
                """);

        EffectiveWebConfig.CollectionReplay settings = config.replay("appSettings", "add", "key", List.of());
        CollectionItem protocol = settings.get("PROTOCOL").orElseThrow();
        assertEquals("HTTP", protocol.attribute("value").orElseThrow());
        assertEquals(
                new SourceLocation(PACKAGE + "!/WebApplication/secrets.config", 3, "/configuration/appSettings/add[2]"),
                protocol.location());
        assertEquals(
                List.of("PROTOCOL", "DSNDB"),
                settings.items().stream().map(CollectionItem::key).toList());
    }

    @Test
    void clearInAppSettingsFileDropsTheInlineEntries() throws Exception {
        companion("WebApplication/secrets.config", """
                <appSettings>
                  <clear />
                </appSettings>
                """);

        EffectiveWebConfig config = resolve("""
                <configuration>
                  <appSettings file="secrets.config">
                    <add key="PROTOCOL" value="HTTPS" />
                  </appSettings>
                </configuration>
                """);

        EffectiveWebConfig.CollectionReplay settings = config.replay("appSettings", "add", "key", List.of());
        assertTrue(settings.items().isEmpty());
        assertEquals(
                PACKAGE + "!/WebApplication/secrets.config:2",
                settings.droppedAt("PROTOCOL").orElseThrow().toString());
    }

    @Test
    void emptyFileAttributeReadsNoFile() throws Exception {
        EffectiveWebConfig config = resolve("""
                <configuration>
                  <appSettings file="">
                    <add key="PROTOCOL" value="HTTPS" />
                  </appSettings>
                </configuration>
                """);

        assertEquals(
                "HTTPS",
                config.replay("appSettings", "add", "key", List.of())
                        .get("PROTOCOL")
                        .orElseThrow()
                        .attribute("value")
                        .orElseThrow());
    }

    @Test
    void configSourceReplacesTheSectionWithTheFilesRoot() throws Exception {
        companion("WebApplication/Config/session.config", """
                <?xml version="1.0"?>

                <sessionState mode="InProc" timeout="60" />
                """);

        EffectiveWebConfig config = resolve("""
                <configuration>
                  <system.web>
                    <sessionState configSource="Config\\session.config" />
                  </system.web>
                </configuration>
                """);

        Setting timeout = config.attribute("system.web/sessionState", "timeout").orElseThrow();
        assertEquals("60", timeout.value());
        assertEquals(
                new SourceLocation(
                        PACKAGE + "!/WebApplication/Config/session.config",
                        3,
                        "/configuration/system.web/sessionState"),
                timeout.location());
        assertTrue(config.attribute("system.web/sessionState", "configSource").isEmpty());
    }

    @Test
    void configSourceInsideALocationBlockIsResolved() throws Exception {
        companion("WebApplication/cookies.config", """
                <httpCookies httpOnlyCookies="true" requireSSL="true" />
                """);

        EffectiveWebConfig config = resolve("""
                <configuration>
                  <location path="." inheritInChildApplications="false">
                    <system.web>
                      <httpCookies configSource="cookies.config" />
                    </system.web>
                  </location>
                </configuration>
                """);

        Setting requireSsl =
                config.attribute("system.web/httpCookies", "requireSSL").orElseThrow();
        assertEquals("true", requireSsl.value());
        assertEquals(
                PACKAGE + "!/WebApplication/cookies.config:1",
                requireSsl.location().toString());
    }

    @Test
    void appSettingsFileInAConfigSourceFileIsResolvedFromThatFilesFolder() throws Exception {
        companion("WebApplication/Config/appSettings.config", """
                <appSettings file="secrets.config">
                  <add key="PROTOCOL" value="HTTPS" />
                </appSettings>
                """);
        companion("WebApplication/Config/secrets.config", """
                <appSettings>
                  <add key="PROTOCOL" value="HTTP" />
                </appSettings>
                """);

        EffectiveWebConfig config = resolve("""
                <configuration>
                  <appSettings configSource="Config\\appSettings.config" />
                </configuration>
                """);

        CollectionItem protocol = config.replay("appSettings", "add", "key", List.of())
                .get("PROTOCOL")
                .orElseThrow();
        assertEquals("HTTP", protocol.attribute("value").orElseThrow());
        assertEquals(
                PACKAGE + "!/WebApplication/Config/secrets.config:2",
                protocol.location().toString());
    }

    @Test
    void missingAppSettingsFileFailsNamingWhereItWasLookedFor() {
        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> resolve("""
                <configuration>
                  <appSettings file="secrets.config">
                    <add key="PROTOCOL" value="HTTPS" />
                  </appSettings>
                </configuration>
                """));

        assertEquals(SHOWN, e.file());
        assertEquals(2, e.line());
        assertEquals(
                "<appSettings file=\"secrets.config\"> names " + PACKAGE + "!/WebApplication/secrets.config, which"
                        + " is not there (or the check's excludes leave it out): ASP.NET would silently skip the"
                        + " settings it holds, so the check cannot tell which ones run. Ship the file, or correct the"
                        + " reference.",
                e.reason());
    }

    @Test
    void missingConfigSourceFileFails() {
        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> resolve("""
                <configuration>
                  <system.web>
                    <sessionState configSource="session.config" />
                  </system.web>
                </configuration>
                """));

        assertEquals(3, e.line());
        assertTrue(
                e.reason()
                        .startsWith("<sessionState configSource=\"session.config\"> names " + PACKAGE
                                + "!/WebApplication/session.config, which is not there"),
                e.reason());
        assertTrue(e.reason().contains("Unable to open configSource file"), e.reason());
    }

    @Test
    void referencesOutsideThePackageFail() {
        companion("secrets.config", "<appSettings />");
        for (String reference : List.of("..\\..\\secrets.config", "C:\\Secrets\\secrets.config", "/secrets.config")) {
            MalformedDescriptorException e = assertThrows(
                    MalformedDescriptorException.class,
                    () -> resolve("<configuration>\n  <appSettings file=\"" + reference + "\" />\n</configuration>\n"),
                    reference);

            assertEquals(2, e.line());
            assertTrue(
                    e.reason().startsWith("<appSettings file=\"" + reference + "\"> points outside " + PACKAGE + " "),
                    e.reason());
        }
    }

    @Test
    void climbingToAFolderAboveInsideThePackageIsAllowed() throws Exception {
        companion("shared.config", """
                <appSettings>
                  <add key="PROTOCOL" value="HTTPS" />
                </appSettings>
                """);

        EffectiveWebConfig config = resolve("""
                <configuration>
                  <appSettings file="..\\shared.config" />
                </configuration>
                """);

        assertEquals(
                PACKAGE + "!/shared.config:2",
                config.replay("appSettings", "add", "key", List.of())
                        .get("PROTOCOL")
                        .orElseThrow()
                        .location()
                        .toString());
    }

    @Test
    void configSourceFileMustHoldTheSectionItStandsFor() {
        companion("WebApplication/session.config", """
                <?xml version="1.0"?>
                <httpCookies requireSSL="true" />
                """);

        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> resolve("""
                <configuration>
                  <system.web>
                    <sessionState configSource="session.config" />
                  </system.web>
                </configuration>
                """));

        assertEquals(SHOWN, e.file());
        assertEquals(3, e.line());
        assertEquals(
                "<sessionState configSource=\"session.config\"> names " + PACKAGE + "!/WebApplication/session.config,"
                        + " whose root element (line 2) is <httpCookies>, not <sessionState>; ASP.NET refuses it, as a"
                        + " configSource file must hold the section it stands for. Make <sessionState> the file's"
                        + " root element.",
                e.reason());
    }

    @Test
    void sectionUsingConfigSourceMayHoldNothingElse() {
        companion("WebApplication/session.config", "<sessionState timeout=\"5\" />");

        MalformedDescriptorException attribute = assertThrows(MalformedDescriptorException.class, () -> resolve("""
                        <configuration>
                          <system.web>
                            <sessionState configSource="session.config" timeout="60" />
                          </system.web>
                        </configuration>
                        """));
        MalformedDescriptorException child = assertThrows(MalformedDescriptorException.class, () -> resolve("""
                <configuration>
                  <appSettings configSource="session.config">
                    <add key="PROTOCOL" value="HTTPS" />
                  </appSettings>
                </configuration>
                """));

        assertTrue(
                attribute.reason().startsWith("<sessionState configSource=\"session.config\"> also sets timeout,"),
                attribute.reason());
        assertTrue(
                child.reason().startsWith("<appSettings configSource=\"session.config\"> also holds <add>,"),
                child.reason());
    }

    @Test
    void appSettingsFileMustBeAnAppSettingsElementWithoutAttributes() {
        companion("WebApplication/secrets.config", """
                <appSettings file="more.config">
                  <add key="PROTOCOL" value="HTTP" />
                </appSettings>
                """);

        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> resolve("""
                <configuration>
                  <appSettings file="secrets.config" />
                </configuration>
                """));

        assertEquals(2, e.line());
        assertTrue(e.reason().contains("whose <appSettings> (line 1) sets file; ASP.NET refuses"), e.reason());
    }

    @Test
    void emptyConfigSourceFails() {
        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> resolve("""
                <configuration>
                  <appSettings configSource=" " />
                </configuration>
                """));

        assertTrue(e.reason().startsWith("<appSettings configSource=\" \"> is empty,"), e.reason());
    }

    @Test
    void externalFileThatDoesNotParseIsReportedInItself() {
        companion("WebApplication/secrets.config", """
                <appSettings>
                  <add key="PROTOCOL" value=HTTP />
                </appSettings>
                """);

        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> resolve("""
                <configuration>
                  <appSettings file="secrets.config" />
                </configuration>
                """));

        assertEquals(PACKAGE + "!/WebApplication/secrets.config", e.file());
        assertEquals(2, e.line());
    }

    @Test
    void missingFileNamedInAConfigSourceFileIsReportedInThatFile() {
        companion("WebApplication/appSettings.config", """
                <?xml version="1.0"?>
                <appSettings file="secrets.config" />
                """);

        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> resolve("""
                <configuration>
                  <appSettings configSource="appSettings.config" />
                </configuration>
                """));

        assertEquals(PACKAGE + "!/WebApplication/appSettings.config", e.file());
        assertEquals(2, e.line());
    }

    @Test
    void chainedConfigSourceIsReportedNotFollowed() {
        companion("WebApplication/a.config", "<appSettings configSource=\"b.config\" />");
        companion("WebApplication/b.config", "<appSettings />");

        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> resolve("""
                <configuration>
                  <appSettings configSource="a.config" />
                </configuration>
                """));

        assertTrue(e.reason().contains("names a configSource in turn (line 1)"), e.reason());
    }

    private void companion(String path, String text) {
        companions.add(
                new Descriptor(DescriptorKind.COMPANION, PACKAGE, path, true, text.getBytes(StandardCharsets.UTF_8)));
    }

    private EffectiveWebConfig resolve(String webConfig) throws MalformedDescriptorException {
        Descriptor file = new Descriptor(
                DescriptorKind.WEB_CONFIG, PACKAGE, WEB_CONFIG, true, webConfig.getBytes(StandardCharsets.UTF_8));
        LocatedElement root =
                (LocatedElement) xml.read(file.content(), file.displayPath()).getRootElement();
        LocatedElement resolved = ExternalSections.resolve(file, root, new Companions(companions), xml);
        return EffectiveWebConfig.ofFiles(List.of(new WebConfigFile(file, resolved)));
    }
}
