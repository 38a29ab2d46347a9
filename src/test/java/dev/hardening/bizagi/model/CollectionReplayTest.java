package dev.hardening.bizagi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorKind;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.SafeXmlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Collection replays keyed as the IIS schema keys them: by several attributes together, with regard to
 * case, and reporting each duplicate {@code add} with the entry it met.
 */
class CollectionReplayTest {

    private static final String IP_SECURITY = "system.webServer/security/ipSecurity";
    private static final CollectionKey IP_KEY = new CollectionKey(
            List.of("ipAddress", "subnetMask", "domainName"), Map.of("subnetMask", "255.255.255.255"), false);

    @Test
    void duplicateNamesTheEntryItMet() throws Exception {
        EffectiveWebConfig config = config("""
                <configuration>
                  <system.webServer>
                    <httpProtocol>
                      <customHeaders>
                        <add name="X-Frame-Options" value="SAMEORIGIN" />
                        <add name="x-frame-options" value="DENY" />
                      </customHeaders>
                    </httpProtocol>
                  </system.webServer>
                </configuration>
                """);

        EffectiveWebConfig.CollectionReplay replay =
                config.replay("system.webServer/httpProtocol/customHeaders", "add", "name", List.of());

        assertEquals(1, replay.duplicates().size());
        EffectiveWebConfig.Duplicate duplicate = replay.duplicates().get(0);
        assertEquals("X-Frame-Options", duplicate.first().key());
        assertEquals(5, duplicate.first().location().line());
        assertEquals("x-frame-options", duplicate.again().key());
        assertEquals(6, duplicate.again().location().line());
        assertEquals(
                "DENY",
                replay.get("X-FRAME-OPTIONS").orElseThrow().attribute("value").orElseThrow());
    }

    @Test
    void combinedKeyFillsInDefaultsAndComparesEveryAttribute() throws Exception {
        EffectiveWebConfig config = config("""
                <configuration>
                  <system.webServer>
                    <security>
                      <ipSecurity allowUnlisted="false">
                        <add ipAddress="10.0.0.7" allowed="true" />
                        <add ipAddress="10.0.0.0" subnetMask="255.0.0.0" allowed="true" />
                        <add ipAddress="10.0.0.7" subnetMask="255.255.255.255" allowed="false" />
                        <add ipAddress="10.0.0.0" subnetMask="255.255.0.0" allowed="false" />
                      </ipSecurity>
                    </security>
                  </system.webServer>
                </configuration>
                """);

        EffectiveWebConfig.CollectionReplay replay = config.replay(IP_SECURITY, "add", IP_KEY, List.of());

        assertEquals(
                List.of(
                        "ipAddress=\"10.0.0.0\" subnetMask=\"255.0.0.0\"",
                        "ipAddress=\"10.0.0.7\" subnetMask=\"255.255.255.255\"",
                        "ipAddress=\"10.0.0.0\" subnetMask=\"255.255.0.0\""),
                replay.items().stream().map(CollectionItem::key).toList());
        assertEquals(1, replay.duplicates().size());
        assertEquals(5, replay.duplicates().get(0).first().location().line());
        assertEquals(7, replay.duplicates().get(0).again().location().line());
    }

    @Test
    void removeNamesAnEntryByTheWholeKey() throws Exception {
        EffectiveWebConfig config = config("""
                <configuration>
                  <system.webServer>
                    <security>
                      <ipSecurity>
                        <add ipAddress="10.0.0.0" subnetMask="255.0.0.0" allowed="true" />
                        <add ipAddress="10.0.0.0" subnetMask="255.255.0.0" allowed="true" />
                        <remove ipAddress="10.0.0.0" subnetMask="255.0.0.0" />
                        <add ipAddress="10.0.0.0" subnetMask="255.0.0.0" allowed="false" />
                      </ipSecurity>
                    </security>
                  </system.webServer>
                </configuration>
                """);

        EffectiveWebConfig.CollectionReplay replay = config.replay(IP_SECURITY, "add", IP_KEY, List.of());

        assertTrue(replay.duplicates().isEmpty());
        assertEquals(2, replay.items().size());
        assertEquals(
                7,
                replay.droppedAt("ipAddress=\"10.0.0.0\" subnetMask=\"255.0.0.0\"")
                        .orElseThrow()
                        .line());
    }

    @Test
    void caseSensitiveKeysKeepEntriesThatDifferInCase() throws Exception {
        EffectiveWebConfig config = config("""
                <configuration>
                  <system.webServer>
                    <handlers>
                      <add name="Export" path="Export.ashx" verb="GET" type="A" />
                      <remove name="export" />
                      <add name="export" path="export.axd" verb="GET" type="B" />
                      <add name="Export" path="Export.ashx" verb="GET" type="C" />
                    </handlers>
                  </system.webServer>
                </configuration>
                """);

        EffectiveWebConfig.CollectionReplay replay =
                config.replay("system.webServer/handlers", "add", CollectionKey.caseSensitive("name"), List.of());

        assertEquals(
                List.of("export", "Export"),
                replay.items().stream().map(CollectionItem::key).toList());
        assertEquals(1, replay.duplicates().size());
        assertEquals(4, replay.duplicates().get(0).first().location().line());
        assertEquals(7, replay.duplicates().get(0).again().location().line());
        assertTrue(replay.get("EXPORT").isEmpty());
        assertTrue(replay.droppedAt("export").isEmpty(), "the remove named no entry present");
    }

    @Test
    void inheritedEntryCountsAsTheFirst() throws Exception {
        CollectionItem server = new CollectionItem(
                "X-Powered-By",
                Map.of("name", "X-Powered-By"),
                new SourceLocation("applicationHost.config", 0, ""),
                null);
        EffectiveWebConfig config = config("""
                <configuration>
                  <system.webServer>
                    <httpProtocol>
                      <customHeaders>
                        <add name="X-Powered-By" value="Bizagi" />
                      </customHeaders>
                    </httpProtocol>
                  </system.webServer>
                </configuration>
                """);

        EffectiveWebConfig.CollectionReplay replay =
                config.replay("system.webServer/httpProtocol/customHeaders", "add", "name", List.of(server));

        assertEquals(server, replay.duplicates().get(0).first());
    }

    @Test
    void elementNamingNoKeyAttributeHasNoKey() throws Exception {
        LocatedElement element = config("<configuration><add allowed=\"true\" /></configuration>")
                .lastLayer()
                .file()
                .root()
                .children("add")
                .get(0);

        assertTrue(IP_KEY.of(element).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new CollectionKey(List.of(), Map.of(), false));
    }

    private static EffectiveWebConfig config(String xml) throws Exception {
        Descriptor descriptor = new Descriptor(
                DescriptorKind.WEB_CONFIG, "portal", "web.config", false, xml.getBytes(StandardCharsets.UTF_8));
        LocatedElement root = (LocatedElement) new SafeXmlReader()
                .read(descriptor.content(), descriptor.displayPath())
                .getRootElement();
        return EffectiveWebConfig.ofFiles(List.of(new WebConfigFile(descriptor, root)));
    }
}
