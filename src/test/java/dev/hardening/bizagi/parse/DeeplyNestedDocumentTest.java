package dev.hardening.bizagi.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorKind;
import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.DeploymentReader;
import dev.hardening.bizagi.model.WebConfigFile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.dom4j.QName;
import org.junit.jupiter.api.Test;

/**
 * Deep nesting crashes nothing: the reader refuses documents nested beyond its bound with a line, and
 * the model's walks of a tree stay flat however deep the tree is.
 */
class DeeplyNestedDocumentTest {

    private static final int HUNDRED_THOUSAND = 100_000;

    /** A guard against a hang only. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private final SafeXmlReader reader = new SafeXmlReader();

    @Test
    void hundredThousandNestedElementsFailWithTheirLine() {
        byte[] content = nestedWebConfig(HUNDRED_THOUSAND);

        MalformedDescriptorException e = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> assertThrows(MalformedDescriptorException.class, () -> reader.read(content, "web.config")));

        // <configuration> is depth 1 on line 1, so depth 1001 stands on line 1001.
        assertEquals(1001, e.line());
        // The JDK's code for the bound on element depth; its wording varies with the locale.
        assertTrue(e.reason().startsWith("JAXP00010006"), e.reason());
        assertEquals("web.config:1001: cannot be parsed: " + e.reason(), e.getMessage());
    }

    @Test
    void nestingToTheBoundIsRead() throws Exception {
        LocatedElement deepest = deepest(root(nestedWebConfig(1000)));

        assertEquals(1000, deepest.line());
        assertEquals(1000, deepest.xpath().split("/").length - 1);
    }

    @Test
    void nestingOneBeyondTheBoundFails() {
        byte[] content = nestedWebConfig(1001);

        MalformedDescriptorException e =
                assertThrows(MalformedDescriptorException.class, () -> reader.read(content, "web.config"));

        assertEquals(1001, e.line());
    }

    @Test
    void deploymentReaderRecordsTheDeepFileAsMalformed() {
        Descriptor deep = descriptor("deep/web.config", nestedWebConfig(HUNDRED_THOUSAND));
        Descriptor shallow = descriptor("web.config", nestedWebConfig(3));

        Deployment deployment = assertTimeoutPreemptively(
                HANG_GUARD, () -> new DeploymentReader().read(List.of(deep, shallow), authentication()));

        assertEquals(1, deployment.malformed().size());
        assertEquals(
                "target/x.zip!/deep/web.config", deployment.malformed().get(0).file());
        assertEquals(1001, deployment.malformed().get(0).line());
        assertEquals(1, deployment.webConfigs().size());
    }

    @Test
    void xpathOfAHundredThousandDeepElementIsBuilt() {
        LocatedElement deepest = deepest(handBuiltTree(HUNDRED_THOUSAND));

        String xpath = assertTimeoutPreemptively(HANG_GUARD, deepest::xpath);

        assertEquals("/configuration/system.web" + "/e".repeat(HUNDRED_THOUSAND - 2), xpath);
    }

    @Test
    void webConfigSectionsAreFoundInAHundredThousandDeepTree() {
        WebConfigFile file = new WebConfigFile(descriptor("web.config", new byte[0]), handBuiltTree(HUNDRED_THOUSAND));

        List<LocatedElement> found = assertTimeoutPreemptively(HANG_GUARD, () -> file.elements("system.web/e/e"));

        assertEquals(1, found.size());
        assertEquals(4, found.get(0).line());
        assertEquals("/configuration/system.web/e/e", found.get(0).xpath());
        assertEquals(3, file.deepestAlong("system.web/e/absent").line());
    }

    private LocatedElement root(byte[] content) throws MalformedDescriptorException {
        return (LocatedElement) reader.read(content, "web.config").getRootElement();
    }

    private static LocatedElement deepest(LocatedElement root) {
        LocatedElement deepest = root;
        while (!deepest.children().isEmpty()) {
            deepest = deepest.children().get(0);
        }
        return deepest;
    }

    /** {@code <configuration>}, {@code <system.web>}, then {@code <e>}s, one start tag a line. */
    private static byte[] nestedWebConfig(int depth) {
        StringBuilder xml = new StringBuilder("<configuration>\n<system.web>\n");
        xml.append("<e>\n".repeat(depth - 2));
        xml.append("</e>".repeat(depth - 2));
        xml.append("</system.web></configuration>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The tree {@link #nestedWebConfig} describes, built without the parser and its bound. */
    private static LocatedElement handBuiltTree(int depth) {
        LocatedElement root = new LocatedElement(QName.get("configuration"), 1);
        LocatedElement parent = new LocatedElement(QName.get("system.web"), 2);
        root.add(parent);
        for (int line = 3; line <= depth; line++) {
            LocatedElement child = new LocatedElement(QName.get("e"), line);
            parent.add(child);
            parent = child;
        }
        return root;
    }

    private static Descriptor descriptor(String path, byte[] content) {
        return new Descriptor(DescriptorKind.WEB_CONFIG, "target/x.zip", path, true, content);
    }

    private static AuthenticationSettings authentication() {
        return new AuthenticationSettings(LocatedProperties.read(new byte[0], "authentication.properties"));
    }
}
