package dev.hardening.bizagi.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.DeploymentReader;
import dev.hardening.bizagi.parse.LocatedProperties;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The init goal writes settings the check accepts, and never overwrites a file. */
@MojoTest
class InitMojoTest {

    private static final String TARGET = "target/init-test/src/main/bizagi/authentication.properties";

    @Test
    @InjectMojo(goal = "init")
    @MojoParameter(name = "authenticationSettings", value = TARGET)
    void writtenSettingsPassEveryAuthenticationRule(InitMojo mojo) throws Exception {
        Path file = Path.of(TARGET);
        Files.deleteIfExists(file);

        mojo.execute();

        LocatedProperties written = LocatedProperties.read(Files.readAllBytes(file), "authentication.properties");
        assertEquals(
                AuthenticationSettings.KEYS,
                written.entries().stream().map(LocatedProperties.Entry::key).toList());
        Deployment onlySettings = new DeploymentReader().read(List.of(), new AuthenticationSettings(written));
        assertEquals(List.of(), RuleCatalog.standard().judge(onlySettings, Policy.GUIDE));
    }

    @Test
    @InjectMojo(goal = "init")
    @MojoParameter(name = "authenticationSettings", value = TARGET)
    void existingFileIsNeverOverwritten(InitMojo mojo) throws Exception {
        Path file = Path.of(TARGET);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "authentication.type=saml\n", StandardCharsets.UTF_8);

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(file.toAbsolutePath() + " already exists; init never overwrites it.", error.getMessage());
        assertEquals("authentication.type=saml\n", Files.readString(file, StandardCharsets.UTF_8));
    }
}
