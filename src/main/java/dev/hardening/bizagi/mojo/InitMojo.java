package dev.hardening.bizagi.mojo;

import dev.hardening.bizagi.rules.Policy;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the authentication settings file with the hardening guide's values, for the project to adjust
 * to its environment. An existing file is never overwritten.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", threadSafe = true, requiresProject = true)
public final class InitMojo extends AbstractMojo {

    /**
     * Where to write the file; the same parameter the {@code check} goal reads. Default
     * <code>src/main/bizagi/authentication.properties</code> in the project folder.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "bizagi.hardening.authenticationSettings",
            defaultValue = "${project.basedir}/src/main/bizagi/authentication.properties")
    private File authenticationSettings;

    @Override
    public void execute() throws MojoExecutionException {
        Path file = authenticationSettings.toPath();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // CREATE_NEW: an existing file, or a link in its place, is never written through.
            Files.writeString(
                    file,
                    AuthenticationSettingsTemplate.text(Policy.GUIDE),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new MojoExecutionException(file + " already exists; init never overwrites it.", e);
        } catch (IOException e) {
            throw new MojoExecutionException(file + ": cannot be written (" + e.getMessage() + ")", e);
        }
        getLog().info("Wrote " + file + " with the hardening guide's values; make it match the environment.");
    }
}
