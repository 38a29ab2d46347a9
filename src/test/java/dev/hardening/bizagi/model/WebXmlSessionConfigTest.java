package dev.hardening.bizagi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.parse.MalformedDescriptorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web.xml with more than one {@code session-config}, which containers refuse to deploy: the check
 * refuses it too, at the second block, rather than judge the last block alone.
 */
class WebXmlSessionConfigTest {

    private static final String WEB_XML = "target/portal/WEB-INF/web.xml";

    @TempDir
    Path basedir;

    @Test
    void aSecondSessionConfigIsRefusedAtItsLine() throws Exception {
        Deployment deployment = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <session-config>
                    <session-timeout>5</session-timeout>
                  </session-config>
                  <session-config>
                    <tracking-mode>COOKIE</tracking-mode>
                  </session-config>
                </web-app>
                """);

        assertEquals(List.of(), deployment.webXmls());
        assertEquals(
                List.of(WEB_XML + ":6: is refused by the server: a second <session-config> (the first is at line 3),"
                        + " where web.xml may hold one, so the servlet container will not deploy it. Move the"
                        + " elements of every <session-config> into the first and delete the others."),
                deployment.malformed().stream()
                        .map(MalformedDescriptorException::getMessage)
                        .toList());
    }

    @Test
    void fourSessionConfigsAreCounted() throws Exception {
        Deployment deployment = read("""
                <web-app>
                  <session-config><session-timeout>5</session-timeout></session-config>
                  <session-config><cookie-config><http-only>true</http-only></cookie-config></session-config>
                  <session-config><cookie-config><secure>true</secure></cookie-config></session-config>
                  <session-config><tracking-mode>COOKIE</tracking-mode></session-config>
                </web-app>
                """);

        MalformedDescriptorException refused = deployment.malformed().get(0);
        assertEquals(3, refused.line());
        assertEquals(
                "a second <session-config> (the first is at line 2; 4 in all), where web.xml may hold one, so the"
                        + " servlet container will not deploy it. Move the elements of every <session-config> into"
                        + " the first and delete the others.",
                refused.reason());
    }

    @Test
    void oneSessionConfigIsRead() throws Exception {
        Deployment deployment = read("""
                <web-app>
                  <session-config><session-timeout>5</session-timeout></session-config>
                </web-app>
                """);

        assertEquals(List.of(), deployment.malformed());
        assertEquals(1, deployment.webXmls().size());
    }

    private Deployment read(String webXml) throws Exception {
        Path file = basedir.resolve(WEB_XML);
        Files.createDirectories(file.getParent());
        Files.writeString(file, webXml);
        return PackagedDeployment.readFolders(basedir, "target");
    }
}
