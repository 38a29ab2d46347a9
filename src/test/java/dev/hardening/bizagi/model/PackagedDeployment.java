package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.DeploymentScanner;
import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorSelector;
import dev.hardening.bizagi.input.InputException;
import dev.hardening.bizagi.input.ReadLimits;
import dev.hardening.bizagi.parse.LocatedProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds wars, ears and jars in memory and reads them as the check reads what a build packaged, so
 * that the tests of nested archives commit no binary file.
 */
public final class PackagedDeployment {

    private PackagedDeployment() {}

    /**
     * An archive's bytes.
     *
     * @param entries names and contents in turn; a content is a {@code String} (written in UTF-8) or the
     *     {@code byte[]} of a nested archive
     */
    public static byte[] archive(Object... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) entries[i]));
                zip.write(
                        entries[i + 1] instanceof String text
                                ? text.getBytes(StandardCharsets.UTF_8)
                                : (byte[]) entries[i + 1]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Writes {@code content} to {@code target/<name>} under {@code basedir} and reads it as the
     * project's packaged archive, with no authentication settings.
     */
    public static Deployment read(Path basedir, String name, byte[] content) throws IOException, InputException {
        Path file = basedir.resolve("target").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return read(scanner(basedir).scanArchives(List.of(file)));
    }

    /** Reads the folders under {@code basedir} as the check reads a build that packaged nothing. */
    public static Deployment readFolders(Path basedir, String... folders) throws InputException {
        List<Path> paths = new ArrayList<>();
        for (String folder : folders) {
            paths.add(basedir.resolve(folder));
        }
        return read(scanner(basedir).scanFolders(paths));
    }

    private static DeploymentScanner scanner(Path basedir) {
        return new DeploymentScanner(basedir, DescriptorSelector.defaults(), ReadLimits.DEFAULT);
    }

    private static Deployment read(List<Descriptor> descriptors) {
        AuthenticationSettings none =
                new AuthenticationSettings(LocatedProperties.read(new byte[0], "authentication.properties"));
        return new DeploymentReader().read(descriptors, none);
    }
}
