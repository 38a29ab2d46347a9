package dev.hardening.bizagi.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.model.PackagedDeployment;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.inject.Inject;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which packages the check goal reads when it runs in the lifecycle ({@code mvn verify}): what the
 * build attached, an archive it wrote without attaching, never one an earlier build left, and never the
 * sources in place of a package it cannot read.
 */
@MojoTest
class CheckMojoPackagesTest {

    private static final String HARDENED_WEB_CONFIG = DeploymentProjects.HARDENED_WEB_CONFIG;

    private static final int ALL_RULES = RuleCatalog.standard().rules().size();

    /** When the build started: a minute before each test writes its files. */
    private static final Instant BUILD_START = Instant.now().minus(Duration.ofMinutes(1));

    @TempDir
    Path basedir;

    @Inject
    private MavenProjectHelper projectHelper;

    private final List<String> log = new ArrayList<>();
    private MavenProject project;

    @Provides
    MavenProject provideProject() {
        // The session may be provided first, and holds the same project.
        if (project == null) {
            project = DeploymentProjects.pomProject(basedir);
        }
        return project;
    }

    @Provides
    @SuppressWarnings("deprecation") // the constructor without a container's repository session
    MavenSession provideSession() {
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setStartTime(Date.from(BUILD_START));
        return new MavenSession(null, request, new DefaultMavenExecutionResult(), List.of(provideProject()));
    }

    @Provides
    MojoExecution provideExecution() {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("dev.hardening");
        plugin.setArtifactId("bizagi-hardening-maven-plugin");
        MojoDescriptor check = new MojoDescriptor();
        check.setGoal("check");
        check.setPluginDescriptor(plugin);
        return new MojoExecution(check, "default", MojoExecution.Source.LIFECYCLE);
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
    void anArchiveThisBuildWroteWithoutAttachingItIsRead(CheckMojo mojo) throws Exception {
        write("target/WorkPortal.zip", httpPortal());

        assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(
                "[INFO] Bizagi hardening: this build wrote target/WorkPortal.zip without attaching it to the"
                        + " project; the check reads it.",
                log.get(0));
        assertTrue(
                log.get(1).startsWith("[ERROR] target/WorkPortal.zip!/WebApplication/web.config:4: [BIZAGI-PROTOCOL"),
                log.get(1));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void anArchiveAnEarlierBuildLeftIsNotTakenForThisBuildsPackage(CheckMojo mojo) throws Exception {
        Path stale = write("target/portal-deployment-1.0.0.zip", httpPortal());
        Files.setLastModifiedTime(stale, FileTime.from(BUILD_START.minus(Duration.ofHours(1))));

        mojo.execute();

        assertEquals(
                List.of("[INFO] Bizagi hardening: 2 files read, " + ALL_RULES + " rules run: 0 errors, 0 warnings."),
                log.subList(log.size() - 1, log.size()));
        assertTrue(
                log.stream().noneMatch(line -> line.contains("portal-deployment-1.0.0.zip")), String.join("\n", log));
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void aPackageOfAKindTheCheckCannotReadIsRefusedEvenBesideOneItCan(CheckMojo mojo) throws Exception {
        Path sevenZip = write("target/portal-deployment-1.0.0.7z", new byte[] {'7', 'z'});
        projectHelper.attachArtifact(project, "7z", sevenZip.toFile());
        Path zip = write("target/portal-deployment-1.0.0.zip", PackagedDeployment.archive("WebApplication/x", ""));
        projectHelper.attachArtifact(project, "zip", zip.toFile());
        // Files attached that are no package: an SBOM and a signature.
        projectHelper.attachArtifact(
                project,
                "json",
                "cyclonedx",
                write("target/bom.json", new byte[0]).toFile());
        projectHelper.attachArtifact(
                project, "zip.asc", write("target/x.zip.asc", new byte[0]).toFile());

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        // What it holds may differ from the zip's: the sources are not judged in its place either.
        assertEquals(
                "target/portal-deployment-1.0.0.7z: the check cannot read an archive of this kind (it reads zip,"
                        + " war, ear and jar files, and tar files plain, gzip or bzip2), so the deployment it holds"
                        + " would not be judged. Package the deployment as one of those (an assembly's"
                        + " <format>zip</format>); the sources are not judged in its place, as the packaging may"
                        + " change them.",
                error.getMessage());
    }

    @Test
    @Basedir("src/test/projects/check")
    @InjectMojo(goal = "check")
    void aTarGzPackageIsRead(CheckMojo mojo) throws Exception {
        Path tar = write("target/portal-deployment-1.0.0.tar.gz", tarGz("WebApplication/web.config", httpConfig()));
        projectHelper.attachArtifact(project, "tar.gz", tar.toFile());

        assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(
                log.get(0)
                        .startsWith("[ERROR] target/portal-deployment-1.0.0.tar.gz!/WebApplication/web.config:4:"
                                + " [BIZAGI-PROTOCOL-HTTPS]"),
                log.get(0));
    }

    private static byte[] tarGz(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    private static String httpConfig() {
        return HARDENED_WEB_CONFIG.replace("\"HTTPS\"", "\"HTTP\"");
    }

    /** A Work Portal zip whose web.config asks for plain HTTP, on its fourth line. */
    private static byte[] httpPortal() {
        return PackagedDeployment.archive("WebApplication/web.config", httpConfig());
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path file = basedir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }
}
