package dev.hardening.bizagi.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the configuration files of a build: inside the archives it packaged when there are any, else
 * under the folders given.
 */
public final class DeploymentScanner {

    /** The archive types read; others (tar.gz, pom) are reported as not read. */
    private static final List<String> ARCHIVE_EXTENSIONS = List.of(".zip", ".war", ".ear", ".jar");

    private final Path basedir;
    private final ReadLimits limits;
    private final ArchiveWalker archives;
    private final FolderWalker folders;

    /**
     * @param basedir the project folder, which display paths are relative to
     */
    public DeploymentScanner(Path basedir, DescriptorSelector selector, ReadLimits limits) {
        this.basedir = basedir.toAbsolutePath().normalize();
        this.limits = limits;
        this.archives = new ArchiveWalker(selector, limits);
        this.folders = new FolderWalker(selector, limits);
    }

    /** Whether {@code file} is an archive the scanner reads, by its extension. */
    public static boolean isReadableArchive(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return ARCHIVE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** The files selected inside each of {@code archiveFiles} and the archives nested in them. */
    public List<Descriptor> scanArchives(List<Path> archiveFiles) throws InputException {
        List<Descriptor> found = new ArrayList<>();
        for (Path archive : archiveFiles) {
            archives.walk(archive, displayName(archive), found::add);
            setParametersBeside(archive).ifPresent(found::add);
        }
        return found;
    }

    /**
     * The {@code <name>.SetParameters.xml} that Web Deploy publishing writes beside {@code <name>.zip},
     * holding the values the deployment will give the package's parameters.
     */
    private Optional<Descriptor> setParametersBeside(Path archive) throws InputException {
        String name = archive.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path parameters = archive.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".SetParameters.xml");
        if (!Files.isRegularFile(parameters, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String shown = displayName(parameters);
        try (InputStream in = Files.newInputStream(parameters)) {
            return Optional.of(new Descriptor(
                    DescriptorKind.COMPANION,
                    displayName(archive.toAbsolutePath().getParent()),
                    parameters.getFileName().toString(),
                    false,
                    limits.readBounded(in, shown)));
        } catch (IOException e) {
            throw new InputException(shown, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The files selected under each of {@code folderPaths}; folders that do not exist are passed over. */
    public List<Descriptor> scanFolders(List<Path> folderPaths) throws InputException {
        List<Descriptor> found = new ArrayList<>();
        for (Path folder : folderPaths) {
            folders.walk(folder, displayName(folder), found::add);
        }
        return found;
    }

    /** The links found under the folders scanned, which were not followed, with where each points. */
    public Map<String, String> skippedLinks() {
        return folders.skippedLinks();
    }

    /** {@code path} relative to the project folder, with forward slashes; absolute when outside it. */
    public String displayName(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(basedir) ? basedir.relativize(absolute) : absolute;
        String name = shown.toString().replace('\\', '/');
        return name.isEmpty() ? "." : name;
    }
}
