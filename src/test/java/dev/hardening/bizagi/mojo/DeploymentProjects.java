package dev.hardening.bizagi.mojo;

import dev.hardening.bizagi.rules.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;

/** What the Mojo tests hand the harness: a deployment POM project in a folder, and a log to read back. */
final class DeploymentProjects {

    /** A web.config that passes every rule. */
    static final String HARDENED_WEB_CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="PROTOCOL" value="HTTPS" />
              </appSettings>
              <system.web>
                <httpCookies httpOnlyCookies="true" requireSSL="true" />
                <httpRuntime enableVersionHeader="false" />
                <pages viewStateEncryptionMode="Always" />
                <sessionState timeout="5" />
                <trust level="Medium" />
              </system.web>
              <system.webServer>
                <security>
                  <access sslFlags="Ssl" />
                  <requestFiltering removeServerHeader="true" allowHighBitCharacters="false">
                    <requestLimits maxAllowedContentLength="52428800" />
                    <verbs>
                      <add verb="TRACE" allowed="false" />
                    </verbs>
                    <fileExtensions allowUnlisted="false">
                      <add fileExtension=".aspx" allowed="true" />
                    </fileExtensions>
                  </requestFiltering>
                  <ipSecurity allowUnlisted="false" />
                </security>
                <httpProtocol>
                  <customHeaders>
                    <remove name="X-Powered-By" />
                    <add name="Strict-Transport-Security" value="max-age=31536000" />
                    <add name="X-Frame-Options" value="SAMEORIGIN" />
                    <add name="X-Content-Type-Options" value="nosniff" />
                  </customHeaders>
                </httpProtocol>
              </system.webServer>
              <location path="WebServices">
                <system.web>
                  <authorization>
                    <deny users="?" />
                  </authorization>
                </system.web>
              </location>
            </configuration>
            """;

    private DeploymentProjects() {}

    /** A packaging-pom deployment project whose folder is {@code basedir} and build folder its target. */
    static MavenProject pomProject(Path basedir) {
        Model model = new Model();
        model.setGroupId("com.example.bizagi");
        model.setArtifactId("portal-deployment");
        model.setVersion("1.0.0");
        model.setPackaging("pom");
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(basedir.resolve("target").toString());
        project.setArtifact(new DefaultArtifact(
                "com.example.bizagi",
                "portal-deployment",
                "1.0.0",
                "compile",
                "pom",
                null,
                new DefaultArtifactHandler("pom")));
        return project;
    }

    /**
     * Writes a hardened Work Portal web.config and the guide's authentication settings under {@code
     * basedir}'s {@code src/main}, as a deployment project keeps them.
     */
    static void writeHardenedSources(Path basedir) throws IOException {
        Path webConfig = basedir.resolve("src/main/portal/WebApplication/web.config");
        Files.createDirectories(webConfig.getParent());
        Files.writeString(webConfig, HARDENED_WEB_CONFIG, StandardCharsets.UTF_8);
        Path authentication = basedir.resolve("src/main/bizagi/authentication.properties");
        Files.createDirectories(authentication.getParent());
        Files.writeString(authentication, AuthenticationSettingsTemplate.text(Policy.GUIDE), StandardCharsets.UTF_8);
    }

    /** A log that adds each line, prefixed as Maven prints its level, to {@code lines}; debug is dropped. */
    static Log recordingLog(List<String> lines) {
        return new SystemStreamLog() {
            @Override
            public void debug(CharSequence line) {}

            @Override
            public void info(CharSequence line) {
                lines.add("[INFO] " + line);
            }

            @Override
            public void warn(CharSequence line) {
                lines.add("[WARNING] " + line);
            }

            @Override
            public void error(CharSequence line) {
                lines.add("[ERROR] " + line);
            }
        };
    }
}
