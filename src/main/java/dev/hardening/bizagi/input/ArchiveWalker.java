package dev.hardening.bizagi.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.input.CloseShieldInputStream;

/**
 * Finds the selected files inside a zip, war, ear or jar and inside the archives nested in it, reading
 * them as streams: nothing is extracted to disk. The outer archive is read through its central
 * directory, so only the entries that are selected or nested archives are inflated.
 */
public final class ArchiveWalker {

    /** The length of a zip record signature, {@code PK} and two bytes. */
    private static final int ZIP_SIGNATURE_BYTES = 4;

    private final DescriptorSelector selector;
    private final ReadLimits limits;

    public ArchiveWalker(DescriptorSelector selector, ReadLimits limits) {
        this.selector = selector;
        this.limits = limits;
    }

    /**
     * Hands every selected file in {@code archive}, and in the archives nested in it, to {@code sink}.
     *
     * @param archive the archive on disk
     * @param displayName the archive's name in findings, relative to the project
     * @param sink receives each file found, in the archive's physical order
     * @throws InputException when the archive, or one nested in it, cannot be read
     */
    public void walk(Path archive, String displayName, Consumer<Descriptor> sink) throws InputException {
        if (!Files.isRegularFile(archive)) {
            throw new InputException(displayName + ": the archive does not exist or is not a file");
        }
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.isDirectory() || !wanted(entry.getName())) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    visit(entry.getName(), in, displayName, 1, sink);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(displayName + ": not a readable zip archive (" + reason(e) + ")", e);
        }
    }

    private void walkNested(InputStream in, String displayName, int depth, Consumer<Descriptor> sink)
            throws InputException {
        if (depth > limits.maxNestingDepth()) {
            throw new InputException(displayName + ": archives are nested more than " + limits.maxNestingDepth()
                    + " deep; raise bizagi.hardening.maxNestingDepth or exclude it");
        }
        try {
            InputStream buffered = new BufferedInputStream(CloseShieldInputStream.wrap(in));
            if (!startsLikeZip(buffered)) {
                throw new InputException(displayName + ": not a zip archive, though named like one;"
                        + " exclude it with bizagi.hardening.excludes if it is not meant to be one");
            }
            ZipArchiveInputStream zip = new ZipArchiveInputStream(buffered, "UTF-8", true, true);
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory() && wanted(entry.getName())) {
                    visit(entry.getName(), zip, displayName, depth + 1, sink);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(displayName + ": not a readable zip archive (" + reason(e) + ")", e);
        }
    }

    /**
     * Whether the stream starts with a local file header, or with the end record of an archive with no
     * entries; the stream is left where it was. A streamed reader takes text for an empty archive, so
     * the first bytes tell a file named like an archive from an archive.
     */
    private static boolean startsLikeZip(InputStream buffered) throws IOException {
        buffered.mark(ZIP_SIGNATURE_BYTES);
        byte[] signature = buffered.readNBytes(ZIP_SIGNATURE_BYTES);
        buffered.reset();
        return ZipArchiveInputStream.matches(signature, signature.length);
    }

    private boolean wanted(String name) {
        return selector.select(name) != null || selector.isNestedArchive(name);
    }

    private void visit(String name, InputStream in, String container, int depth, Consumer<Descriptor> sink)
            throws InputException {
        DescriptorKind kind = selector.select(name);
        String path = stripLeadingSlashes(name.replace('\\', '/'));
        if (kind != null) {
            String displayPath = container + "!/" + path;
            byte[] content;
            try {
                content = limits.readBounded(in, displayPath);
            } catch (IOException | RuntimeException e) {
                throw new InputException(displayPath + ": cannot be read (" + reason(e) + ")", e);
            }
            sink.accept(new Descriptor(kind, container, path, true, content));
        } else {
            walkNested(in, container + "!/" + path, depth, sink);
        }
    }

    private static String stripLeadingSlashes(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.substring(start);
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
