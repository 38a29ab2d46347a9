package dev.hardening.bizagi.rules.jee;

import static dev.hardening.bizagi.model.PackagedDeployment.archive;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.PackagedDeployment;
import dev.hardening.bizagi.rules.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which bizagi-config.properties a web application reaches, for JEE-PROTOCOL-HTTPS: its own war, the
 * jars in its WEB-INF/lib, the ear around it, or the folder the check reads. The rule fixtures are
 * single folders, where every file shares one root, so the packaged layouts are shown here.
 */
class BizagiConfigReachTest {

    private static final String WEB_XML = "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"/>";
    private static final String HTTPS = "PROTOCOL=\"HTTPS\"\n";

    @TempDir
    Path basedir;

    @Test
    void eachWarInAZipNeedsItsOwn() throws Exception {
        byte[] configured = archive("WEB-INF/web.xml", WEB_XML, "WEB-INF/classes/bizagi-config.properties", HTTPS);
        byte[] bare = archive("WEB-INF/web.xml", WEB_XML);

        Deployment deployment =
                PackagedDeployment.read(basedir, "bundle.zip", archive("a.war", configured, "b.war", bare));

        assertEquals(List.of("target/bundle.zip!/b.war!/WEB-INF/web.xml:1"), unreached(deployment));
    }

    @Test
    void aConfigBesideTheWarsInAZipServesNone() throws Exception {
        Deployment deployment = PackagedDeployment.read(
                basedir,
                "bundle.zip",
                archive("bizagi-config.properties", HTTPS, "deploy/portal.war", archive("WEB-INF/web.xml", WEB_XML)));

        assertEquals(List.of("target/bundle.zip!/deploy/portal.war!/WEB-INF/web.xml:1"), unreached(deployment));
    }

    @Test
    void aJarInTheWarsLibServesIt() throws Exception {
        Deployment deployment = PackagedDeployment.read(
                basedir,
                "portal.war",
                archive(
                        "WEB-INF/web.xml",
                        WEB_XML,
                        "WEB-INF/lib/settings.jar",
                        archive("config/bizagi-config.properties", HTTPS)));

        assertEquals(List.of(), unreached(deployment));
    }

    @Test
    void aJarOutsideTheWarsLibServesNothing() throws Exception {
        Deployment deployment = PackagedDeployment.read(
                basedir,
                "portal.war",
                archive(
                        "WEB-INF/web.xml", WEB_XML,
                        "WEB-INF/lib/extra/settings.jar", archive("bizagi-config.properties", HTTPS),
                        "WEB-INF/lib/outer.jar", archive("inner.jar", archive("bizagi-config.properties", HTTPS))));

        assertEquals(List.of("target/portal.war!/WEB-INF/web.xml:1"), unreached(deployment));
    }

    @Test
    void theEarsLibFolderAndLibJarsServeEveryWar() throws Exception {
        byte[] a = archive("WEB-INF/web.xml", WEB_XML);
        byte[] b = archive("WEB-INF/web.xml", WEB_XML);

        Deployment inFolder = PackagedDeployment.read(
                basedir, "folder.ear", archive("lib/config/bizagi-config.properties", HTTPS, "a.war", a, "b.war", b));
        Deployment inJar = PackagedDeployment.read(
                basedir,
                "jar.ear",
                archive("lib/settings.jar", archive("bizagi-config.properties", HTTPS), "a.war", a, "b.war", b));

        assertEquals(List.of(), unreached(inFolder));
        assertEquals(List.of(), unreached(inJar));
    }

    @Test
    void anotherWarsConfigInTheSameEarServesNothing() throws Exception {
        byte[] configured = archive("WEB-INF/web.xml", WEB_XML, "WEB-INF/classes/bizagi-config.properties", HTTPS);

        Deployment deployment = PackagedDeployment.read(
                basedir,
                "bizagi.ear",
                archive(
                        "a.war", configured,
                        "b.war", archive("WEB-INF/web.xml", WEB_XML),
                        "ejb.jar", archive("bizagi-config.properties", HTTPS)));

        assertEquals(List.of("target/bizagi.ear!/b.war!/WEB-INF/web.xml:1"), unreached(deployment));
    }

    @Test
    void theNearestEarInsideAZipServesItsWars() throws Exception {
        byte[] ear = archive(
                "lib/config/bizagi-config.properties", HTTPS, "portal.war", archive("WEB-INF/web.xml", WEB_XML));
        byte[] otherEar = archive("portal.war", archive("WEB-INF/web.xml", WEB_XML));

        Deployment deployment = PackagedDeployment.read(
                basedir, "dist.zip", archive("BizAgi-ear-JBoss.EAR", ear, "other.ear", otherEar));

        assertEquals(List.of("target/dist.zip!/other.ear!/portal.war!/WEB-INF/web.xml:1"), unreached(deployment));
    }

    @Test
    void anApplicationUnpackedInAZipReachesTheWholeZip() throws Exception {
        Deployment deployment = PackagedDeployment.read(
                basedir,
                "bundle.zip",
                archive("portal/WEB-INF/web.xml", WEB_XML, "config/bizagi-config.properties", HTTPS));

        assertEquals(List.of(), unreached(deployment));
    }

    @Test
    void eachFolderReadNeedsItsOwn() throws Exception {
        write("target/portal/WEB-INF/web.xml", WEB_XML);
        write("src/main/webapp/WEB-INF/web.xml", WEB_XML);
        write("src/main/resources/bizagi-config.properties", HTTPS);

        Deployment deployment = PackagedDeployment.readFolders(basedir, "target", "src/main");

        assertEquals(List.of("target/portal/WEB-INF/web.xml:1"), unreached(deployment));
    }

    /** Where the rule reports a web application that reaches no bizagi-config.properties. */
    private static List<String> unreached(Deployment deployment) {
        return new RequireHttpsProtocolProperty()
                .check(deployment, Policy.GUIDE).stream()
                        .filter(finding -> finding.message().startsWith("No bizagi-config.properties"))
                        .map(finding -> finding.location().toString())
                        .toList();
    }

    private void write(String path, String content) throws Exception {
        Path file = basedir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
