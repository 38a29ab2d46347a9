package dev.hardening.bizagi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorKind;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.LocatedElement.Origin;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SafeXmlReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dom4j.Attribute;
import org.junit.jupiter.api.Test;

/**
 * XDT transforms applied as MSBuild's TransformXml applies them: each transform and locator, the order
 * they run in, where copied elements and set attributes say they come from, and what stops publishing.
 */
class XdtTransformTest {

    private static final String CONTAINER = "portal";
    private static final String WEB_CONFIG = "WebApplication/Web.config";
    private static final String RELEASE = "WebApplication/Web.Release.config";
    private static final String RELEASE_SHOWN = "portal/" + RELEASE;
    private static final String XDT = "xmlns:xdt=\"http://schemas.microsoft.com/XML-Document-Transform\"";

    private static final String HARDENED = """
            <configuration>
              <appSettings>
                <add key="PROTOCOL" value="HTTPS" />
                <add key="DSNDB" value="Data Source=sql01" />
              </appSettings>
              <system.web>
                <compilation debug="false" targetFramework="4.8" />
                <httpCookies httpOnlyCookies="true" requireSSL="true" />
                <customErrors mode="RemoteOnly" />
              </system.web>
            </configuration>
            """;

    private final SafeXmlReader xml = new SafeXmlReader();

    @Test
    void fileWithoutTransformBesideItIsLeftAlone() throws Exception {
        LocatedElement root = parse(HARDENED);
        Companions companions = new Companions(List.of(
                companion("WebApplication/Web.Debug.config", """
                        <configuration %s>
                          <system.web><compilation debug="true" xdt:Transform="SetAttributes" /></system.web>
                        </configuration>
                        """.formatted(XDT)),
                companion("Web.Release.config", """
                        <configuration %s>
                          <system.web><compilation debug="true" xdt:Transform="SetAttributes" /></system.web>
                        </configuration>
                        """.formatted(XDT))));

        LocatedElement result = XdtTransform.apply(webConfig(), root, companions, xml, "Release");

        assertSame(root, result);
        assertEquals("false", attribute(result, "system.web/compilation", "debug"));
    }

    @Test
    void transformIsFoundWithoutRegardToCase() throws Exception {
        Companions companions =
                new Companions(List.of(companion("WebApplication/web.RELEASE.config", """
                <configuration %s>
                  <system.web><compilation debug="true" xdt:Transform="SetAttributes" /></system.web>
                </configuration>
                """.formatted(XDT))));

        LocatedElement result = XdtTransform.apply(webConfig(), parse(HARDENED), companions, xml, "release");

        assertEquals("true", attribute(result, "system.web/compilation", "debug"));
    }

    @Test
    void onlyWebConfigFilesAreTransformed() throws Exception {
        Descriptor other = new Descriptor(
                DescriptorKind.WEB_CONFIG, CONTAINER, "WebApplication/App.config", false, bytes(HARDENED));
        LocatedElement root = parse(HARDENED);

        LocatedElement result = XdtTransform.apply(other, root, transformFile("""
                <configuration %s>
                  <system.web><compilation debug="true" xdt:Transform="SetAttributes" /></system.web>
                </configuration>
                """.formatted(XDT)), xml, "Release");

        assertEquals("false", attribute(result, "system.web/compilation", "debug"));
    }

    @Test
    void setAttributesSetsTheNamedAttributesAndRecordsTheTransformLine() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <system.web>
                    <compilation debug="true" targetFramework="4.0"
                        xdt:Transform="SetAttributes(debug)" />
                  </system.web>
                </configuration>
                """.formatted(XDT));

        LocatedElement compilation = element(result, "system.web/compilation");
        assertEquals("true", compilation.findAttribute("debug").orElseThrow());
        assertEquals("4.8", compilation.findAttribute("targetFramework").orElseThrow());
        assertEquals(Optional.of(new Origin(RELEASE_SHOWN, 4)), compilation.attributeOrigin("debug"));
        assertEquals(Optional.empty(), compilation.attributeOrigin("targetFramework"));
        assertEquals(
                new SourceLocation(RELEASE_SHOWN, 4, "/configuration/system.web/compilation/@debug"),
                SourceLocation.ofAttribute("portal/" + WEB_CONFIG, compilation, "debug"));
    }

    @Test
    void setAttributesWithoutNamesSetsEveryAttributeButTheXdtOnes() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <system.web>
                    <httpCookies requireSSL="false" domain="example.com" xdt:Transform="SetAttributes" />
                  </system.web>
                </configuration>
                """.formatted(XDT));

        LocatedElement cookies = element(result, "system.web/httpCookies");
        assertEquals(List.of("httpOnlyCookies=true", "requireSSL=false", "domain=example.com"), attributes(cookies));
        assertEquals(Optional.of(new Origin(RELEASE_SHOWN, 3)), cookies.attributeOrigin("domain"));
    }

    @Test
    void setAttributesAppliesToEveryElementFound() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <appSettings>
                    <add value="changed" xdt:Transform="SetAttributes(value)" />
                  </appSettings>
                </configuration>
                """.formatted(XDT));

        assertEquals(
                List.of("key=PROTOCOL", "value=changed", "key=DSNDB", "value=changed"),
                element(result, "appSettings").children().stream()
                        .flatMap(add -> attributes(add).stream())
                        .toList());
    }

    @Test
    void removeAttributesRemovesTheNamedOnesOrAllWithoutNames() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <system.web>
                    <compilation xdt:Transform="RemoveAttributes(debug)" />
                    <httpCookies xdt:Transform="RemoveAttributes" />
                  </system.web>
                </configuration>
                """.formatted(XDT));

        assertEquals(List.of("targetFramework=4.8"), attributes(element(result, "system.web/compilation")));
        assertEquals(List.of(), attributes(element(result, "system.web/httpCookies")));
    }

    @Test
    void replaceSwapsTheFirstElementFoundForACopyFromTheTransform() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <system.web>
                    <httpCookies httpOnlyCookies="true" xdt:Transform="Replace">
                      <extra xdt:Locator="Match(none)" />
                    </httpCookies>
                  </system.web>
                </configuration>
                """.formatted(XDT));

        LocatedElement systemWeb = element(result, "system.web");
        assertEquals(
                List.of("compilation", "httpCookies", "customErrors"),
                systemWeb.children().stream().map(LocatedElement::getName).toList());
        LocatedElement cookies = element(result, "system.web/httpCookies");
        assertEquals(List.of("httpOnlyCookies=true"), attributes(cookies));
        assertEquals(3, cookies.line());
        assertEquals(Optional.of(RELEASE_SHOWN), cookies.sourceFile());
        LocatedElement extra = cookies.children().get(0);
        assertEquals(List.of(), attributes(extra), "xdt: attributes do not survive into the result");
        assertEquals(4, extra.line());
        assertEquals(Optional.of(RELEASE_SHOWN), extra.sourceFile());
        assertEquals(
                new SourceLocation(RELEASE_SHOWN, 3, "/configuration/system.web/httpCookies"),
                SourceLocation.of("portal/" + WEB_CONFIG, cookies));
    }

    @Test
    void replaceOfTheRootReplacesTheWholeDocument() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s xdt:Transform="Replace">
                  <system.web><compilation debug="true" /></system.web>
                </configuration>
                """.formatted(XDT));

        assertEquals(
                List.of("system.web"),
                result.children().stream().map(LocatedElement::getName).toList());
        assertEquals("true", attribute(result, "system.web/compilation", "debug"));
        assertEquals(Optional.of(RELEASE_SHOWN), result.sourceFile());
        assertSame(result, result.getDocument().getRootElement());
    }

    @Test
    void insertAppendsACopyToTheParent() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <system.web>
                    <trace enabled="true" xdt:Transform="Insert" />
                  </system.web>
                  <system.webServer xdt:Transform="Insert">
                    <httpProtocol><customHeaders><remove name="X-Powered-By" /></customHeaders></httpProtocol>
                  </system.webServer>
                </configuration>
                """.formatted(XDT));

        assertEquals(
                List.of("compilation", "httpCookies", "customErrors", "trace"),
                element(result, "system.web").children().stream()
                        .map(LocatedElement::getName)
                        .toList());
        LocatedElement trace = element(result, "system.web/trace");
        assertEquals(List.of("enabled=true"), attributes(trace));
        assertEquals(3, trace.line());
        assertEquals(Optional.of(RELEASE_SHOWN), trace.sourceFile());
        LocatedElement remove = element(result, "system.webServer/httpProtocol/customHeaders/remove");
        assertEquals(6, remove.line());
        assertEquals(Optional.of(RELEASE_SHOWN), remove.sourceFile());
    }

    @Test
    void insertBeforeAndAfterPlaceTheCopyBesideTheSiblingFound() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <appSettings>
                    <add key="FIRST" value="1"
                        xdt:Transform="InsertBefore(/configuration/appSettings/add[@key='PROTOCOL'])" />
                    <add key="MIDDLE" value="2" xdt:Transform="InsertAfter(add[@key='PROTOCOL'])" />
                  </appSettings>
                </configuration>
                """.formatted(XDT));

        assertEquals(
                List.of("FIRST", "PROTOCOL", "MIDDLE", "DSNDB"),
                element(result, "appSettings").children().stream()
                        .map(add -> add.findAttribute("key").orElseThrow())
                        .toList());
        assertEquals(4, element(result, "appSettings").children().get(0).line());
    }

    @Test
    void insertIfMissingInsertsOnlyWhereNothingMatches() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <system.web>
                    <compilation debug="true" xdt:Transform="InsertIfMissing" />
                    <trace enabled="false" xdt:Transform="InsertIfMissing" />
                  </system.web>
                </configuration>
                """.formatted(XDT));

        assertEquals("false", attribute(result, "system.web/compilation", "debug"));
        assertEquals("false", attribute(result, "system.web/trace", "enabled"));
    }

    @Test
    void removeTakesTheFirstElementFoundAndRemoveAllEvery() throws Exception {
        String webConfig = """
                <configuration>
                  <appSettings><add key="A" /><add key="B" /></appSettings>
                  <connectionStrings><add name="A" /><add name="B" /></connectionStrings>
                </configuration>
                """;

        LocatedElement result = transform(webConfig, """
                <configuration %s>
                  <appSettings><add xdt:Transform="Remove" /></appSettings>
                  <connectionStrings><add xdt:Transform="RemoveAll" /></connectionStrings>
                </configuration>
                """.formatted(XDT));

        assertEquals(
                List.of("key=B"),
                element(result, "appSettings").children().stream()
                        .flatMap(add -> attributes(add).stream())
                        .toList());
        assertEquals(List.of(), element(result, "connectionStrings").children());
    }

    @Test
    void matchLocatorComparesEveryNamedAttribute() throws Exception {
        String webConfig = """
                <configuration>
                  <appSettings>
                    <add key="PROTOCOL" value="HTTPS" />
                    <add key="PROTOCOL" value="HTTPS" note="second" />
                  </appSettings>
                </configuration>
                """;

        LocatedElement result = transform(webConfig, """
                <configuration %s>
                  <appSettings>
                    <add key="PROTOCOL" note="second" value="HTTP"
                        xdt:Transform="SetAttributes(value)" xdt:Locator="Match(key, note)" />
                  </appSettings>
                </configuration>
                """.formatted(XDT));

        List<LocatedElement> adds = element(result, "appSettings").children();
        assertEquals("HTTPS", adds.get(0).findAttribute("value").orElseThrow());
        assertEquals("HTTP", adds.get(1).findAttribute("value").orElseThrow());
        // A start tag over several lines is placed on the line of its ">".
        assertEquals(Optional.of(new Origin(RELEASE_SHOWN, 4)), adds.get(1).attributeOrigin("value"));
    }

    @Test
    void conditionLocatorAddsItsPredicateToTheStep() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <appSettings>
                    <add xdt:Transform="Remove"
                        xdt:Locator="Condition(@key='DSNDB' or starts-with(@value, 'Data'))" />
                  </appSettings>
                </configuration>
                """.formatted(XDT));

        assertEquals(
                List.of("PROTOCOL"),
                element(result, "appSettings").children().stream()
                        .map(add -> add.findAttribute("key").orElseThrow())
                        .toList());
    }

    @Test
    void xpathLocatorTakesAnAbsoluteOrRelativePath() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <nothing xdt:Transform="SetAttributes(mode)" mode="Off"
                      xdt:Locator="XPath(/configuration/system.web/customErrors)" />
                  <system.web>
                    <httpCookies requireSSL="false" xdt:Transform="SetAttributes(requireSSL)"
                        xdt:Locator="XPath(../httpCookies[@httpOnlyCookies='true'])" />
                  </system.web>
                </configuration>
                """.formatted(XDT));

        assertEquals("Off", attribute(result, "system.web/customErrors", "mode"));
        assertEquals("false", attribute(result, "system.web/httpCookies", "requireSSL"));
    }

    @Test
    void insertWithAnXPathLocatorGoesIntoTheElementsItSelects() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <trace enabled="true" xdt:Transform="Insert" xdt:Locator="XPath(/configuration/system.web)" />
                </configuration>
                """.formatted(XDT));

        assertEquals("true", attribute(result, "system.web/trace", "enabled"));
    }

    @Test
    void transformsApplyInDocumentOrderAndVisitChildrenOfTransformedElements() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <system.web xdt:Transform="Replace">
                    <compilation debug="false" />
                    <httpCookies httpOnlyCookies="true" requireSSL="true" />
                  </system.web>
                  <system.web>
                    <compilation debug="true" xdt:Transform="SetAttributes(debug)" />
                  </system.web>
                  <system.web>
                    <httpCookies xdt:Transform="Remove" />
                    <httpCookies requireSSL="false" xdt:Transform="Insert" />
                  </system.web>
                </configuration>
                """.formatted(XDT));

        assertEquals(
                List.of("compilation", "httpCookies"),
                element(result, "system.web").children().stream()
                        .map(LocatedElement::getName)
                        .toList());
        LocatedElement compilation = element(result, "system.web/compilation");
        assertEquals(3, compilation.line());
        assertEquals(Optional.of(new Origin(RELEASE_SHOWN, 7)), compilation.attributeOrigin("debug"));
        assertEquals("true", compilation.findAttribute("debug").orElseThrow());
        LocatedElement cookies = element(result, "system.web/httpCookies");
        assertEquals(11, cookies.line());
        assertEquals(List.of("requireSSL=false"), attributes(cookies));
    }

    @Test
    void nestedTransformAppliesInsideTheElementItsParentLocates() throws Exception {
        String webConfig = """
                <configuration>
                  <location path="Admin"><system.web><compilation debug="false" /></system.web></location>
                  <location path="."><system.web><compilation debug="false" /></system.web></location>
                </configuration>
                """;

        LocatedElement result = transform(webConfig, """
                <configuration %s>
                  <location path="." xdt:Locator="Match(path)">
                    <system.web><compilation debug="true" xdt:Transform="SetAttributes" /></system.web>
                  </location>
                </configuration>
                """.formatted(XDT));

        List<LocatedElement> locations = result.children("location");
        assertEquals("false", attribute(locations.get(0), "system.web/compilation", "debug"));
        assertEquals("true", attribute(locations.get(1), "system.web/compilation", "debug"));
    }

    @Test
    void namespacedWebConfigIsChangedByATransformInTheSameNamespace() throws Exception {
        String webConfig = """
                <configuration xmlns="http://schemas.microsoft.com/.NetConfiguration/v2.0">
                  <system.web><compilation debug="false" /></system.web>
                </configuration>
                """;

        LocatedElement result = transform(webConfig, """
                <configuration xmlns="http://schemas.microsoft.com/.NetConfiguration/v2.0" %s>
                  <system.web>
                    <compilation debug="true" xdt:Transform="SetAttributes" />
                    <trace enabled="true" xdt:Transform="Insert" />
                  </system.web>
                  <system.web xdt:Locator="Condition(_defaultNamespace:compilation)">
                    <customErrors mode="Off" xdt:Transform="Insert" />
                  </system.web>
                </configuration>
                """.formatted(XDT));

        assertEquals("true", attribute(result, "system.web/compilation", "debug"));
        assertEquals("true", attribute(result, "system.web/trace", "enabled"));
        assertEquals("Off", attribute(result, "system.web/customErrors", "mode"));
    }

    @Test
    void namespacedWebConfigIsNotChangedByATransformInNoNamespace() throws Exception {
        // The publishing step matches names with their namespace, so such a transform finds nothing.
        String webConfig = """
                <configuration xmlns="http://schemas.microsoft.com/.NetConfiguration/v2.0">
                  <system.web><compilation debug="true" /></system.web>
                </configuration>
                """;

        LocatedElement result = transform(webConfig, """
                <configuration %s>
                  <system.web><compilation xdt:Transform="RemoveAttributes(debug)" /></system.web>
                </configuration>
                """.formatted(XDT));

        assertEquals("true", attribute(result, "system.web/compilation", "debug"));
    }

    @Test
    void transformThatFindsNothingIsPassedOver() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration %s>
                  <system.web>
                    <trace enabled="true" xdt:Transform="SetAttributes" />
                    <pages xdt:Transform="Replace" />
                    <sessionState xdt:Transform="Remove" />
                  </system.web>
                  <appSettings>
                    <add key="MISSING" value="x" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
                  </appSettings>
                </configuration>
                """.formatted(XDT));

        assertEquals(
                List.of("compilation", "httpCookies", "customErrors"),
                element(result, "system.web").children().stream()
                        .map(LocatedElement::getName)
                        .toList());
        assertEquals(2, element(result, "appSettings").children().size());
    }

    @Test
    void transformFileWithoutTheXdtNamespaceChangesNothing() throws Exception {
        LocatedElement result = transform(HARDENED, """
                <configuration>
                  <system.web><compilation debug="true" Transform="SetAttributes" /></system.web>
                </configuration>
                """);

        assertEquals("false", attribute(result, "system.web/compilation", "debug"));
    }

    @Test
    void transformThatDoesNotParseIsReportedAtItsLine() {
        MalformedDescriptorException e = failure("""
                <configuration %s>
                  <system.web>
                    <compilation debug="true" xdt:Transform="SetAttributes">
                  </system.web>
                </configuration>
                """.formatted(XDT));

        assertEquals(RELEASE_SHOWN, e.file());
        assertEquals(4, e.line());
    }

    @Test
    void unknownTransformIsReportedAtItsElement() {
        MalformedDescriptorException e = failure("""
                <configuration %s>
                  <system.web>
                    <compilation debug="true" xdt:Transform="replace" />
                  </system.web>
                </configuration>
                """.formatted(XDT));

        assertEquals(RELEASE_SHOWN, e.file());
        assertEquals(3, e.line());
        assertTrue(e.reason().startsWith("xdt:Transform=\"replace\" is not a transform"), e.reason());
    }

    @Test
    void unknownLocatorIsReportedAtItsElement() {
        MalformedDescriptorException e = failure("""
                <configuration %s>
                  <appSettings>
                    <add key="PROTOCOL" xdt:Transform="Remove" xdt:Locator="Key(key)" />
                  </appSettings>
                </configuration>
                """.formatted(XDT));

        assertEquals(RELEASE_SHOWN, e.file());
        assertEquals(3, e.line());
        assertTrue(e.reason().startsWith("xdt:Locator=\"Key\" is not a locator"), e.reason());
    }

    @Test
    void unknownLocatorOnAParentIsReportedWhereItsChildNeedsIt() {
        MalformedDescriptorException e = failure("""
                <configuration %s>
                  <system.web xdt:Locator="Where(x)">
                    <compilation xdt:Transform="RemoveAttributes(debug)" />
                  </system.web>
                </configuration>
                """.formatted(XDT));

        assertEquals(2, e.line());
    }

    @Test
    void malformedTransformValueIsReported() {
        MalformedDescriptorException e = failure("""
                <configuration %s>
                  <system.web><compilation xdt:Transform="Set-Attributes" /></system.web>
                </configuration>
                """.formatted(XDT));

        assertEquals(2, e.line());
    }

    @Test
    void xpathThatDoesNotCompileIsReportedAtItsElement() {
        MalformedDescriptorException e = failure("""
                <configuration %s>
                  <appSettings>
                    <add xdt:Transform="Remove" xdt:Locator="Condition(@key=='PROTOCOL')" />
                  </appSettings>
                </configuration>
                """.formatted(XDT));

        assertEquals(RELEASE_SHOWN, e.file());
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("/configuration/appSettings/add[@key=='PROTOCOL']"), e.reason());
    }

    @Test
    void matchOnAnAttributeTheElementLacksIsReported() {
        MalformedDescriptorException e = failure("""
                <configuration %s>
                  <appSettings>
                    <add value="HTTP" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
                  </appSettings>
                </configuration>
                """.formatted(XDT));

        assertEquals(3, e.line());
        assertTrue(e.reason().contains("names the attribute key"), e.reason());
    }

    @Test
    void conditionWithACommaOutsideParenthesesIsTwoArguments() {
        MalformedDescriptorException e = failure("""
                <configuration %s>
                  <appSettings>
                    <add xdt:Transform="Remove" xdt:Locator="Condition(@key='A,B')" />
                  </appSettings>
                </configuration>
                """.formatted(XDT));

        assertEquals(3, e.line());
        assertTrue(e.reason().contains("exactly one argument, not 2"), e.reason());
    }

    @Test
    void insertWithoutParentStopsPublishing() {
        MalformedDescriptorException e = failure("""
                <configuration %s>
                  <system.webServer>
                    <httpProtocol xdt:Transform="Insert" />
                  </system.webServer>
                </configuration>
                """.formatted(XDT));

        assertEquals(RELEASE_SHOWN, e.file());
        assertEquals(3, e.line());
        assertTrue(e.reason().contains("/configuration/system.webServer"), e.reason());
    }

    @Test
    void insertAfterWithoutSiblingStopsPublishing() {
        MalformedDescriptorException e = failure("""
                <configuration %s>
                  <system.web>
                    <trace enabled="false" xdt:Transform="InsertAfter(/configuration/system.web/pages)" />
                  </system.web>
                </configuration>
                """.formatted(XDT));

        assertEquals(3, e.line());
        assertTrue(e.reason().contains("finds no element at /configuration/system.web/pages"), e.reason());
    }

    @Test
    void removingTheRootIsReported() {
        MalformedDescriptorException e = failure("""
                <configuration %s xdt:Transform="Remove">
                </configuration>
                """.formatted(XDT));

        assertEquals(1, e.line());
    }

    @Test
    void xpathCannotReadOtherDocuments() {
        MalformedDescriptorException e = failure("""
                <configuration %s>
                  <system.web xdt:Transform="Remove" xdt:Locator="Condition(document('file:///etc/passwd'))" />
                </configuration>
                """.formatted(XDT));

        assertEquals(2, e.line());
        assertTrue(e.reason().endsWith("cannot be evaluated: No Such Function document"), e.reason());
    }

    @Test
    void transformedConfigurationIsJudgedWithTheTransformsLine() throws Exception {
        Descriptor web = new Descriptor(DescriptorKind.WEB_CONFIG, CONTAINER, WEB_CONFIG, false, bytes(HARDENED));
        Descriptor release = companion(RELEASE, """
                <configuration %s>
                  <system.web>
                    <compilation debug="true" xdt:Transform="SetAttributes(debug)" />
                  </system.web>
                </configuration>
                """.formatted(XDT));
        AuthenticationSettings authentication = new AuthenticationSettings(
                dev.hardening.bizagi.parse.LocatedProperties.read(new byte[0], "authentication.properties"));

        Deployment deployment = new DeploymentReader().read(List.of(web, release), authentication);

        assertEquals(List.of(), deployment.malformed());
        EffectiveWebConfig config = deployment.webConfigs().get(0);
        assertEquals(
                new Setting(
                        "true", new SourceLocation(RELEASE_SHOWN, 3, "/configuration/system.web/compilation/@debug")),
                config.attribute("system.web/compilation", "debug").orElseThrow());
    }

    /** What applying {@code transform} to {@link #HARDENED} throws. */
    private MalformedDescriptorException failure(String transform) {
        return assertThrows(MalformedDescriptorException.class, () -> transform(HARDENED, transform));
    }

    private LocatedElement transform(String webConfig, String transform) throws MalformedDescriptorException {
        return XdtTransform.apply(webConfig(), parse(webConfig), transformFile(transform), xml, "Release");
    }

    private static Companions transformFile(String transform) {
        return new Companions(List.of(companion(RELEASE, transform)));
    }

    private static Descriptor webConfig() {
        return new Descriptor(DescriptorKind.WEB_CONFIG, CONTAINER, WEB_CONFIG, false, bytes(HARDENED));
    }

    private static Descriptor companion(String path, String content) {
        return new Descriptor(DescriptorKind.COMPANION, CONTAINER, path, false, bytes(content));
    }

    private LocatedElement parse(String content) throws MalformedDescriptorException {
        return (LocatedElement) xml.read(bytes(content), "portal/" + WEB_CONFIG).getRootElement();
    }

    private static byte[] bytes(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** The element at {@code path} (local names separated by {@code /}) below {@code root}; the last of each name. */
    private static LocatedElement element(LocatedElement root, String path) {
        LocatedElement current = root;
        for (String step : path.split("/")) {
            current = current.lastChild(step).orElseThrow(() -> new AssertionError("no " + path));
        }
        return current;
    }

    private static String attribute(LocatedElement root, String path, String attribute) {
        return element(root, path).findAttribute(attribute).orElseThrow(() -> new AssertionError("no @" + attribute));
    }

    private static List<String> attributes(LocatedElement element) {
        List<String> attributes = new ArrayList<>();
        for (Attribute attribute : element.attributes()) {
            attributes.add(attribute.getQualifiedName() + "=" + attribute.getValue());
        }
        return attributes;
    }
}
