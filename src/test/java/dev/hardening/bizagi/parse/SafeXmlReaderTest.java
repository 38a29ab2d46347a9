package dev.hardening.bizagi.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dom4j.Document;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlReaderTest {

    /** A guard against a hang only; the bounded cases fail in milliseconds. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    private final SafeXmlReader reader = new SafeXmlReader();

    @Test
    void utf8WithoutByteOrderMarkIsRead() throws Exception {
        byte[] content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration name=\"café €\"/>"
                .getBytes(StandardCharsets.UTF_8);

        assertEquals("café €", rootAttribute(content, "name"));
    }

    @Test
    void utf8WithByteOrderMarkIsRead() throws Exception {
        byte[] content = withPrefix(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration name=\"café\"/>"
                        .getBytes(StandardCharsets.UTF_8));

        assertEquals("café", rootAttribute(content, "name"));
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsRead() throws Exception {
        byte[] content = withPrefix(
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                "<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n<configuration name=\"café\"/>"
                        .getBytes(StandardCharsets.UTF_16LE));

        assertEquals("café", rootAttribute(content, "name"));
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsRead() throws Exception {
        byte[] content = withPrefix(
                new byte[] {(byte) 0xFE, (byte) 0xFF},
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<configuration name=\"café\"/>"
                        .getBytes(StandardCharsets.UTF_16BE));

        assertEquals("café", rootAttribute(content, "name"));
    }

    @Test
    void utf16ByteOrderMarkWinsOverADeclaredUtf8AsInDotNet() throws Exception {
        byte[] content = withPrefix(
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<configuration name=\"café\">\r\n  <system.web/>\r\n</configuration>"
                        .getBytes(StandardCharsets.UTF_16LE));

        Document document = reader.read(content, "web.config");

        assertEquals("café", document.getRootElement().attributeValue("name"));
        assertEquals(3, ((LocatedElement) document.getRootElement().elements().get(0)).line());
    }

    @Test
    void declaredWindows1252IsHonoured() throws Exception {
        byte[] content = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<configuration name=\"€ café\"/>"
                .getBytes(Charset.forName("windows-1252"));
        assertEquals(1, count(content, (byte) 0x80), "the euro sign is one byte, 0x80");

        assertEquals("€ café", rootAttribute(content, "name"));
    }

    @Test
    void declaredIso88591IsHonoured() throws Exception {
        byte[] content = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<configuration name=\"café\"/>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertEquals("café", rootAttribute(content, "name"));
    }

    @Test
    void bytesThatBetrayTheDeclaredEncodingFailWithTheirLine() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<configuration>\n"
                + "  <add value=\"caf\u00e9\"/>\n"
                + "</configuration>";
        byte[] content = xml.getBytes(StandardCharsets.ISO_8859_1);

        MalformedDescriptorException e = refused(content, "WebApplication/web.config");

        assertEquals("WebApplication/web.config", e.file());
        assertEquals(3, e.line());
        assertEquals("WebApplication/web.config:3: cannot be parsed: " + e.reason(), e.getMessage());
        assertTrue(e.reason().contains("UTF-8"), e.reason());
    }

    @Test
    void unsupportedDeclaredEncodingFailsNamingIt() {
        String xml = "<?xml version=\"1.0\" encoding=\"x-klingon\"?>\n<configuration/>";

        MalformedDescriptorException e = refused(xml.getBytes(StandardCharsets.US_ASCII), "web.config");

        assertEquals(
                "web.config:1: cannot be parsed: the declared encoding \"x-klingon\" is not supported", e.getMessage());
    }

    @Test
    void utf16DeclaredWithoutByteOrderMarkIsRead() throws Exception {
        byte[] content = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<configuration name=\"café\"/>"
                .getBytes(StandardCharsets.UTF_16LE);

        assertEquals("café", rootAttribute(content, "name"));
    }

    @Test
    void externalDtdOfAServlet23DescriptorIsNotFetched() throws Exception {
        try (ConnectionCounter server = new ConnectionCounter()) {
            String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                    + "<!DOCTYPE web-app PUBLIC \"-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN\" \""
                    + server.url("web-app_2_3.dtd") + "\">\n"
                    + "<web-app>\n  <display-name>Bizagi</display-name>\n</web-app>\n";

            LocatedElement root = root(xml.getBytes(StandardCharsets.ISO_8859_1));

            assertEquals("Bizagi", root.lastChild("display-name").orElseThrow().trimmedText());
            assertEquals(0, server.connections());
        }
    }

    @Test
    void servlet23DescriptorWithItsRealDoctypeIsReadOffline() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<!DOCTYPE web-app PUBLIC \"-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN\""
                + " \"http://java.sun.com/dtd/web-app_2_3.dtd\">\n"
                + "<web-app>\n  <session-config><session-timeout>5</session-timeout></session-config>\n</web-app>\n";

        LocatedElement root = assertTimeoutPreemptively(HANG_GUARD, () -> root(xml.getBytes(StandardCharsets.UTF_8)));

        LocatedElement timeout = root.lastChild("session-config")
                .orElseThrow()
                .lastChild("session-timeout")
                .orElseThrow();
        assertEquals("5", timeout.trimmedText());
        assertEquals(4, timeout.line());
    }

    @Test
    void externalDtdOnDiskIsNotRead() throws Exception {
        // Were the DTD read, its default attribute would appear on the root.
        Path dtd =
                Files.writeString(temp.resolve("web-app.dtd"), "<!ATTLIST web-app injected CDATA \"from-the-dtd\">\n");
        String xml = "<!DOCTYPE web-app SYSTEM \"" + dtd.toUri() + "\">\n<web-app/>";

        LocatedElement root = root(xml.getBytes(StandardCharsets.UTF_8));

        assertTrue(root.findAttribute("injected").isEmpty(), "the DTD on disk was read");
    }

    @Test
    void externalEntityOnDiskIsNotResolvedAndTheFileIsRefusedWhereItIsUsed() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-7f3a");
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE configuration [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<configuration><appSettings><add key=\"k\" value=\"v\"/>\n&xxe;</appSettings></configuration>";

        MalformedDescriptorException refused = assertThrows(
                MalformedDescriptorException.class,
                () -> reader.read(xml.getBytes(StandardCharsets.UTF_8), "web.config"));

        // Left out silently, whatever settings the entity holds would be missed: a false pass.
        assertEquals(
                "web.config:4: cannot be parsed: the entity &xxe; is declared outside this file or not at"
                        + " all, and the check loads no external entity, so what it brings in cannot be judged;"
                        + " write its content into the file in its place",
                refused.getMessage());
    }

    @Test
    void externalEntityForEtcPasswdIsNotResolved() throws Exception {
        String xml = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<r>&xxe;</r>";

        String text = readOrReason(xml.getBytes(StandardCharsets.UTF_8));

        assertFalse(text.contains("root:"), text);
        assertTrue(text.contains("the entity &xxe; is declared outside this file"), text);
    }

    @Test
    void anEntityAnExternalDtdMightDeclareIsRefusedAndADoctypeAloneIsNot() throws Exception {
        String servlet23 = "<!DOCTYPE web-app PUBLIC \"-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN\""
                + " \"http://java.sun.com/dtd/web-app_2_3.dtd\">\n";

        assertEquals(
                "web-app",
                root((servlet23 + "<web-app/>").getBytes(StandardCharsets.UTF_8))
                        .getName());
        assertTrue(readOrReason((servlet23 + "<web-app>\n<display-name>&portal;</display-name></web-app>")
                        .getBytes(StandardCharsets.UTF_8))
                .startsWith("web.config:3: cannot be parsed: the entity &portal; is declared outside"));
    }

    @Test
    void anUndeclaredEntityInAnAttributeIsRefusedWhenAnExternalDtdMightDeclareIt() {
        String xml = "<!DOCTYPE configuration SYSTEM \"settings.dtd\">\n<configuration>\n<!-- &note; -->\n"
                + "<system.web><compilation debug=\"&dbg;\"/></system.web>\n</configuration>";

        // The parser would give debug="" without a word; the server, reading the DTD, may give "true".
        assertEquals(
                "web.config:4: cannot be parsed: the entity &dbg; is declared outside this file or not at all, and"
                        + " the check loads no external entity, so what it brings in cannot be judged; write its"
                        + " content into the file in its place",
                readOrReason(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void predefinedEntitiesCharacterReferencesAndDeclaredOnesPassBesideAnExternalDtd() throws Exception {
        String xml = "<!DOCTYPE web-app PUBLIC \"-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN\""
                + " \"http://java.sun.com/dtd/web-app_2_3.dtd\" [<!ENTITY host \"portal.example\">]>\n"
                + "<web-app>\n<!-- &unused; in a comment --><![CDATA[ &raw; ]]>\n"
                + "<display-name a=\"&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&host;\">&amp;&#65;&host;</display-name>\n"
                + "</web-app>";

        org.dom4j.Element name = root(xml.getBytes(StandardCharsets.UTF_8)).element("display-name");

        assertEquals("&<>\"'ABportal.example", name.attributeValue("a"));
        assertEquals("&Aportal.example", name.getText());
    }

    @Test
    void anExternalEntityReachedThroughAnInternalOneIsRefusedAtTheFilesReference() {
        String xml = "<!DOCTYPE configuration [\n<!ENTITY ext SYSTEM \"settings.xml\">\n<!ENTITY a \"&ext;\">\n]>\n"
                + "<configuration>\n\n<appSettings>&a;</appSettings>\n</configuration>";

        assertTrue(
                readOrReason(xml.getBytes(StandardCharsets.UTF_8))
                        .startsWith("web.config:7: cannot be parsed: the entity &ext; is declared outside"),
                readOrReason(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void elementsAnInternalEntityBringsInAreAtTheLineThatRefersToIt() throws Exception {
        String xml = "<!DOCTYPE configuration [\n<!ENTITY c \"<compilation\n debug='true'/>\">\n]>\n"
                + "<configuration>\n<system.web>\n&c;</system.web>\n<trace/>\n</configuration>";

        LocatedElement root = root(xml.getBytes(StandardCharsets.UTF_8));

        assertEquals(7, ((LocatedElement) root.element("system.web").element("compilation")).line());
        assertEquals(8, ((LocatedElement) root.element("trace")).line());
    }

    @Test
    void anEntityAnUnreadParameterEntityWouldDeclareIsRefusedWithTheSameReason() {
        String xml = "<!DOCTYPE configuration [<!ENTITY % settings SYSTEM \"settings.dtd\"> %settings;]>\n"
                + "<configuration>\n<appSettings>&protocol;</appSettings>\n</configuration>";

        String reason = readOrReason(xml.getBytes(StandardCharsets.UTF_8));

        assertTrue(
                reason.startsWith("web.config:3: cannot be parsed: the entity &protocol; is declared outside this"
                        + " file or not at all"),
                reason);
    }

    @Test
    void undeclaredEntitiesReachedThroughDeclaredOnesOrBehindProcessingInstructionsAreRefused() {
        String dtd = "<!DOCTYPE configuration SYSTEM \"c[1.dtd\" [<!ENTITY a \"&ext;\">]>\n";

        for (String body : List.of(
                "<configuration>\n<compilation debug=\"&a;\"/>\n</configuration>",
                "<configuration>\n<?note <!-- ?>\n<compilation debug=\"&dbg;\"/>\n<!-- --></configuration>",
                "<configuration>\n<compilation debug=\"&e\u0301x;\" note=\"]>\"/>\n</configuration>")) {
            String reason = readOrReason((dtd + body).getBytes(StandardCharsets.UTF_8));

            assertTrue(reason.contains(": the entity &") && reason.contains("is declared outside this file"), reason);
        }
    }

    @Test
    void aProcessingInstructionWithAnAmpersandBesideAnExternalDtdIsRead() throws Exception {
        String xml = "<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE web-app SYSTEM \"web-app_2_3.dtd\""
                + " [<!-- ]> --><!ENTITY b \"x]>y\">]>\n<web-app>\n<?note &nbsp; ?><display-name>&b;</display-name>"
                + "\n</web-app>";

        LocatedElement root = root(xml.getBytes(StandardCharsets.UTF_8));

        assertEquals("x]>y", root.element("display-name").getText());
        assertEquals(4, ((LocatedElement) root.element("display-name")).line());
    }

    @Test
    void aDocumentWithAnExternalDtdKeepsItsEncodingWhenReadAgain() throws Exception {
        String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE web-app SYSTEM \"w.dtd\">\n"
                + "<web-app>\n<display-name>Gestión</display-name>\n</web-app>";
        String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE web-app SYSTEM \"w.dtd\">\n<web-app>\n"
                + "<display-name>Gestión</display-name>\n</web-app>";

        LocatedElement fromLatin = root(latin.getBytes(StandardCharsets.ISO_8859_1));
        LocatedElement fromUtf16 = root(utf16.getBytes(StandardCharsets.UTF_16BE));

        assertEquals("Gestión", fromLatin.element("display-name").getText());
        assertEquals(4, ((LocatedElement) fromLatin.element("display-name")).line());
        assertEquals("Gestión", fromUtf16.element("display-name").getText());
    }

    @Test
    void anEntityDeclaredAfterAnUnreadParameterEntityIsRefused() {
        String xml =
                "<!DOCTYPE web-app [\n  <!ENTITY % ext SYSTEM \"ext.dtd\">\n  %ext;\n  <!ENTITY timeout \"5\">\n]>\n"
                        + "<web-app><session-config><session-timeout>&timeout;</session-timeout></session-config></web-app>";

        // ext.dtd may declare timeout first, and the first declaration holds.
        assertTrue(
                readOrReason(xml.getBytes(StandardCharsets.UTF_8))
                        .startsWith("web.config:4: cannot be parsed: the entity &timeout; is declared after a"
                                + " parameter entity the check does not load"),
                readOrReason(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDocumentIsMadeStandaloneOnItsFirstLine() {
        assertEquals("<?xml version=\"1.0\" standalone=\"yes\"?><r/>", SafeXmlReader.asStandalone("<r/>"));
        assertEquals(
                "<?xml version='1.0' encoding='UTF-8' standalone=\"yes\"?>\n<r/>",
                SafeXmlReader.asStandalone("<?xml version='1.0' encoding='UTF-8'?>\n<r/>"));
        assertEquals(
                "<?xml version=\"1.0\" standalone=\"yes\"?>\n<r/>",
                SafeXmlReader.asStandalone("<?xml version=\"1.0\" standalone = 'no'?>\n<r/>"));
        assertEquals(
                "<?xml version=\"1.0\" standalone=\"yes\"?><?xml-stylesheet href='a'?><r/>",
                SafeXmlReader.asStandalone("<?xml-stylesheet href='a'?><r/>"));
    }

    @Test
    void anUndeclaredEntityInAUtf16FileIsRefusedAtItsLine() {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<!DOCTYPE configuration SYSTEM \"c.dtd\">\n"
                + "<configuration>\n<trace enabled=\"&on;\"/>\n</configuration>";
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = xml.getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);

        assertTrue(
                readOrReason(content).startsWith("web.config:4: cannot be parsed: the entity &on; is declared"),
                readOrReason(content));
    }

    @Test
    void externalParameterEntityIsNotResolved() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-7f3a");
        Path dtd = Files.writeString(temp.resolve("evil.dtd"), "<!ENTITY leaked SYSTEM \"" + secret.toUri() + "\">\n");
        try (ConnectionCounter server = new ConnectionCounter()) {
            String xml = "<!DOCTYPE r [\n"
                    + "  <!ENTITY % disk SYSTEM \"" + dtd.toUri() + "\">\n"
                    + "  <!ENTITY % net SYSTEM \"" + server.url("evil.dtd") + "\">\n"
                    + "  %disk; %net;\n"
                    + "]>\n<r attribute=\"a\">&leaked;</r>";

            String text = readOrReason(xml.getBytes(StandardCharsets.UTF_8));

            assertFalse(text.contains("TOP-SECRET"), text);
            assertEquals(0, server.connections());
        }
    }

    @Test
    void externalEntityOverTheNetworkIsNotFetched() throws Exception {
        try (ConnectionCounter server = new ConnectionCounter()) {
            String xml = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + server.url("secret") + "\">]>\n<r>&xxe;</r>";

            String text = readOrReason(xml.getBytes(StandardCharsets.UTF_8));

            assertFalse(text.contains("HTTP"), text);
            assertEquals(0, server.connections());
        }
    }

    @Test
    void billionLaughsFailsFast() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String previous = i == 1 ? "&lol;" : "&lol" + (i - 1) + ";";
            xml.append(" <!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(previous.repeat(10))
                    .append("\">\n");
        }
        xml.append("]>\n<configuration>&lol9;</configuration>");
        byte[] content = xml.toString().getBytes(StandardCharsets.UTF_8);

        MalformedDescriptorException e = refused(content, "web.config");

        // The JDK's code for the bound on entity expansions; its wording varies with the locale.
        assertTrue(e.reason().startsWith("JAXP00010001"), e.reason());
    }

    @Test
    void quadraticBlowupFailsFast() {
        // 12 kB of text that would expand to 9 million characters, each reference staying under the
        // expansion count; the bound on the total size of entities stops it.
        String big = "x".repeat(10_000);
        String xml = "<!DOCTYPE r [<!ENTITY big \"" + big + "\">]>\n<r>" + "&big;".repeat(900) + "</r>";
        byte[] content = xml.getBytes(StandardCharsets.UTF_8);

        MalformedDescriptorException e = refused(content, "web.config");

        // The JDK's code for the bound on the total size of entities.
        assertTrue(e.reason().startsWith("JAXP00010004"), e.reason());
    }

    @Test
    void largeDocumentWithoutEntitiesIsRead() throws Exception {
        String add = "    <add key=\"k\" value=\"" + "v".repeat(100) + "\" />\n";
        String xml = "<configuration>\n  <appSettings>\n" + add.repeat(40_000) + "  </appSettings>\n</configuration>\n";

        LocatedElement appSettings = root(xml.getBytes(StandardCharsets.UTF_8))
                .lastChild("appSettings")
                .orElseThrow();

        assertEquals(40_000, appSettings.children("add").size());
        assertEquals(40_002, appSettings.children("add").get(39_999).line());
    }

    @Test
    void internalEntitiesWithinTheBoundsAreExpanded() throws Exception {
        String xml = "<!DOCTYPE r [<!ENTITY host \"portal.example\">]>\n<r>&host;/&host;</r>";

        assertEquals(
                "portal.example/portal.example",
                root(xml.getBytes(StandardCharsets.UTF_8)).getText());
    }

    @Test
    void elementsKnowTheLineOfTheirStartTag() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n" // 1
                + "<configuration>\n" // 2
                + "  <!-- a comment\n" // 3
                + "       over two lines -->\n" // 4
                + "  <system.web>\n" // 5
                + "    <httpCookies httpOnlyCookies=\"true\" />\n" // 6
                + "    <sessionState\n" // 7
                + "        timeout=\"20\" />\n" // 8
                + "  </system.web>\n" // 9
                + "</configuration>\n"; // 10

        LocatedElement root = root(xml.getBytes(StandardCharsets.UTF_8));
        LocatedElement systemWeb = root.lastChild("system.web").orElseThrow();

        assertEquals(2, root.line());
        assertEquals(5, systemWeb.line());
        assertEquals(6, systemWeb.lastChild("httpCookies").orElseThrow().line());
        // SAX reports where a start tag ends: a tag spread over lines is placed on its last line.
        assertEquals(8, systemWeb.lastChild("sessionState").orElseThrow().line());
    }

    @Test
    void unclosedTagFailsWithItsLine() {
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<configuration>\n"
                + "  <system.web>\n"
                + "    <httpCookies httpOnlyCookies=\"true\">\n"
                + "  </system.web>\n"
                + "</configuration>\n";

        MalformedDescriptorException e = refused(xml.getBytes(StandardCharsets.UTF_8), "target/x.zip!/web.config");

        assertEquals(5, e.line());
        assertEquals("target/x.zip!/web.config", e.file());
        assertEquals("target/x.zip!/web.config:5: cannot be parsed: " + e.reason(), e.getMessage());
        assertTrue(e.reason().contains("httpCookies"), e.reason());
    }

    @Test
    void defaultAttributeFromTheDoctypeIsRefusedWithItsLine() {
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE configuration [\n"
                + "  <!ATTLIST httpCookies requireSSL CDATA \"true\">\n"
                + "]>\n"
                + "<configuration><system.web><httpCookies/></system.web></configuration>\n";

        MalformedDescriptorException e = refused(xml.getBytes(StandardCharsets.UTF_8), "web.config");

        assertEquals(3, e.line());
        assertTrue(
                e.reason().startsWith("the DOCTYPE gives httpCookies/@requireSSL the default value \"true\""),
                e.reason());
    }

    @Test
    void attributeDeclaredWithoutDefaultInTheDoctypeIsAccepted() throws Exception {
        String xml = "<!DOCTYPE configuration [<!ATTLIST configuration id ID #IMPLIED>]>\n<configuration/>";

        assertEquals(
                "configuration",
                reader.read(xml.getBytes(StandardCharsets.UTF_8), "web.config")
                        .getRootElement()
                        .getName());
    }

    @Test
    void unterminatedStartTagFailsWithItsLine() {
        String xml = "<configuration>\n<system.web>\n<pages viewStateEncryptionMode=\"Always\"</system.web>\n";

        MalformedDescriptorException e = refused(xml.getBytes(StandardCharsets.UTF_8), "web.config");

        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("web.config:3: cannot be parsed: "), e.getMessage());
    }

    @Test
    void emptyFileFailsNamingIt() {
        MalformedDescriptorException e = refused(new byte[0], "web.config");

        assertEquals("web.config", e.file());
        assertTrue(e.getMessage().startsWith("web.config:"), e.getMessage());
        assertFalse(e.reason().isBlank());
    }

    @Test
    void defaultNamespaceOnTheRootChangesNoLookup() throws Exception {
        String xml = "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\"\n"
                + "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "    xsi:schemaLocation=\"https://jakarta.ee/xml/ns/jakartaee web-app_6_0.xsd\" version=\"6.0\">\n"
                + "  <session-config>\n"
                + "    <cookie-config><http-only>true</http-only></cookie-config>\n"
                + "  </session-config>\n"
                + "</web-app>\n";

        LocatedElement root = root(xml.getBytes(StandardCharsets.UTF_8));

        assertEquals("https://jakarta.ee/xml/ns/jakartaee", root.getNamespaceURI());
        assertEquals("6.0", root.findAttribute("version").orElseThrow());
        assertTrue(root.findAttribute("schemaLocation").isEmpty());
        LocatedElement httpOnly = root.lastChild("session-config")
                .orElseThrow()
                .lastChild("cookie-config")
                .orElseThrow()
                .lastChild("http-only")
                .orElseThrow();
        assertEquals("true", httpOnly.trimmedText());
        assertEquals(5, httpOnly.line());
        assertEquals("/web-app/session-config/cookie-config/http-only", httpOnly.xpath());
    }

    @Test
    void prefixedElementsAreFoundByLocalName() throws Exception {
        String xml = "<j:web-app xmlns:j=\"http://xmlns.jcp.org/xml/ns/javaee\">"
                + "<j:session-config><j:session-timeout>10</j:session-timeout></j:session-config></j:web-app>";

        LocatedElement root = root(xml.getBytes(StandardCharsets.UTF_8));

        LocatedElement timeout = root.lastChild("session-config")
                .orElseThrow()
                .lastChild("session-timeout")
                .orElseThrow();
        assertEquals("10", timeout.trimmedText());
    }

    @Test
    void everyElementIsLocated() throws Exception {
        String xml = "<configuration><a><b/><c><d/></c></a><a/></configuration>";

        Document document = reader.read(xml.getBytes(StandardCharsets.UTF_8), "web.config");

        List<Element> elements = new ArrayList<>(List.of(document.getRootElement()));
        for (int i = 0; i < elements.size(); i++) {
            elements.addAll(elements.get(i).elements());
        }
        assertEquals(6, elements.size());
        assertTrue(elements.stream().allMatch(LocatedElement.class::isInstance));
    }

    @Test
    void anotherParserOnTheClassPathIsNotUsed() throws Exception {
        // A provider named in META-INF/services would be picked by SAXParserFactory.newInstance().
        Path services = Files.createDirectories(temp.resolve("classes/META-INF/services"));
        Files.writeString(
                services.resolve("javax.xml.parsers.SAXParserFactory"), "org.example.NoSuchSaxParserFactory\n");
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        URL[] classes = {temp.resolve("classes").toUri().toURL()};
        try (URLClassLoader loader = new URLClassLoader(classes, original)) {
            thread.setContextClassLoader(loader);

            assertEquals(
                    "configuration",
                    root("<configuration/>".getBytes(StandardCharsets.UTF_8)).getName());
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    /** The failure reading {@code content}, with a guard against a parser that hangs. */
    private MalformedDescriptorException refused(byte[] content, String displayPath) {
        return assertTimeoutPreemptively(
                HANG_GUARD,
                () -> assertThrows(MalformedDescriptorException.class, () -> reader.read(content, displayPath)));
    }

    private LocatedElement root(byte[] content) throws MalformedDescriptorException {
        return (LocatedElement) reader.read(content, "web.config").getRootElement();
    }

    private String rootAttribute(byte[] content, String name) throws MalformedDescriptorException {
        return root(content).findAttribute(name).orElseThrow();
    }

    /** The document's text, or the failure's message when the document is refused. */
    private String readOrReason(byte[] content) {
        try {
            return reader.read(content, "web.config").asXML();
        } catch (MalformedDescriptorException e) {
            return e.getMessage();
        }
    }

    private static int count(byte[] bytes, byte wanted) {
        int count = 0;
        for (byte b : bytes) {
            count += b == wanted ? 1 : 0;
        }
        return count;
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(rest);
        return out.toByteArray();
    }

    /** A server on the loopback address that counts the connections made to it and answers none. */
    private static final class ConnectionCounter implements AutoCloseable {

        private final ServerSocket server;
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor;

        ConnectionCounter() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            acceptor = new Thread(this::accept, "connection-counter");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        String url(String file) {
            return "http://127.0.0.1:" + server.getLocalPort() + "/" + file;
        }

        /** The connections accepted so far; a parser that connects waits until its socket is closed. */
        int connections() {
            return connections.get();
        }

        private void accept() {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() throws Exception {
            server.close();
            acceptor.join(HANG_GUARD.toMillis());
        }
    }
}
