package dev.hardening.bizagi.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.model.PackagedDeployment;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal named on the command line after an earlier {@code mvn package}: it packages nothing
 * itself, so it reads what that build left in {@code target/}.
 */
@MojoTest
class CheckMojoOnItsOwnTest {

    private static final String HARDENED_WEB_CONFIG = DeploymentProjects.HARDENED_WEB_CONFIG;

    private static final int ALL_RULES = RuleCatalog.standard().rules().size();

    @TempDir
    Path basedir;

    private final List<String> log = new ArrayList<>();

    @Provides
    MavenProject provideProject() {
        return DeploymentProjects.pomProject(basedir);
    }

    @Provides
    MojoExecution provideExecution() {
        return new MojoExecution(new MojoDescriptor(), "default-cli", MojoExecution.Source.CLI);
    }

    @Provides
    Log provideLog() {
        return DeploymentProjects.recordingLog(log);
    }

    @BeforeEach
    void writeHardenedSources() throws IOException {
        DeploymentProjects.writeHardenedSources(basedir);
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void itReadsTheArchivesAnEarlierBuildLeftUnderTheFinalNameNotTheSources(CheckMojo mojo) throws Exception {
        // What the packaging made of the sources: the assembly put another web.config in the zip.
        byte[] packaged = PackagedDeployment.archive(
                "WebApplication/web.config", HARDENED_WEB_CONFIG.replace("\"HTTPS\"", "\"HTTP\""));
        write("target/portal-deployment-1.0.0-bin.zip", packaged);
        // Files that hold no deployment are left alone.
        write("target/portal-deployment-1.0.0-tests.jar", packaged);
        write("target/portal-deployment-1.0.0-bin.zip.sha1", new byte[0]);

        assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(
                "[INFO] Bizagi hardening: this build packaged no archive, so the check reads"
                        + " target/portal-deployment-1.0.0-bin.zip, which an earlier build left; run the check in the"
                        + " build that packages (mvn package bizagi-hardening:check, or bind it to verify) to judge"
                        + " what the sources make now.",
                log.get(0));
        assertTrue(
                log.get(1)
                        .startsWith("[ERROR] target/portal-deployment-1.0.0-bin.zip!/WebApplication/web.config:4:"
                                + " [BIZAGI-PROTOCOL-HTTPS]"),
                log.get(1));
        assertEquals(
                "[INFO] Bizagi hardening: 2 files read, " + ALL_RULES + " rules run: 1 error, 0 warnings.", log.get(3));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void anArchiveNamedForAnotherReleaseOnlyIsRefusedNotPassedOverForTheSources(CheckMojo mojo) throws Exception {
        // An earlier build's zip under the final name, and one under another name that may be newer.
        write("target/portal-deployment-1.0.0.zip", PackagedDeployment.archive("WebApplication/web.config", ""));
        write("target/WorkPortal.zip", PackagedDeployment.archive("WebApplication/web.config", ""));

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "target: this build packaged no archive, and the folder holds target/WorkPortal.zip, not named after"
                        + " the project's final name, portal-deployment-1.0.0, so the check cannot tell which archives"
                        + " an earlier build packaged for this release. Run the check in the build that packages the"
                        + " deployment: mvn clean package bizagi-hardening:check.",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void withoutAnyArchiveItSaysSoAndReadsTheFolders(CheckMojo mojo) throws Exception {
        write("target/portal-deployment-1.0.0-sources.jar", PackagedDeployment.archive("web.config", ""));

        mojo.execute();

        assertEquals(
                "[INFO] Bizagi hardening: this build packaged no archive and target/ holds none, so the check reads"
                        + " target/ and src/main/ as they are.",
                log.get(0));
        assertEquals(
                "[INFO] Bizagi hardening: 2 files read, " + ALL_RULES + " rules run: 0 errors, 0 warnings.",
                log.get(log.size() - 1));
    }

    private void write(String relative, byte[] content) throws IOException {
        Path file = basedir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
