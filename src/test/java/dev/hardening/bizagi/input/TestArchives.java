package dev.hardening.bizagi.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip archives in memory for the tests, so no binary fixture is committed. */
final class TestArchives {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private TestArchives() {}

    /** An archive with no entries yet. */
    static TestArchives zip() {
        return new TestArchives();
    }

    /** Adds a file entry holding {@code text} in UTF-8. */
    TestArchives with(String name, String text) {
        return with(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a file entry holding {@code content}; a name ending in {@code /} is a folder. */
    TestArchives with(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    /** Adds an archive as an entry. */
    TestArchives with(String name, TestArchives nested) {
        return with(name, nested.bytes());
    }

    /** The archive's bytes. */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the archive to {@code file} and returns the file. */
    Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes());
    }

    /** The SHA-256 of every file under {@code folder}, by relative path, links not followed. */
    static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = folder.relativize(file).toString();
                if (Files.isSymbolicLink(file)) {
                    hashes.put(relative, "link to " + Files.readSymbolicLink(file));
                } else if (Files.isRegularFile(file)) {
                    hashes.put(relative, sha256(file));
                } else {
                    hashes.put(relative, "folder");
                }
            }
        }
        return hashes;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
