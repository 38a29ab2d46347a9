package dev.hardening.bizagi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorKind;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.LocatedProperties;
import dev.hardening.bizagi.parse.SafeXmlReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The effective web.config of a folder: what the rule fixtures cannot show well, such as the order a
 * collection is replayed in, the exact place a gap is anchored, and which files form a folder's chain.
 */
class EffectiveWebConfigTest {

    private static final String PARENT = "WebApplication/web.config";
    private static final String CHILD = "WebApplication/WebServices/web.config";

    private static final CollectionItem IIS_POWERED_BY = new CollectionItem(
            "X-Powered-By",
            Map.of("name", "X-Powered-By", "value", "ASP.NET"),
            new SourceLocation("applicationHost.config", 0, ""),
            null);

    @Test
    void lastAddWinsAndKeysIgnoreCase() throws Exception {
        EffectiveWebConfig config = chain(file(PARENT, """
                <configuration>
                  <appSettings>
                    <add key="PROTOCOL" value="HTTP" />
                    <add key="protocol" value="HTTPS" />
                  </appSettings>
                </configuration>
                """));

        List<CollectionItem> settings = config.collection("appSettings", "add", "key", List.of());

        assertEquals(1, settings.size());
        assertEquals("protocol", settings.get(0).key());
        assertEquals("HTTPS", settings.get(0).attribute("value").orElseThrow());
        assertEquals(
                new SourceLocation("portal/" + PARENT, 4, "/configuration/appSettings/add[@key='protocol']"),
                settings.get(0).location());
    }

    @Test
    void collectionReplaysFromTopmostFileDown() throws Exception {
        EffectiveWebConfig config = chain(file(PARENT, """
                        <configuration>
                          <appSettings>
                            <add key="A" value="1" />
                            <add key="B" value="2" />
                            <add key="C" value="3" />
                          </appSettings>
                        </configuration>
                        """), file(CHILD, """
                        <configuration>
                          <appSettings>
                            <remove key="b" />
                            <add key="D" value="4" />
                            <add key="a" value="5" />
                          </appSettings>
                        </configuration>
                        """));

        List<CollectionItem> settings = config.collection("appSettings", "add", "key", List.of());

        assertEquals(List.of("C", "D", "a"), keys(settings));
        assertEquals(List.of("3", "4", "5"), values(settings));
        assertEquals("portal/" + PARENT, settings.get(0).location().file());
        assertEquals(
                new SourceLocation("portal/" + CHILD, 5, "/configuration/appSettings/add[@key='a']"),
                settings.get(2).location());
    }

    @Test
    void clearDropsInheritedAndEarlierEntries() throws Exception {
        EffectiveWebConfig config = chain(file(PARENT, """
                        <configuration>
                          <system.webServer>
                            <httpProtocol>
                              <customHeaders>
                                <add name="X-Frame-Options" value="SAMEORIGIN" />
                              </customHeaders>
                            </httpProtocol>
                          </system.webServer>
                        </configuration>
                        """), file(CHILD, """
                        <configuration>
                          <system.webServer>
                            <httpProtocol>
                              <customHeaders>
                                <clear />
                                <add name="X-Content-Type-Options" value="nosniff" />
                              </customHeaders>
                            </httpProtocol>
                          </system.webServer>
                        </configuration>
                        """));

        List<CollectionItem> headers = config.collection(
                "system.webServer/httpProtocol/customHeaders", "add", "name", List.of(IIS_POWERED_BY));

        assertEquals(List.of("X-Content-Type-Options"), keys(headers));
    }

    @Test
    void inheritedEntriesStayUntilRemovedByAnyCase() throws Exception {
        EffectiveWebConfig kept = chain(file(PARENT, """
                <configuration>
                  <system.webServer>
                    <httpProtocol>
                      <customHeaders>
                        <add name="X-Frame-Options" value="SAMEORIGIN" />
                      </customHeaders>
                    </httpProtocol>
                  </system.webServer>
                </configuration>
                """));
        EffectiveWebConfig removed = chain(file(PARENT, """
                <configuration>
                  <system.webServer>
                    <httpProtocol>
                      <customHeaders>
                        <remove name="x-powered-by" />
                      </customHeaders>
                    </httpProtocol>
                  </system.webServer>
                </configuration>
                """));
        String section = "system.webServer/httpProtocol/customHeaders";

        List<CollectionItem> keptHeaders = kept.collection(section, "add", "name", List.of(IIS_POWERED_BY));

        assertEquals(List.of("X-Powered-By", "X-Frame-Options"), keys(keptHeaders));
        assertEquals(IIS_POWERED_BY, keptHeaders.get(0));
        assertEquals(List.of(), removed.collection(section, "add", "name", List.of(IIS_POWERED_BY)));
    }

    @Test
    void removeOrAddWithoutKeyChangesNothing() throws Exception {
        EffectiveWebConfig config = chain(file(PARENT, """
                <configuration>
                  <appSettings>
                    <add key="PROTOCOL" value="HTTPS" />
                    <remove />
                    <add value="HTTP" />
                  </appSettings>
                </configuration>
                """));

        List<CollectionItem> settings = config.collection("appSettings", "add", "key", List.of());

        assertEquals(List.of("PROTOCOL"), keys(settings));
        assertEquals(List.of("HTTPS"), values(settings));
    }

    @Test
    void locationDotIsReplayedInDocumentOrder() throws Exception {
        EffectiveWebConfig clearedAfter = chain(file(PARENT, """
                <configuration>
                  <appSettings>
                    <add key="PROTOCOL" value="HTTPS" />
                  </appSettings>
                  <location path=".">
                    <appSettings>
                      <clear />
                    </appSettings>
                  </location>
                </configuration>
                """));
        EffectiveWebConfig clearedBefore = chain(file(PARENT, """
                <configuration>
                  <location path=".">
                    <appSettings>
                      <clear />
                    </appSettings>
                  </location>
                  <appSettings>
                    <add key="PROTOCOL" value="HTTPS" />
                  </appSettings>
                </configuration>
                """));

        assertEquals(List.of(), keys(clearedAfter.collection("appSettings", "add", "key", List.of())));
        assertEquals(List.of("PROTOCOL"), keys(clearedBefore.collection("appSettings", "add", "key", List.of())));
    }

    @Test
    void locationWithoutPathOrWithEmptyPathAppliesButOtherPathsDoNot() throws Exception {
        WebConfigFile file = file(PARENT, """
                <configuration>
                  <location>
                    <system.web>
                      <httpCookies requireSSL="true" />
                    </system.web>
                  </location>
                  <location path="">
                    <system.web>
                      <httpCookies httpOnlyCookies="true" />
                    </system.web>
                  </location>
                  <location path="WebServices">
                    <system.web>
                      <httpCookies requireSSL="false" httpOnlyCookies="false" />
                    </system.web>
                  </location>
                </configuration>
                """);

        List<LocatedElement> cookies = file.elements("system.web/httpCookies");

        assertEquals(List.of(4, 9), cookies.stream().map(LocatedElement::line).toList());
        assertEquals(
                "true",
                chain(file)
                        .attribute("system.web/httpCookies", "requireSSL")
                        .orElseThrow()
                        .value());
    }

    @Test
    void attributeComesFromNearestFileThatStatesIt() throws Exception {
        EffectiveWebConfig config = chain(file(PARENT, """
                        <configuration>
                          <system.web>
                            <httpCookies httpOnlyCookies="true" requireSSL="true" />
                          </system.web>
                        </configuration>
                        """), file(CHILD, """
                        <configuration>
                          <system.web>
                            <httpCookies requireSSL="false" />
                          </system.web>
                        </configuration>
                        """));

        Setting httpOnly =
                config.attribute("system.web/httpCookies", "httpOnlyCookies").orElseThrow();
        Setting requireSsl =
                config.attribute("system.web/httpCookies", "requireSSL").orElseThrow();

        assertEquals(
                new Setting("true", new SourceLocation("portal/" + PARENT, 3, "/configuration/system.web/httpCookies")),
                httpOnly);
        assertEquals(
                new Setting("false", new SourceLocation("portal/" + CHILD, 3, "/configuration/system.web/httpCookies")),
                requireSsl);
    }

    @Test
    void lastElementStatingAnAttributeWinsWithinAFile() throws Exception {
        EffectiveWebConfig config = chain(file(PARENT, """
                <configuration xmlns="http://schemas.microsoft.com/.NetConfiguration/v2.0">
                  <system.web>
                    <compilation debug="true" targetFramework="4.8" />
                  </system.web>
                  <location path=".">
                    <system.web>
                      <compilation debug="false" />
                    </system.web>
                  </location>
                  <location path=".">
                    <system.web>
                      <compilation targetFramework="4.7.2" />
                    </system.web>
                  </location>
                </configuration>
                """));

        Setting debug = config.attribute("system.web/compilation", "debug").orElseThrow();

        assertEquals("false", debug.value());
        assertEquals(7, debug.location().line());
        assertEquals(
                "/configuration/location[1]/system.web/compilation",
                debug.location().xpath());
        assertEquals(12, config.element("system.web/compilation").orElseThrow().line());
    }

    @Test
    void attributeNoFileStatesIsEmpty() throws Exception {
        EffectiveWebConfig config = chain(file(PARENT, """
                <configuration>
                  <system.web>
                    <httpCookies httpOnlyCookies="true" />
                  </system.web>
                </configuration>
                """));

        assertTrue(config.attribute("system.web/httpCookies", "requireSSL").isEmpty());
        assertTrue(config.attribute("system.web/trace", "enabled").isEmpty());
    }

    @Test
    void gapInheritedByEveryFolderIsAnchoredInTheTopmostFile() throws Exception {
        WebConfigFile parent = file(PARENT, """
                <configuration>
                  <appSettings />
                  <system.web>
                    <compilation debug="false" />
                  </system.web>
                </configuration>
                """);
        WebConfigFile child = file(CHILD, """
                <configuration>
                  <system.web>
                    <authorization>
                      <deny users="?" />
                    </authorization>
                  </system.web>
                </configuration>
                """);
        SourceLocation expected = new SourceLocation("portal/" + PARENT, 3, "/configuration/system.web");

        assertEquals(expected, chain(parent).anchor("system.web/httpCookies"));
        assertEquals(expected, chain(parent, child).anchor("system.web/httpCookies"));
    }

    @Test
    void gapIsAnchoredAtTheTopmostElementThatExists() throws Exception {
        WebConfigFile parent = file(PARENT, """
                <configuration>
                  <system.web>
                    <httpCookies httpOnlyCookies="true" />
                  </system.web>
                </configuration>
                """);
        WebConfigFile child = file(CHILD, """
                <configuration>
                  <system.web>
                    <authorization>
                      <deny users="?" />
                    </authorization>
                    <httpCookies httpOnlyCookies="true" />
                  </system.web>
                </configuration>
                """);

        SourceLocation parentElement =
                new SourceLocation("portal/" + PARENT, 3, "/configuration/system.web/httpCookies");
        assertEquals(parentElement, chain(parent, child).anchor("system.web/httpCookies"));
        assertEquals(parentElement, chain(parent).anchor("system.web/httpCookies"));
    }

    @Test
    void gapWithNoSectionIsAnchoredAtTheRoot() throws Exception {
        WebConfigFile file = file(PARENT, """
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <appSettings />
                </configuration>
                """);

        assertEquals(
                new SourceLocation("portal/" + PARENT, 2, "/configuration"),
                chain(file).anchor("system.webServer/security/ipSecurity"));
        assertEquals(file.root(), file.deepestAlong("system.webServer/security"));
    }

    @Test
    void deepestAlongFollowsLocationDot() throws Exception {
        WebConfigFile file = file(PARENT, """
                <configuration>
                  <location path=".">
                    <system.webServer>
                      <security>
                        <requestFiltering allowDoubleEscaping="false" />
                      </security>
                    </system.webServer>
                  </location>
                </configuration>
                """);

        assertEquals(
                4, file.deepestAlong("system.webServer/security/ipSecurity").line());
    }

    @Test
    void configurationNeedsALayer() {
        assertThrows(IllegalArgumentException.class, () -> new EffectiveWebConfig(List.of(), ""));
    }

    @Test
    void eachFolderChainsTheFilesAboveItIgnoringFolderCase() throws Exception {
        Descriptor root = descriptor("WebApplication/web.config", "<configuration />");
        Descriptor services = descriptor("WebApplication/WebServices/web.config", "<configuration />");
        Descriptor nested = descriptor("WebApplication/webservices/v1/Api/Web.config", "<configuration />");
        Descriptor other = descriptor("Other/web.config", "<configuration />");

        Deployment deployment = new DeploymentReader().read(List.of(nested, other, services, root), authentication());

        Map<String, List<String>> chains = new TreeMap<>();
        for (EffectiveWebConfig config : deployment.webConfigs()) {
            chains.put(
                    config.lastLayer().file().file(),
                    config.layers().stream().map(layer -> layer.file().file()).toList());
        }
        assertEquals(
                Map.of(
                        "portal/Other/web.config", List.of("portal/Other/web.config"),
                        "portal/WebApplication/web.config", List.of("portal/WebApplication/web.config"),
                        "portal/WebApplication/WebServices/web.config",
                                List.of(
                                        "portal/WebApplication/web.config",
                                        "portal/WebApplication/WebServices/web.config"),
                        "portal/WebApplication/webservices/v1/Api/Web.config",
                                List.of(
                                        "portal/WebApplication/web.config",
                                        "portal/WebApplication/WebServices/web.config",
                                        "portal/WebApplication/webservices/v1/Api/Web.config")),
                chains);
    }

    private static EffectiveWebConfig chain(WebConfigFile... files) {
        return EffectiveWebConfig.ofFiles(List.of(files));
    }

    private static WebConfigFile file(String path, String xml) throws Exception {
        Descriptor descriptor = descriptor(path, xml);
        LocatedElement root = (LocatedElement) new SafeXmlReader()
                .read(descriptor.content(), descriptor.displayPath())
                .getRootElement();
        return new WebConfigFile(descriptor, root);
    }

    private static Descriptor descriptor(String path, String xml) {
        return new Descriptor(DescriptorKind.WEB_CONFIG, "portal", path, false, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static AuthenticationSettings authentication() {
        return new AuthenticationSettings(LocatedProperties.read(
                "session.timeMinutes=5\n".getBytes(StandardCharsets.UTF_8), "authentication.properties"));
    }

    private static List<String> keys(List<CollectionItem> items) {
        return items.stream().map(CollectionItem::key).toList();
    }

    private static List<String> values(List<CollectionItem> items) {
        return items.stream().map(item -> item.attribute("value").orElseThrow()).toList();
    }
}
