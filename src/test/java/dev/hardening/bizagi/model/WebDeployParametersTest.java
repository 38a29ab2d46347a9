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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Web Deploy parameters as the deployment applies them: the value beside the package, else the
 * declared default, else a token that no rule passes; each set value remembers the line that gave it.
 */
class WebDeployParametersTest {

    private static final String PACKAGE = "target/Portal.zip";
    private static final String WEB_CONFIG = "Content/C_C/Build/Portal/obj/Release/Package/PackageTmp/web.config";
    private static final String SET_PARAMETERS = "target/Portal.SetParameters.xml";

    private static final String PORTAL = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="PROTOCOL" value="HTTPS" />
              </appSettings>
              <system.web>
                <sessionState timeout="5" />
              </system.web>
            </configuration>
            """;

    private static final String PROTOCOL_PARAMETER = """
            <?xml version="1.0" encoding="utf-8"?>
            <parameters>
              <parameter name="IIS Web Application Name" defaultValue="Default Web Site/Portal">
                <parameterEntry kind="ProviderPath" scope="IisApp" match="^.*PackageTmp$" />
              </parameter>
              <parameter name="Protocol" description="Links scheme" defaultValue="HTTPS">
                <parameterEntry kind="XmlFile" scope="\\\\web.config$"
                    match="/configuration/appSettings/add[@key='PROTOCOL']/@value" />
              </parameter>
            </parameters>
            """;

    private final SafeXmlReader xml = new SafeXmlReader();
    private final List<Descriptor> companions = new ArrayList<>();

    @BeforeEach
    void packageIsAWebDeployPackage() {
        inPackage("archive.xml", "<sitemanifest><contentPath path=\"PackageTmp\" /></sitemanifest>\n");
    }

    @Test
    void zipWithoutArchiveXmlIsCopiedIntoPlaceAndItsParametersChangeNothing() throws Exception {
        companions.removeIf(companion -> companion.path().equals("archive.xml"));
        inPackage("parameters.xml", PROTOCOL_PARAMETER.replace("defaultValue=\"HTTPS\"", "defaultValue=\"HTTP\""));

        CollectionItem protocol = protocol(apply(PORTAL));

        assertEquals("HTTPS", protocol.attribute("value").orElseThrow());
        assertEquals(
                PACKAGE + "!/" + WEB_CONFIG + ":4", protocol.locationOf("value").toString());
    }

    @Test
    void setParametersValueReplacesTheAttributeAndPointsAtItsLine() throws Exception {
        inPackage("parameters.xml", PROTOCOL_PARAMETER);
        besidePackage("""
                <?xml version="1.0" encoding="utf-8"?>
                <parameters>
                  <setParameter name="IIS Web Application Name" value="Default Web Site/Portal" />
                  <setParameter name="protocol" value="HTTP" />
                </parameters>
                """);

        EffectiveWebConfig config = apply(PORTAL);

        CollectionItem protocol = protocol(config);
        assertEquals("HTTP", protocol.attribute("value").orElseThrow());
        assertEquals(
                new SourceLocation(SET_PARAMETERS, 4, "/configuration/appSettings/add[@key='PROTOCOL']/@value"),
                protocol.locationOf("value"));
    }

    @Test
    void declaredDefaultAppliesWhenNothingIsSetBesideThePackage() throws Exception {
        inPackage("parameters.xml", PROTOCOL_PARAMETER.replace("defaultValue=\"HTTPS\"", "defaultValue=\"HTTP\""));

        CollectionItem protocol = protocol(apply(PORTAL));

        assertEquals("HTTP", protocol.attribute("value").orElseThrow());
        assertEquals(
                PACKAGE + "!/parameters.xml:6", protocol.locationOf("value").toString());
    }

    @Test
    void parameterWithNoValueAnywhereBecomesAToken() throws Exception {
        inPackage("parameters.xml", PROTOCOL_PARAMETER.replace(" defaultValue=\"HTTPS\"", ""));
        besidePackage("<parameters><setParameter name=\"Other\" value=\"x\" /></parameters>");

        CollectionItem protocol = protocol(apply(PORTAL));

        assertEquals("#{Protocol}", protocol.attribute("value").orElseThrow());
        assertEquals(
                PACKAGE + "!/parameters.xml:6", protocol.locationOf("value").toString());
    }

    @Test
    void scopeIsARegularExpressionFoundInThePathWithEitherSlashAndAnyCase() throws Exception {
        inPackage("parameters.xml", """
                <parameters>
                  <parameter name="Timeout" defaultValue="60">
                    <parameterEntry kind="XmlFile" scope="PACKAGETMP\\\\Web\\.config$"
                        match="/configuration/system.web/sessionState/@timeout" />
                  </parameter>
                  <parameter name="Slashes" defaultValue="https">
                    <parameterEntry type="xmlfile" scope="PackageTmp/web\\.config$"
                        match="//add[@key='PROTOCOL']/@value" />
                  </parameter>
                  <parameter name="Elsewhere" defaultValue="HTTP">
                    <parameterEntry kind="XmlFile" scope="^Content/Other/web\\.config$"
                        match="//add[@key='PROTOCOL']/@value" />
                  </parameter>
                  <parameter name="Nothing selected" defaultValue="SQLServer">
                    <parameterEntry kind="XmlFile" scope="web\\.config$"
                        match="/configuration/system.web/sessionState/@mode" />
                  </parameter>
                </parameters>
                """);

        EffectiveWebConfig config = apply(PORTAL);

        assertEquals(
                "60",
                config.attribute("system.web/sessionState", "timeout")
                        .orElseThrow()
                        .value());
        assertEquals("https", protocol(config).attribute("value").orElseThrow());
        assertTrue(config.attribute("system.web/sessionState", "mode").isEmpty(), "no node, nothing set");
    }

    @Test
    void defaultNamespaceOnConfigurationDoesNotStopTheMatch() throws Exception {
        inPackage("parameters.xml", PROTOCOL_PARAMETER.replace("defaultValue=\"HTTPS\"", "defaultValue=\"HTTP\""));

        EffectiveWebConfig config = apply(PORTAL.replace(
                "<configuration>", "<configuration xmlns=\"http://schemas.microsoft.com/.NetConfiguration/v2.0\">"));

        assertEquals("HTTP", protocol(config).attribute("value").orElseThrow());
    }

    @Test
    void selectedElementTextIsReplaced() throws Exception {
        inPackage("parameters.xml", """
                <parameters>
                  <parameter name="Mode" defaultValue="Always">
                    <parameterEntry kind="XmlFile" scope="web.config$"
                        match="/configuration/applicationSettings/Portal.Settings/setting/value" />
                  </parameter>
                </parameters>
                """);

        Descriptor file = webConfig(PACKAGE, WEB_CONFIG, """
                <configuration>
                  <applicationSettings>
                    <Portal.Settings>
                      <setting name="Mode"><value>Never</value></setting>
                    </Portal.Settings>
                  </applicationSettings>
                </configuration>
                """);
        LocatedElement root = WebDeployParameters.apply(file, parse(file), new Companions(companions), xml);

        assertEquals(
                "Always",
                root.element("applicationSettings")
                        .element("Portal.Settings")
                        .element("setting")
                        .elementText("value"));
    }

    @Test
    void laterParameterSeesTheValueAnEarlierOneSet() throws Exception {
        inPackage("parameters.xml", """
                <parameters>
                  <parameter name="Key" defaultValue="PROTOCOL">
                    <parameterEntry kind="XmlFile" scope="web.config$" match="//add[@key='Unused']/@key" />
                  </parameter>
                  <parameter name="Rename" defaultValue="PROTOCOL_OLD">
                    <parameterEntry kind="XmlFile" scope="web.config$" match="//add[@key='PROTOCOL']/@key" />
                  </parameter>
                  <parameter name="Value" defaultValue="HTTP">
                    <parameterEntry kind="XmlFile" scope="web.config$" match="//add[@key='PROTOCOL_OLD']/@value" />
                  </parameter>
                </parameters>
                """);

        EffectiveWebConfig config = apply(PORTAL);

        CollectionItem renamed = config.replay("appSettings", "add", "key", List.of())
                .get("PROTOCOL_OLD")
                .orElseThrow();
        assertEquals("HTTP", renamed.attribute("value").orElseThrow());
    }

    @Test
    void parametersFileOfAnotherKindIsPassedOver() throws Exception {
        inPackage("parameters.xml", "<settings><parameter name=\"Protocol\" defaultValue=\"HTTP\" /></settings>");

        assertEquals("HTTPS", protocol(apply(PORTAL)).attribute("value").orElseThrow());
    }

    @Test
    void nearestParametersFileInAFolderApplies() throws Exception {
        companions.add(new Descriptor(
                DescriptorKind.COMPANION,
                "src/main",
                "WebApplication/Parameters.xml",
                false,
                PROTOCOL_PARAMETER
                        .replace("defaultValue=\"HTTPS\"", "defaultValue=\"HTTP\"")
                        .getBytes(StandardCharsets.UTF_8)));
        Descriptor file = webConfig("src/main", "WebApplication/web.config", PORTAL);

        LocatedElement root = WebDeployParameters.apply(file, parse(file), new Companions(companions), xml);

        CollectionItem protocol = protocol(EffectiveWebConfig.ofFiles(List.of(new WebConfigFile(file, root))));
        assertEquals("HTTP", protocol.attribute("value").orElseThrow());
        assertEquals(
                "src/main/WebApplication/Parameters.xml:6",
                protocol.locationOf("value").toString());
    }

    @Test
    void withoutParametersFileTheWebConfigIsUnchanged() throws Exception {
        besidePackage("<parameters><setParameter name=\"Protocol\" value=\"HTTP\" /></parameters>");

        assertEquals("HTTPS", protocol(apply(PORTAL)).attribute("value").orElseThrow());
    }

    @Test
    void scopeThatIsNoRegularExpressionFailsAtItsLine() {
        inPackage("parameters.xml", PROTOCOL_PARAMETER.replace("\\\\web.config$", "web(.config"));

        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> apply(PORTAL));

        assertEquals(PACKAGE + "!/parameters.xml", e.file());
        assertEquals(8, e.line());
        assertTrue(e.reason().startsWith("the scope \"web(.config\" is not a regular expression"), e.reason());
    }

    @Test
    void matchThatIsNoXPathFailsAtItsLine() {
        inPackage("parameters.xml", PROTOCOL_PARAMETER.replace("/@value\"", "/@value[\""));

        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> apply(PORTAL));

        assertEquals(8, e.line());
        assertTrue(e.reason().startsWith("the match \"/configuration/appSettings/"), e.reason());
    }

    @Test
    void matchThatGivesAValueFailsAtItsLine() {
        inPackage(
                "parameters.xml",
                PROTOCOL_PARAMETER.replace(
                        "match=\"/configuration/appSettings/add[@key='PROTOCOL']/@value\"", "match=\"count(//add)\""));

        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> apply(PORTAL));

        assertEquals(8, e.line());
        assertEquals("the match \"count(//add)\" gives a value, not the attributes or elements to set", e.reason());
    }

    @Test
    void matchCannotCallDocumentToReadAnotherFile() {
        inPackage(
                "parameters.xml",
                PROTOCOL_PARAMETER.replace(
                        "match=\"/configuration/appSettings/add[@key='PROTOCOL']/@value\"",
                        "match=\"document('file:///etc/passwd')//*\""));

        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> apply(PORTAL));

        assertTrue(e.reason().startsWith("the match \"document("), e.reason());
    }

    @Test
    void setParametersThatDoNotParseAreReportedInThemselves() {
        inPackage("parameters.xml", PROTOCOL_PARAMETER);
        besidePackage("<parameters>\n  <setParameter name=\"Protocol\" value=HTTP />\n</parameters>\n");

        MalformedDescriptorException e = assertThrows(MalformedDescriptorException.class, () -> apply(PORTAL));

        assertEquals(SET_PARAMETERS, e.file());
        assertEquals(2, e.line());
    }

    private void inPackage(String path, String text) {
        companions.add(
                new Descriptor(DescriptorKind.COMPANION, PACKAGE, path, true, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** As the scanner adds it: in the folder holding the package, by its file name. */
    private void besidePackage(String text) {
        companions.add(new Descriptor(
                DescriptorKind.COMPANION,
                "target",
                "Portal.SetParameters.xml",
                false,
                text.getBytes(StandardCharsets.UTF_8)));
    }

    private EffectiveWebConfig apply(String webConfig) throws MalformedDescriptorException {
        Descriptor file = webConfig(PACKAGE, WEB_CONFIG, webConfig);
        LocatedElement root = WebDeployParameters.apply(file, parse(file), new Companions(companions), xml);
        return EffectiveWebConfig.ofFiles(List.of(new WebConfigFile(file, root)));
    }

    private static Descriptor webConfig(String container, String path, String text) {
        return new Descriptor(
                DescriptorKind.WEB_CONFIG,
                container,
                path,
                !container.startsWith("src"),
                text.getBytes(StandardCharsets.UTF_8));
    }

    private LocatedElement parse(Descriptor file) throws MalformedDescriptorException {
        return (LocatedElement) xml.read(file.content(), file.displayPath()).getRootElement();
    }

    private static CollectionItem protocol(EffectiveWebConfig config) {
        return config.replay("appSettings", "add", "key", List.of())
                .get("PROTOCOL")
                .orElseThrow();
    }
}
