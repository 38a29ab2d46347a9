package dev.hardening.bizagi.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the project file under {@code src/main} that a packaged entry was copied from: this project's
 * when one shares more than its name with the entry's path, else any module's of the same build. The
 * one whose path ends with the most segments of the entry's path, at least its name, wins, compared
 * without regard to case as IIS compares them. When several tie, the one with the entry's exact bytes wins, and when none
 * or several of those remain the entry is left without a source rather than given a wrong one.
 *
 * <p>Bytes are compared for entries of an archive on disk; an entry of a nested archive (a war inside
 * a zip) is matched by its path alone, since reading it would mean inflating the archives around it
 * again.
 */
final class PackagedSources {

    /** As large as the check reads a configuration file; a larger entry is not compared. */
    private static final int MAX_COMPARED_BYTES = 32 * 1024 * 1024;

    private final Path projectRoot;
    private final List<Path> otherModules;
    private final Map<String, Optional<SourceOrigin>> byEntry = new HashMap<>();
    private Map<String, List<String>> sourcesByName;

    PackagedSources(Path projectRoot) {
        this(projectRoot, List.of());
    }

    /**
     * @param otherModules the folders of the build's other modules, whose {@code src/main} is searched
     *     too; their files are named relative to this project's folder ({@code ../portal-war/src/...})
     */
    PackagedSources(Path projectRoot, List<Path> otherModules) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.otherModules = otherModules.stream()
                .map(module -> module.toAbsolutePath().normalize())
                .filter(module -> !module.equals(this.projectRoot))
                .sorted()
                .toList();
    }

    /** The source of {@code file} at {@code line}, when {@code file} is an archive entry that has one. */
    Optional<SourceOrigin> originOf(String file, int line) {
        DisplayPath path = DisplayPath.of(file);
        if (!path.inArchive() || path.outsideProject()) {
            return Optional.empty();
        }
        return byEntry.computeIfAbsent(file, key -> find(path))
                .map(origin -> new SourceOrigin(origin.file(), line, origin.match()));
    }

    /**
     * This project's own source first, when it shares more than the name with the entry; otherwise every
     * module's files compete, so that a file of the same name that this project happens to hold is not
     * taken for the source of what another module packaged.
     */
    private Optional<SourceOrigin> find(DisplayPath path) {
        List<String> entrySegments = segments(path.innermostEntry());
        String name = entrySegments.get(entrySegments.size() - 1);
        List<String> candidates = sources().getOrDefault(name, List.of());
        List<String> own =
                candidates.stream().filter(file -> !file.startsWith("../")).toList();
        int ownTail = own.stream()
                .mapToInt(file -> commonTail(segments(file), entrySegments))
                .max()
                .orElse(0);
        return ownTail > 1 ? find(path, entrySegments, own) : find(path, entrySegments, candidates);
    }

    private Optional<SourceOrigin> find(DisplayPath path, List<String> entrySegments, List<String> candidates) {
        List<String> best = new ArrayList<>();
        int bestTail = 0;
        for (String candidate : candidates) {
            int tail = commonTail(segments(candidate), entrySegments);
            if (tail > bestTail) {
                best.clear();
                bestTail = tail;
            }
            if (tail == bestTail) {
                best.add(candidate);
            }
        }
        if (best.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> packaged = packagedBytes(path);
        List<String> identical = packaged.isEmpty()
                ? List.of()
                : best.stream().filter(c -> sameBytes(c, packaged.get())).toList();
        if (identical.size() == 1) {
            return Optional.of(new SourceOrigin(identical.get(0), 0, "identical"));
        }
        if (best.size() == 1 && identical.isEmpty()) {
            return Optional.of(new SourceOrigin(best.get(0), 0, "same-name"));
        }
        return Optional.empty();
    }

    /**
     * Every file under the {@code src/main} of this project and of the other modules, by lower-case
     * name, in path order; links are not followed.
     */
    private Map<String, List<String>> sources() {
        if (sourcesByName == null) {
            sourcesByName = new HashMap<>();
            List<Path> modules = new ArrayList<>(List.of(projectRoot));
            modules.addAll(otherModules);
            for (Path module : modules) {
                list(module.resolve("src/main"));
            }
        }
        return sourcesByName;
    }

    private void list(Path sourceRoot) {
        if (!Files.isDirectory(sourceRoot)) {
            return;
        }
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            files.filter(Files::isRegularFile)
                    .map(file -> projectRoot.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .forEach(file -> sourcesByName
                            .computeIfAbsent(lastSegment(file), k -> new ArrayList<>())
                            .add(file));
        } catch (IOException e) {
            throw new UncheckedIOException(sourceRoot + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    /** The entry's bytes, when it sits directly in an archive on disk and is no larger than a descriptor. */
    private Optional<byte[]> packagedBytes(DisplayPath path) {
        if (!path.entry().equals(path.innermostEntry())) {
            return Optional.empty();
        }
        Path archive = projectRoot.resolve(path.artifact());
        if (!Files.isRegularFile(archive)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = zip.getEntry(path.entry());
            if (entry == null || entry.getSize() > MAX_COMPARED_BYTES) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] bytes = in.readNBytes(MAX_COMPARED_BYTES + 1);
                return bytes.length > MAX_COMPARED_BYTES ? Optional.empty() : Optional.of(bytes);
            }
        } catch (IOException e) {
            // The check has read this archive already; one it cannot reopen only loses the comparison.
            return Optional.empty();
        }
    }

    private boolean sameBytes(String source, byte[] packaged) {
        try {
            Path file = projectRoot.resolve(source);
            return Files.size(file) == packaged.length && Arrays.equals(Files.readAllBytes(file), packaged);
        } catch (IOException e) {
            return false;
        }
    }

    private static int commonTail(List<String> a, List<String> b) {
        int shared = 0;
        while (shared < a.size()
                && shared < b.size()
                && a.get(a.size() - 1 - shared).equals(b.get(b.size() - 1 - shared))) {
            shared++;
        }
        return shared;
    }

    private static List<String> segments(String path) {
        return List.of(path.toLowerCase(Locale.ROOT).split("/"));
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
