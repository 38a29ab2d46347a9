package dev.hardening.bizagi.model;

import static dev.hardening.bizagi.model.PackagedDeployment.archive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which jboss-all.xml's shared session-config the server reads, in packaged deployments. */
class JBossAllXmlTest {

    private static final String SHARED = """
            <jboss xmlns="urn:jboss:1.0">
              <shared-session-config xmlns="urn:jboss:shared-session-config:2.0">
                <session-config>
                  <session-timeout>5</session-timeout>
                </session-config>
              </shared-session-config>
            </jboss>
            """;

    @TempDir
    Path basedir;

    @Test
    void anEarsOwnDescriptorSharesItsSessionConfig() throws Exception {
        Deployment deployment = PackagedDeployment.read(
                basedir, "BizAgi.ear", archive("META-INF/jboss-all.xml", SHARED, "BizAgi.war", archive()));

        JBossAllXml jbossAll = only(deployment.jbossAllXmls());
        assertEquals("target/BizAgi.ear!/META-INF/jboss-all.xml", jbossAll.file());
        assertEquals(3, jbossAll.sharedSessionConfig().orElseThrow().line());
    }

    @Test
    void anEarInsideADistributionZipIsStillTheRootDeployment() throws Exception {
        Deployment deployment = PackagedDeployment.read(
                basedir, "dist.zip", archive("BizAgi.ear", archive("META-INF/jboss-all.xml", SHARED)));

        assertTrue(only(deployment.jbossAllXmls()).sharedSessionConfig().isPresent());
    }

    @Test
    void aModuleOfAnEarIsIgnoredAsTheServerIgnoresIt() throws Exception {
        Deployment deployment = PackagedDeployment.read(
                basedir, "BizAgi.ear", archive("BizAgi.war", archive("META-INF/jboss-all.xml", SHARED)));

        JBossAllXml jbossAll = only(deployment.jbossAllXmls());
        assertEquals("target/BizAgi.ear!/BizAgi.war!/META-INF/jboss-all.xml", jbossAll.file());
        assertTrue(jbossAll.sharedSessionConfig().isEmpty());
    }

    private static JBossAllXml only(List<JBossAllXml> all) {
        assertEquals(1, all.size());
        return all.get(0);
    }
}
