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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the configuration files of a build: inside the archives it packaged when there are any, else
 * under the folders given.
 */
public final class DeploymentScanner {

    /** Archive kinds a deployment may come in that the check does not read. */
    private static final List<String> UNREAD_PACKAGE_EXTENSIONS =
            List.of(".7z", ".rar", ".tar.xz", ".txz", ".tar.zst", ".tzst", ".tar.snappy", ".tar.lz4", ".tar.z");

    /** The classifiers Maven gives to files that hold no deployment, at the end of a name. */
    private static final Pattern NOT_A_DEPLOYMENT =
            Pattern.compile("(?i)-(sources|javadoc|tests|test-sources|test-javadoc)$");

    /** What follows a final name when it is another version rather than a classifier. */
    private static final Pattern VERSION_QUALIFIER =
            Pattern.compile("(?i)(snapshot|rc\\d*|m\\d+|alpha\\d*|beta\\d*)([-.].*)?|\\d.*");

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
        return ArchiveWalker.ARCHIVE_ENDINGS.stream().anyMatch(name::endsWith);
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

    /**
     * The packages directly in {@code buildFolder} that may hold a deployment ({@link #isPackage}), in
     * name order: not those whose classifier says they hold sources, documentation or tests ({@code
     * -sources.jar}, {@code -javadoc.jar}, {@code -tests.jar}).
     */
    public static List<Path> packagesIn(Path buildFolder) throws InputException {
        if (!Files.isDirectory(buildFolder, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(buildFolder)) {
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(DeploymentScanner::isPackage)
                    .filter(file -> !NOT_A_DEPLOYMENT.matcher(baseName(file)).find())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputException(buildFolder.toString(), "cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Whether {@code file} is an archive a deployment may be packaged in, by its extension: one the
     * check reads ({@link #isReadableArchive}) or one of the other kinds assembly tools make ({@code
     * 7z}, {@code rar}, {@code tar.xz}, {@code tar.zst}, {@code tar.snappy}), which it refuses rather
     * than pass over.
     */
    public static boolean isPackage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return isReadableArchive(file) || UNREAD_PACKAGE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * Whether {@code archive} is named as Maven names what a build of {@code finalName} packages: {@code
     * <finalName>.<ext>}, or {@code <finalName>-<classifier>.<ext>} ({@code portal-1.0.0-bin.zip}) with a
     * classifier that does not read as another version ({@code SNAPSHOT}, {@code RC1}, {@code beta}, one
     * starting with a digit), so that another release left in the folder is not taken for this one.
     */
    public static boolean isNamedFor(Path archive, String finalName) {
        String base = baseName(archive);
        if (base.equals(finalName)) {
            return true;
        }
        return base.startsWith(finalName + "-")
                && !VERSION_QUALIFIER
                        .matcher(base.substring(finalName.length() + 1))
                        .matches();
    }

    /** {@code file}'s name without its extension, both parts of one such as {@code .tar.gz} taken off. */
    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        int tar = lower.lastIndexOf(".tar.");
        if (tar > 0 && lower.indexOf('.', tar + ".tar.".length()) < 0) {
            return name.substring(0, tar);
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
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
