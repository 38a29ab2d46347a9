package dev.hardening.bizagi.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocatedElementTest {

    private static final String WEB_CONFIG = "<?xml version=\"1.0\"?>\n" // 1
            + "<configuration xmlns=\"http://schemas.microsoft.com/.NetConfiguration/v2.0\">\n" // 2
            + "  <location path=\"WebServices\">\n" // 3
            + "    <system.web><authorization><deny users=\"?\"/></authorization></system.web>\n" // 4
            + "  </location>\n" // 5
            + "  <location path=\".\">\n" // 6
            + "    <system.web>\n" // 7
            + "      <httpCookies httpOnlyCookies=\"false\" x:requireSSL=\"true\" xmlns:x=\"urn:x\"/>\n" // 8
            + "      <httpCookies httpOnlyCookies=\"true\"/>\n" // 9
            + "    </system.web>\n" // 10
            + "  </location>\n" // 11
            + "  <appSettings>\n" // 12
            + "    <add key=\"PROTOCOL\">\n      HTTPS \n    </add>\n" // 13-15
            + "  </appSettings>\n" // 16
            + "</configuration>\n"; // 17

    private final LocatedElement root = parse();

    @Test
    void childrenAreFoundByLocalNameInDocumentOrder() {
        List<LocatedElement> locations = root.children("location");

        assertEquals(2, locations.size());
        assertEquals(List.of(3, 6), locations.stream().map(LocatedElement::line).toList());
        assertEquals(
                List.of("location", "location", "appSettings"),
                root.children().stream().map(LocatedElement::getName).toList());
        assertTrue(root.children("Location").isEmpty(), "names are matched exactly");
    }

    @Test
    void lastChildWinsAsTheFrameworksLetIt() {
        LocatedElement systemWeb =
                root.lastChild("location").orElseThrow().lastChild("system.web").orElseThrow();

        LocatedElement cookies = systemWeb.lastChild("httpCookies").orElseThrow();

        assertEquals(9, cookies.line());
        assertEquals("true", cookies.findAttribute("httpOnlyCookies").orElseThrow());
        assertTrue(root.lastChild("system.webServer").isEmpty());
    }

    @Test
    void attributesInANamespaceAreNotFoundByLocalName() {
        LocatedElement first = root.lastChild("location")
                .orElseThrow()
                .lastChild("system.web")
                .orElseThrow()
                .children("httpCookies")
                .get(0);

        assertEquals("false", first.findAttribute("httpOnlyCookies").orElseThrow());
        assertTrue(first.findAttribute("requireSSL").isEmpty());
    }

    @Test
    void trimmedTextDropsSurroundingWhiteSpace() {
        LocatedElement add =
                root.lastChild("appSettings").orElseThrow().lastChild("add").orElseThrow();

        assertEquals("HTTPS", add.trimmedText());
        assertEquals(13, add.line());
    }

    @Test
    void xpathNamesKeyedEntriesAndNumbersOtherSiblingsThatShareAName() {
        LocatedElement second = root.children("location").get(1);
        List<LocatedElement> cookies =
                second.lastChild("system.web").orElseThrow().children("httpCookies");
        LocatedElement deny = root.children("location")
                .get(0)
                .lastChild("system.web")
                .orElseThrow()
                .lastChild("authorization")
                .orElseThrow()
                .lastChild("deny")
                .orElseThrow();

        assertEquals("/configuration", root.xpath());
        assertEquals(
                "/configuration/location[@path='.']/system.web/httpCookies[1]",
                cookies.get(0).xpath());
        assertEquals(
                "/configuration/location[@path='.']/system.web/httpCookies[2]",
                cookies.get(1).xpath());
        assertEquals("/configuration/location[@path='WebServices']/system.web/authorization/deny", deny.xpath());
        assertEquals(
                "/configuration/appSettings/add[@key='PROTOCOL']",
                root.lastChild("appSettings")
                        .orElseThrow()
                        .lastChild("add")
                        .orElseThrow()
                        .xpath());
        assertEquals(4, deny.line());
    }

    @Test
    void xpathKeepsAnEntrysStepWhenEntriesAreAddedAroundIt() {
        LocatedElement alone = parse("<configuration><appSettings>"
                        + "<add key=\"PROTOCOL\" value=\"HTTP\"/></appSettings></configuration>")
                .lastAlong("appSettings/add")
                .orElseThrow();
        LocatedElement among = parse("<configuration><appSettings><add key=\"CULTURE\" value=\"en\"/>"
                        + "<add key=\"PROTOCOL\" value=\"HTTP\"/><add key=\"DSNDB\" value=\"x\"/>"
                        + "</appSettings></configuration>")
                .children("appSettings")
                .get(0)
                .children("add")
                .get(1);

        assertEquals("/configuration/appSettings/add[@key='PROTOCOL']", alone.xpath());
        assertEquals(alone.xpath(), among.xpath());
    }

    @Test
    void xpathFallsBackToPositionWhenTheKeyRepeatsAndReadsWebXmlNames() {
        List<LocatedElement> adds = parse("<configuration><appSettings><add key=\"PROTOCOL\" value=\"HTTP\"/>"
                        + "<add key=\"PROTOCOL\" value=\"HTTPS\"/></appSettings></configuration>")
                .lastChild("appSettings")
                .orElseThrow()
                .children("add");
        LocatedElement servlet = parse("<web-app><servlet><servlet-name>default</servlet-name></servlet>"
                        + "<servlet><servlet-name>it's</servlet-name></servlet></web-app>")
                .children("servlet")
                .get(1);

        assertEquals("/configuration/appSettings/add[2]", adds.get(1).xpath());
        assertEquals("/web-app/servlet[servlet-name=\"it's\"]", servlet.xpath());
    }

    private static LocatedElement parse(String xml) {
        try {
            return (LocatedElement) new SafeXmlReader()
                    .read(xml.getBytes(StandardCharsets.UTF_8), "web.config")
                    .getRootElement();
        } catch (MalformedDescriptorException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocatedElement parse() {
        return parse(WEB_CONFIG);
    }
}
