package dev.hardening.bizagi.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the configuration files of a build: inside the archives it packaged when there are any, else
 * under the folders given.
 */
public final class DeploymentScanner {

    /** The archive types read; others (tar.gz, pom) are reported as not read. */
    private static final List<String> ARCHIVE_EXTENSIONS = List.of(".zip", ".war", ".ear", ".jar");

    private final Path basedir;
    private final ArchiveWalker archives;
    private final FolderWalker folders;

    /**
     * @param basedir the project folder, which display paths are relative to
     */
    public DeploymentScanner(Path basedir, DescriptorSelector selector, ReadLimits limits) {
        this.basedir = basedir.toAbsolutePath().normalize();
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
        }
        return found;
    }

    /** The files selected under each of {@code folderPaths}; folders that do not exist are passed over. */
    public List<Descriptor> scanFolders(List<Path> folderPaths) throws InputException {
        List<Descriptor> found = new ArrayList<>();
        for (Path folder : folderPaths) {
            folders.walk(folder, displayName(folder), found::add);
        }
        return found;
    }

    /** The links found under the folders scanned, which were not followed. */
    public List<String> skippedLinks() {
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
