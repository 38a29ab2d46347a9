package dev.hardening.bizagi.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the selected files under a folder. Links are not followed, so nothing outside the folder is
 * read; each one passed over is named, with where it points, in {@link #skippedLinks()}.
 */
public final class FolderWalker {

    private final DescriptorSelector selector;
    private final ReadLimits limits;
    private final Map<String, String> skippedLinks = new LinkedHashMap<>();

    public FolderWalker(DescriptorSelector selector, ReadLimits limits) {
        this.selector = selector;
        this.limits = limits;
    }

    /**
     * Hands every selected file under {@code folder} to {@code sink}, in path order.
     *
     * @param folder the folder; nothing happens when it does not exist
     * @param displayName the folder's name in findings, relative to the project
     * @throws InputException when a selected file cannot be read
     */
    public void walk(Path folder, String displayName, Consumer<Descriptor> sink) throws InputException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> selected = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String relative = relativePath(folder, file);
                    if (attributes.isSymbolicLink()) {
                        skippedLinks.put(join(displayName, relative), target(file));
                    } else if (attributes.isRegularFile() && selector.select(relative) != null) {
                        selected.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(displayName, "cannot list the folder (" + e.getMessage() + ")", e);
        }
        selected.sort(null);
        for (Path file : selected) {
            String relative = relativePath(folder, file);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] content = limits.readBounded(in, join(displayName, relative));
                sink.accept(new Descriptor(selector.select(relative), displayName, relative, false, content));
            } catch (IOException e) {
                throw new InputException(join(displayName, relative), "cannot be read (" + e.getMessage() + ")", e);
            }
        }
    }

    /**
     * The links found under the folders walked so far, which were not followed: each one's display
     * path, and the absolute path it points to.
     */
    public Map<String, String> skippedLinks() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(skippedLinks));
    }

    /** Where {@code link} points, resolved against its folder as the file system would resolve it. */
    private static String target(Path link) {
        try {
            Path parent = link.toAbsolutePath().getParent();
            return parent.resolve(Files.readSymbolicLink(link)).normalize().toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a target that cannot be read (" + e.getMessage() + ")";
        }
    }

    private static String relativePath(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static String join(String folder, String relative) {
        if (relative.isEmpty()) {
            return folder;
        }
        return folder.isEmpty() ? relative : folder + "/" + relative;
    }
}
