package dev.hardening.bizagi.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.io.function.IOSupplier;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.commons.io.input.ProxyInputStream;

/**
 * Finds the selected files inside a zip, war, ear, jar or tar (plain, gzip or bzip2) and inside the
 * archives nested in it, reading them as streams: nothing is extracted to disk. An outer zip is read
 * through its central directory, so only the entries that are selected or nested archives are
 * inflated; a tar has no directory and is read from start to end.
 *
 * <p>Hostile archives fail with an {@link InputException} naming the archive and entry:
 *
 * <ul>
 *   <li>an entry whose name climbs out of the archive ({@code ../x}, {@code /etc/x}, {@code C:\x},
 *       {@code \\server\x}), which a server unpacking the package would write outside its folder
 *       ("zip slip"). Backslashes count as separators: the zip specification (APPNOTE 4.4.17) allows
 *       only {@code /}, but Windows tools have written {@code \} and Windows unpackers split on it;
 *   <li>archives nested deeper than {@link ReadLimits#maxNestingDepth()};
 *   <li>a walk that inflates more than {@link ReadLimits#maxInflatedBytes()}, at every level together:
 *       a zip bomb. Entries passed over in a nested archive are inflated only when their local header
 *       gives no size (a data descriptor follows them), and those bytes count too.
 * </ul>
 *
 * <p>Limitations: a nested archive's stored (uncompressed) entry followed by a data descriptor is
 * buffered whole by commons-compress before it can be skipped; the inflated-bytes limit bounds it, not
 * the heap.
 */
public final class ArchiveWalker {

    /** The endings of the tar archives read: plain, gzip or bzip2. */
    private static final List<String> TAR_ENDINGS = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2");

    /** The endings of every archive read: the zip kinds, then the tar ones. */
    public static final List<String> ARCHIVE_ENDINGS = Stream.concat(
                    Stream.of(".zip", ".war", ".ear", ".jar"), TAR_ENDINGS.stream())
            .toList();

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
     * @param sink receives each file found, in the order the archive lists them
     * @throws InputException when the archive, or one nested in it, cannot be read or is hostile
     */
    public void walk(Path archive, String displayName, Consumer<Descriptor> sink) throws InputException {
        if (!Files.isRegularFile(archive)) {
            throw new InputException(displayName, "the archive does not exist or is not a file");
        }
        List<Descriptor> found = new ArrayList<>();
        if (isTar(archive.getFileName().toString())) {
            Inflation inflation = new Inflation(displayName);
            try (InputStream in = Files.newInputStream(archive)) {
                walkTar(in, archive.getFileName().toString(), displayName, 0, inflation, found::add);
            } catch (IOException e) {
                throw unreadableTar(displayName, e);
            }
            found.forEach(sink);
            return;
        }
        try {
            walkWithJdk(archive, displayName, found::add);
        } catch (ZipException e) {
            // The JDK lists a large archive's central directory many times faster, but refuses entry
            // names that are not UTF-8 (zips made by older Windows tools) and some layouts that
            // commons-compress reads; those, and broken archives, go the slower way, which also words
            // the error of an archive neither can read.
            found.clear();
            walkWithCommonsCompress(archive, displayName, found::add);
        }
        found.forEach(sink);
    }

    private void walkWithJdk(Path archive, String displayName, Consumer<Descriptor> sink)
            throws InputException, ZipException {
        Inflation inflation = new Inflation(displayName);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                visitEntry(
                        entry.getName(),
                        entry.isDirectory(),
                        () -> zip.getInputStream(entry),
                        displayName,
                        inflation,
                        sink);
            }
        } catch (ZipException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(displayName, e);
        }
    }

    private void walkWithCommonsCompress(Path archive, String displayName, Consumer<Descriptor> sink)
            throws InputException {
        Inflation inflation = new Inflation(displayName);
        try (ZipFile zip = ZipFile.builder()
                .setPath(archive)
                .setIgnoreLocalFileHeader(true)
                .get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                visitEntry(
                        entry.getName(),
                        entry.isDirectory(),
                        () -> zip.getInputStream(entry),
                        displayName,
                        inflation,
                        sink);
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(displayName, e);
        }
    }

    /** Checks one entry of the archive on disk, and reads it when it is selected or a nested archive. */
    private void visitEntry(
            String name,
            boolean directory,
            IOSupplier<InputStream> open,
            String displayName,
            Inflation inflation,
            Consumer<Descriptor> sink)
            throws IOException, InputException {
        requireInside(name, displayName);
        String unpacked = windowsName(name);
        if (directory || !selector.isWanted(unpacked)) {
            return;
        }
        try (InputStream in = open.get()) {
            String entryPath = displayName + "!/" + unpacked;
            visit(unpacked, inflation.counted(in, entryPath), displayName, 1, inflation, sink);
        }
    }

    private void walkNested(
            InputStream in, String displayName, int depth, Inflation inflation, Consumer<Descriptor> sink)
            throws InputException {
        requireNestingWithinLimit(depth, displayName);
        try {
            InputStream buffered = new BufferedInputStream(CloseShieldInputStream.wrap(in));
            if (!startsLikeZip(buffered)) {
                throw new InputException(
                        displayName,
                        "not a zip archive, though named like one;"
                                + " exclude it with bizagi.hardening.excludes if it is not meant to be one");
            }
            ZipArchiveInputStream zip = new ZipArchiveInputStream(buffered, "UTF-8", true, true);
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                requireInside(entry.getName(), displayName);
                String unpacked = windowsName(entry.getName());
                // Not closed: closing it would close the nested archive's stream.
                InputStream counted = inflation.counted(zip, displayName + "!/" + unpacked);
                if (!entry.isDirectory() && selector.isWanted(unpacked)) {
                    visit(unpacked, counted, displayName, depth + 1, inflation, sink);
                }
                if (entry.getGeneralPurposeBit().usesDataDescriptor()) {
                    // The next entry is found only by inflating the rest of this one; counting it here
                    // keeps a bomb among the entries passed over within the limit.
                    counted.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(displayName, e);
        }
    }

    /**
     * Fails when a server unpacking the archive into a folder would write {@code name} outside it: a
     * rooted name ({@code /x}, {@code \\server\x}), a drive ({@code C:\x}, {@code C:x}) or more
     * {@code ..} segments than folders before them. {@code a/../b} stays inside and passes.
     */
    private static void requireInside(String name, String archive) throws InputException {
        String path = slashed(name);
        boolean climbs = path.startsWith("/")
                || (path.length() > 1 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0)));
        // Only a .. segment climbs from a relative name; splitting every name of a 20,000-entry package
        // to count its segments costs more than listing it.
        if (!climbs && path.contains("..")) {
            int depth = 0;
            for (String segment : path.split("/")) {
                if (segment.equals("..")) {
                    depth--;
                    climbs |= depth < 0;
                } else if (!segment.isEmpty() && !segment.equals(".")) {
                    depth++;
                }
            }
        }
        if (climbs) {
            throw new InputException(
                    archive,
                    "the entry \"" + path + "\" climbs out of the archive; a server"
                            + " unpacking the package would write it outside its folder (zip slip). Rebuild the"
                            + " package without it.");
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

    private void visit(
            String name, InputStream in, String container, int depth, Inflation inflation, Consumer<Descriptor> sink)
            throws InputException {
        DescriptorKind kind = selector.select(name);
        if (kind != null) {
            String displayPath = container + "!/" + name;
            byte[] content;
            try {
                content = limits.readBounded(in, displayPath);
            } catch (IOException | RuntimeException e) {
                if (e instanceof InflationLimitExceeded exceeded) {
                    throw exceeded.toInputException();
                }
                throw new InputException(displayPath, "cannot be read (" + reason(e) + ")", e);
            }
            sink.accept(new Descriptor(kind, container, name, true, content));
        } else if (isTar(name)) {
            walkTar(in, name, container + "!/" + name, depth, inflation, sink);
        } else {
            walkNested(in, container + "!/" + name, depth, inflation, sink);
        }
    }

    /** Whether {@code name} is a tar archive, compressed with gzip or bzip2 or not at all, by its ending. */
    static boolean isTar(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return TAR_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /**
     * Walks a tar archive, read from start to end as a tar must be: it has no directory to look entries
     * up in. Every byte decompressed counts towards the inflated-bytes limit, entries passed over too,
     * so a compressed bomb fails as a zip bomb does.
     */
    private void walkTar(
            InputStream in, String name, String displayName, int depth, Inflation inflation, Consumer<Descriptor> sink)
            throws InputException {
        requireNestingWithinLimit(depth, displayName);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean compressed = !lower.endsWith(".tar");
        try (InputStream shielded = new BufferedInputStream(CloseShieldInputStream.wrap(in));
                InputStream plain = !compressed
                        ? shielded
                        : lower.endsWith("bz2")
                                ? new BZip2CompressorInputStream(shielded, true)
                                : new GzipCompressorInputStream(shielded, true)) {
            // A nested plain tar's bytes are counted already, by the archive that holds it.
            TarArchiveInputStream tar =
                    new TarArchiveInputStream(compressed || depth == 0 ? inflation.counted(plain, displayName) : plain);
            TarArchiveEntry entry = tar.getNextEntry();
            if (entry == null) {
                throw new InputException(displayName, "holds no entry: it is not a tar archive, or an empty one");
            }
            for (; entry != null; entry = tar.getNextEntry()) {
                requireInside(entry.getName(), displayName);
                String unpacked = windowsName(entry.getName());
                if (entry.isSymbolicLink() || entry.isLink()) {
                    requireLinkInside(entry, displayName);
                    if (selector.isWanted(unpacked)) {
                        throw new InputException(
                                displayName + "!/" + unpacked,
                                "is a link to " + entry.getLinkName() + "; the check reads no file through a link,"
                                        + " so what it names would not be judged. Package the file itself.");
                    }
                } else if (entry.isFile() && selector.isWanted(unpacked)) {
                    visit(unpacked, tar, displayName, depth + 1, inflation, sink);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadableTar(displayName, e);
        }
    }

    /**
     * Fails when a tar link points out of the archive: unpacked, a file written through it would land
     * outside the folder. A symbolic link's target is read from the link's own folder, a hard link's
     * from the archive's root.
     */
    private static void requireLinkInside(TarArchiveEntry link, String archive) throws InputException {
        String target = slashed(link.getLinkName());
        String name = slashed(link.getName());
        String from = link.isSymbolicLink() && name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
        if (target.startsWith("/") || (target.length() > 1 && target.charAt(1) == ':')) {
            requireInside(target, archive);
        }
        requireInside(from + target, archive);
    }

    /** An entry's name with {@code /} for every {@code \}, as Windows unpackers read it. */
    private static String slashed(String name) {
        return name.replace('\\', '/');
    }

    /**
     * An entry's name as Windows unpacks it: {@link #slashed}, and without the dots and spaces that end
     * the file's name, which Windows drops from the end of a path, so that {@code web.config.} and
     * {@code web.config } are written as {@code web.config}, where IIS reads them. A name that would be
     * left empty, or is {@code .} or {@code ..}, is kept as it is: it names no file.
     */
    static String windowsName(String name) {
        String path = slashed(name);
        int end = path.length();
        while (end > 0 && (path.charAt(end - 1) == '.' || path.charAt(end - 1) == ' ')) {
            end--;
        }
        if (end == path.length() || end == 0 || path.charAt(end - 1) == '/') {
            return path;
        }
        return path.substring(0, end);
    }

    private void requireNestingWithinLimit(int depth, String displayName) throws InputException {
        if (depth > limits.maxNestingDepth()) {
            throw new InputException(
                    displayName,
                    "archives are nested more than " + limits.maxNestingDepth()
                            + " deep; raise bizagi.hardening.maxNestingDepth or exclude it");
        }
    }

    /** The error for a zip that cannot be read, or the inflation limit's own when that was passed. */
    private static InputException unreadable(String displayName, Exception e) {
        return unreadable(displayName, e, "a zip archive: it is truncated, corrupt or not a zip");
    }

    /** As {@link #unreadable(String, Exception)}, for a tar archive. */
    private static InputException unreadableTar(String displayName, Exception e) {
        return unreadable(displayName, e, "a tar archive: it is truncated, corrupt or not one");
    }

    private static InputException unreadable(String displayName, Exception e, String asWhat) {
        if (e instanceof InflationLimitExceeded exceeded) {
            return exceeded.toInputException();
        }
        return new InputException(displayName, "cannot be read as " + asWhat + " (" + reason(e) + ")", e);
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The bytes inflated so far in one walk of an archive on disk. */
    private final class Inflation {

        private final String archive;
        private long inflated;

        Inflation(String archive) {
            this.archive = archive;
        }

        /** {@code in}, charging each byte read from it to this walk; fails naming {@code entryPath}. */
        InputStream counted(InputStream in, String entryPath) {
            return new ProxyInputStream(in) {
                @Override
                protected void afterRead(int n) throws IOException {
                    if (n > 0) {
                        inflated += n;
                        if (inflated > limits.maxInflatedBytes()) {
                            throw new InflationLimitExceeded(
                                    entryPath,
                                    "reading it takes the bytes inflated from " + archive + " past "
                                            + limits.maxInflatedBytes() + "; an archive that"
                                            + " inflates this much is taken for a zip bomb and not read");
                        }
                    }
                }
            };
        }
    }

    /**
     * Thrown from inside a stream, where only an {@link IOException} passes through commons-compress,
     * and turned back into an {@link InputException} with its message.
     */
    private static final class InflationLimitExceeded extends IOException {

        private static final long serialVersionUID = 1L;

        private final String file;
        private final String reason;

        InflationLimitExceeded(String file, String reason) {
            super(file + ": " + reason);
            this.file = file;
            this.reason = reason;
        }

        InputException toInputException() {
            return new InputException(file, reason, this);
        }
    }
}
