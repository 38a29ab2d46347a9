package dev.hardening.bizagi.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveWalkerTest {

    private static final String WEB_CONFIG = "<configuration><system.web/></configuration>";
    private static final String WEB_XML = "<web-app version=\"3.1\"/>";

    @TempDir
    Path temp;

    private final ArchiveWalker walker = new ArchiveWalker(DescriptorSelector.defaults(), ReadLimits.DEFAULT);

    @Test
    void descriptorsAreFoundUnderAnySpellingOfTheirName() throws Exception {
        Path archive = TestArchives.zip()
                .with("WebApplication/", new byte[0])
                .with("WebApplication/Web.Config", WEB_CONFIG)
                .with("WebApplication/Web.Release.config", WEB_CONFIG)
                .with("WebApplication/App_Data/web.config.bak", WEB_CONFIG)
                .with("jee/WEB-INF/web.xml", WEB_XML)
                .with("jee/web.xml", WEB_XML)
                .with("jee/WEB-INF/classes/bizagi-config.properties", "PROTOCOL=HTTPS\n")
                .with("jee/WEB-INF/classes/other.properties", "PROTOCOL=HTTP\n")
                .writeTo(temp.resolve("portal.zip"));

        List<Descriptor> found = walk(archive, "portal.zip");

        assertEquals(
                List.of(
                        "portal.zip!/WebApplication/Web.Config WEB_CONFIG",
                        "portal.zip!/WebApplication/Web.Release.config COMPANION",
                        "portal.zip!/jee/WEB-INF/web.xml WEB_XML",
                        "portal.zip!/jee/WEB-INF/classes/bizagi-config.properties BIZAGI_CONFIG"),
                found.stream().map(d -> d.displayPath() + " " + d.kind()).toList());
        assertEquals(WEB_CONFIG, text(found.get(0)));
        assertEquals("WebApplication", found.get(0).folder());
        assertTrue(found.get(0).archived());
    }

    @Test
    void nestedWarInsideZipIsRead() throws Exception {
        Path archive = TestArchives.zip()
                .with("deploy/app.war", TestArchives.zip().with("WEB-INF/web.xml", WEB_XML))
                .writeTo(temp.resolve("x.zip"));

        List<Descriptor> found = walk(archive, "x.zip");

        assertEquals(1, found.size());
        Descriptor webXml = found.get(0);
        assertEquals("x.zip!/deploy/app.war!/WEB-INF/web.xml", webXml.displayPath());
        assertEquals("x.zip!/deploy/app.war", webXml.container());
        assertEquals("WEB-INF/web.xml", webXml.path());
        assertEquals(DescriptorKind.WEB_XML, webXml.kind());
        assertEquals(WEB_XML, text(webXml));
    }

    @Test
    void warInsideEarInsideZipIsRead() throws Exception {
        TestArchives war = TestArchives.zip()
                .with("WEB-INF/web.xml", WEB_XML)
                .with("WEB-INF/classes/bizagi-config.properties", "PROTOCOL=HTTPS\n");
        TestArchives ear = TestArchives.zip()
                .with("META-INF/application.xml", "<application/>")
                .with("BizAgi.war", war);
        Path archive = TestArchives.zip()
                .with("readme.txt", "not read")
                .with("deploy/bizagi.ear", ear)
                .writeTo(temp.resolve("x.zip"));

        List<Descriptor> found = walk(archive, "target/x.zip");

        assertEquals(
                List.of(
                        "target/x.zip!/deploy/bizagi.ear!/BizAgi.war!/WEB-INF/web.xml",
                        "target/x.zip!/deploy/bizagi.ear!/BizAgi.war!/WEB-INF/classes/bizagi-config.properties"),
                found.stream().map(Descriptor::displayPath).toList());
        assertEquals("PROTOCOL=HTTPS\n", text(found.get(1)));
    }

    @Test
    void archivesNestedToTheLimitAreRead() throws Exception {
        Path archive = TestArchives.zip()
                .with(
                        "a.ear",
                        TestArchives.zip().with("b.war", TestArchives.zip().with("web.config", WEB_CONFIG)))
                .writeTo(temp.resolve("x.zip"));
        ArchiveWalker twoDeep = new ArchiveWalker(DescriptorSelector.defaults(), new ReadLimits(1024, 2));

        List<Descriptor> found = new ArrayList<>();
        twoDeep.walk(archive, "x.zip", found::add);

        assertEquals(
                List.of("x.zip!/a.ear!/b.war!/web.config"),
                found.stream().map(Descriptor::displayPath).toList());
    }

    @Test
    void archivesNestedBeyondTheLimitFailNamingTheArchive() throws Exception {
        Path archive = TestArchives.zip()
                .with(
                        "a.ear",
                        TestArchives.zip().with("b.war", TestArchives.zip().with("web.config", WEB_CONFIG)))
                .writeTo(temp.resolve("x.zip"));
        ArchiveWalker oneDeep = new ArchiveWalker(DescriptorSelector.defaults(), new ReadLimits(1024, 1));

        InputException e = assertThrows(InputException.class, () -> oneDeep.walk(archive, "x.zip", d -> {}));

        assertEquals(
                "x.zip!/a.ear!/b.war: archives are nested more than 1 deep;"
                        + " raise bizagi.hardening.maxNestingDepth or exclude it",
                e.getMessage());
    }

    @Test
    void fileNamedZipThatIsNotAZipFailsNamingIt() throws Exception {
        Path archive = Files.writeString(temp.resolve("x.zip"), "<configuration/>\n");

        InputException e = assertThrows(InputException.class, () -> walk(archive, "target/x.zip"));

        assertTrue(
                e.getMessage()
                        .startsWith(
                                "target/x.zip: cannot be read as a zip archive: it is truncated, corrupt or not a zip ("),
                e.getMessage());
    }

    @Test
    void emptyFileNamedZipFailsNamingIt() throws Exception {
        Path archive = Files.write(temp.resolve("x.zip"), new byte[0]);

        InputException e = assertThrows(InputException.class, () -> walk(archive, "target/x.zip"));

        assertTrue(
                e.getMessage()
                        .startsWith(
                                "target/x.zip: cannot be read as a zip archive: it is truncated, corrupt or not a zip ("),
                e.getMessage());
    }

    @Test
    void corruptZipFailsNamingIt() throws Exception {
        byte[] bytes = TestArchives.zip().with("web.config", WEB_CONFIG).bytes();
        // Overwrites the central directory's signature, so the entries can no longer be listed.
        int central = lastIndexOf(bytes, new byte[] {'P', 'K', 1, 2});
        Arrays.fill(bytes, central, central + 4, (byte) 0x55);
        Path archive = Files.write(temp.resolve("x.zip"), bytes);

        InputException e = assertThrows(InputException.class, () -> walk(archive, "target/x.zip"));

        assertTrue(
                e.getMessage()
                        .startsWith(
                                "target/x.zip: cannot be read as a zip archive: it is truncated, corrupt or not a zip ("),
                e.getMessage());
    }

    @Test
    void truncatedZipFailsNamingIt() throws Exception {
        byte[] bytes = TestArchives.zip()
                .with("web.config", WEB_CONFIG)
                .with("a/web.config", WEB_CONFIG)
                .bytes();
        Path archive = Files.write(temp.resolve("x.zip"), Arrays.copyOf(bytes, bytes.length / 2));

        InputException e = assertThrows(InputException.class, () -> walk(archive, "target/x.zip"));

        assertEquals(
                "target/x.zip: cannot be read as a zip archive: it is truncated, corrupt or not a zip (Archive is not a"
                        + " ZIP archive)",
                e.getMessage());
    }

    @Test
    void corruptDescriptorDataFailsNamingTheEntry() throws Exception {
        String content = "<configuration>" + "<add key='k' value='v'/>".repeat(200) + "</configuration>";
        byte[] bytes =
                TestArchives.zip().with("WebApplication/web.config", content).bytes();
        // Garbles the deflated data between the local header (30 bytes and the name) and the end.
        int data = 30 + "WebApplication/web.config".length();
        for (int i = data; i < data + 20; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Path archive = Files.write(temp.resolve("x.zip"), bytes);

        InputException e = assertThrows(InputException.class, () -> walk(archive, "x.zip"));

        assertTrue(e.getMessage().startsWith("x.zip!/WebApplication/web.config: cannot be read ("), e.getMessage());
    }

    @Test
    void nestedWarThatIsNotAZipFailsNamingTheNestedPath() throws Exception {
        Path archive = TestArchives.zip()
                .with("deploy/app.war", "this is a text file named like an archive")
                .writeTo(temp.resolve("x.zip"));

        InputException e = assertThrows(InputException.class, () -> walk(archive, "x.zip"));

        assertEquals(
                "x.zip!/deploy/app.war: not a zip archive, though named like one;"
                        + " exclude it with bizagi.hardening.excludes if it is not meant to be one",
                e.getMessage());
    }

    @Test
    void truncatedNestedWarFailsNamingTheNestedPath() throws Exception {
        byte[] war =
                TestArchives.zip().with("WEB-INF/web.xml", WEB_XML.repeat(100)).bytes();
        Path archive = TestArchives.zip()
                .with("deploy/app.war", Arrays.copyOf(war, 60))
                .writeTo(temp.resolve("x.zip"));

        InputException e = assertThrows(InputException.class, () -> walk(archive, "x.zip"));

        assertTrue(e.getMessage().startsWith("x.zip!/deploy/app.war"), e.getMessage());
    }

    @Test
    void emptyNestedJarIsPassedOver() throws Exception {
        Path archive = TestArchives.zip()
                .with("WEB-INF/lib/empty.jar", TestArchives.zip())
                .with("WEB-INF/web.xml", WEB_XML)
                .writeTo(temp.resolve("app.war"));

        List<Descriptor> found = walk(archive, "app.war");

        assertEquals(
                List.of("app.war!/WEB-INF/web.xml"),
                found.stream().map(Descriptor::displayPath).toList());
    }

    @Test
    void oversizedDescriptorFailsNamingIt() throws Exception {
        Path archive = TestArchives.zip()
                .with("WebApplication/web.config", "x".repeat(101))
                .writeTo(temp.resolve("x.zip"));
        ArchiveWalker small = new ArchiveWalker(DescriptorSelector.defaults(), new ReadLimits(100, 4));

        InputException e = assertThrows(InputException.class, () -> small.walk(archive, "x.zip", d -> {}));

        assertEquals(
                "x.zip!/WebApplication/web.config: larger than 100 bytes; a configuration file this large is not read",
                e.getMessage());
    }

    @Test
    void oversizedNestedDescriptorFailsNamingIt() throws Exception {
        Path archive = TestArchives.zip()
                .with("app.war", TestArchives.zip().with("WEB-INF/web.xml", "x".repeat(101)))
                .writeTo(temp.resolve("x.zip"));
        ArchiveWalker small = new ArchiveWalker(DescriptorSelector.defaults(), new ReadLimits(100, 4));

        InputException e = assertThrows(InputException.class, () -> small.walk(archive, "x.zip", d -> {}));

        assertTrue(e.getMessage().startsWith("x.zip!/app.war!/WEB-INF/web.xml: larger than 100 bytes"), e.getMessage());
    }

    @Test
    void descriptorOfExactlyTheLimitIsRead() throws Exception {
        Path archive = TestArchives.zip().with("web.config", "x".repeat(100)).writeTo(temp.resolve("x.zip"));
        ArchiveWalker small = new ArchiveWalker(DescriptorSelector.defaults(), new ReadLimits(100, 4));

        List<Descriptor> found = new ArrayList<>();
        small.walk(archive, "x.zip", found::add);

        assertEquals(100, found.get(0).content().length);
    }

    @Test
    void tarArchivesOnDiskAndNestedAreRead() throws Exception {
        byte[] nested = tar(true, "WEB-INF/web.xml", WEB_XML);
        Path archive = TestArchives.zip()
                .with("WebApplication/web.config", WEB_CONFIG)
                .with("jee/portal.tgz", nested)
                .writeTo(temp.resolve("x.zip"));
        Path tarOnDisk = Files.write(temp.resolve("p.tar"), tar(false, "WebApplication/web.config", WEB_CONFIG));

        assertEquals(
                List.of("x.zip!/WebApplication/web.config", "x.zip!/jee/portal.tgz!/WEB-INF/web.xml"),
                walk(archive, "x.zip").stream().map(Descriptor::displayPath).toList());
        assertEquals(
                List.of("p.tar!/WebApplication/web.config"),
                walk(tarOnDisk, "p.tar").stream().map(Descriptor::displayPath).toList());
    }

    @Test
    void aTarThatClimbsOutInflatesTooMuchOrIsCorruptFailsNamingIt() throws Exception {
        Path climbing = Files.write(temp.resolve("c.tar.gz"), tar(true, "../web.config", WEB_CONFIG));
        // Passed over, yet counted: 64 KiB of zeros inflate past a 16 KiB limit from a few hundred bytes.
        Path bomb = Files.write(temp.resolve("b.tar.gz"), tar(true, "big.bin", "\0".repeat(64 * 1024)));
        Path corrupt = Files.write(temp.resolve("t.tar.gz"), Arrays.copyOf(tar(true, "web.config", WEB_CONFIG), 20));
        Path notTar = Files.write(temp.resolve("n.tar"), "a text file".getBytes(StandardCharsets.UTF_8));
        ArchiveWalker tight = new ArchiveWalker(DescriptorSelector.defaults(), new ReadLimits(1024, 4, 16 * 1024));

        assertTrue(assertThrows(InputException.class, () -> walk(climbing, "c.tar.gz"))
                .getMessage()
                .startsWith("c.tar.gz: the entry \"../web.config\" climbs out of the archive"));
        assertTrue(assertThrows(InputException.class, () -> tight.walk(bomb, "b.tar.gz", d -> {}))
                .getMessage()
                .startsWith("b.tar.gz: reading it takes the bytes inflated from b.tar.gz past 16384"));
        assertTrue(assertThrows(InputException.class, () -> walk(corrupt, "t.tar.gz"))
                .getMessage()
                .startsWith("t.tar.gz: cannot be read as a tar archive: it is truncated, corrupt or not one"));
        assertEquals(
                "n.tar: holds no entry: it is not a tar archive, or an empty one",
                assertThrows(InputException.class, () -> walk(notTar, "n.tar")).getMessage());
    }

    @Test
    void aTarLinkIsNeitherFollowedNorAllowedToPointOut() throws Exception {
        Path linkedConfig =
                Files.write(temp.resolve("l.tar"), tarWith(link("site/web.config", "../shared/web.config", true)));
        Path escaping = Files.write(temp.resolve("e.tar"), tarWith(link("esc", "/etc", true)));
        // A hard link's target is read from the archive's root: from its own folder this one stays inside.
        Path hardEscaping = Files.write(temp.resolve("h.tar"), tarWith(link("a/x", "../x", false)));
        Path harmless = Files.write(temp.resolve("ok.tar"), tarWith(link("site/logo.png", "../img/logo.png", true)));

        assertEquals(
                "l.tar!/site/web.config: is a link to ../shared/web.config; the check reads no file through a link,"
                        + " so what it names would not be judged. Package the file itself.",
                assertThrows(InputException.class, () -> walk(linkedConfig, "l.tar"))
                        .getMessage());
        assertTrue(assertThrows(InputException.class, () -> walk(escaping, "e.tar"))
                .getMessage()
                .contains("climbs out of the archive"));
        assertTrue(assertThrows(InputException.class, () -> walk(hardEscaping, "h.tar"))
                .getMessage()
                .contains("climbs out of the archive"));
        assertEquals(List.of(), walk(harmless, "ok.tar"));
    }

    @Test
    void anOuterTarIsNoLevelOfNesting() throws Exception {
        byte[] zip =
                TestArchives.zip().with("WebApplication/web.config", WEB_CONFIG).bytes();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            TarArchiveEntry entry = new TarArchiveEntry("portal.zip");
            entry.setSize(zip.length);
            tar.putArchiveEntry(entry);
            tar.write(zip);
            tar.closeArchiveEntry();
        }
        Path archive = Files.write(temp.resolve("d.tgz"), bytes.toByteArray());
        ArchiveWalker oneDeep = new ArchiveWalker(DescriptorSelector.defaults(), new ReadLimits(1024, 1));

        List<Descriptor> found = new ArrayList<>();
        oneDeep.walk(archive, "d.tgz", found::add);

        assertEquals(
                List.of("d.tgz!/portal.zip!/WebApplication/web.config"),
                found.stream().map(Descriptor::displayPath).toList());
    }

    private static TarArchiveEntry link(String name, String target, boolean symbolic) {
        TarArchiveEntry entry = new TarArchiveEntry(name, symbolic ? TarConstants.LF_SYMLINK : TarConstants.LF_LINK);
        entry.setLinkName(target);
        return entry;
    }

    private static byte[] tarWith(TarArchiveEntry entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    /** A tar holding one file, gzip-compressed when {@code gzip}. */
    private static byte[] tar(boolean gzip, String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = gzip ? new GzipCompressorOutputStream(bytes) : bytes;
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void missingArchiveFailsNamingIt() {
        InputException e = assertThrows(InputException.class, () -> walk(temp.resolve("absent.zip"), "absent.zip"));

        assertEquals("absent.zip: the archive does not exist or is not a file", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../escaped/web.config",
                "WebApplication/../../web.config",
                "/etc/web.config",
                "//server/share/web.config",
                "\\\\server\\share\\web.config",
                "..\\..\\windows\\web.config",
                "C:\\inetpub\\wwwroot\\web.config",
                "c:web.config",
                "../bin/Payload.dll"
            })
    void entryThatClimbsOutFailsNamingArchiveAndEntry(String name) throws Exception {
        // Shown with forward slashes: both the walker and commons-compress (for entries made on MS-DOS
        // or Windows, as these are) read a backslash as a separator.
        Path archive = TestArchives.zip()
                .with("WebApplication/web.config", WEB_CONFIG)
                .with(name, WEB_CONFIG)
                .writeTo(temp.resolve("deep/er/x.zip"));
        Map<String, String> before = TestArchives.hashes(temp);

        InputException e = assertThrows(InputException.class, () -> walk(archive, "target/x.zip"));

        assertEquals(
                "target/x.zip: the entry \"" + name.replace('\\', '/')
                        + "\" climbs out of the archive; a server unpacking the"
                        + " package would write it outside its folder (zip slip). Rebuild the package without it.",
                e.getMessage());
        assertEquals(before, TestArchives.hashes(temp));
        assertFalse(Files.exists(temp.resolve("deep/escaped")));
    }

    @Test
    void entryThatClimbsOutOfANestedArchiveFailsNamingTheNestedArchive() throws Exception {
        Path archive = TestArchives.zip()
                .with("nested.war", TestArchives.zip().with("WEB-INF/../../../escape/web.xml", WEB_XML))
                .writeTo(temp.resolve("x.zip"));

        InputException e = assertThrows(InputException.class, () -> walk(archive, "x.zip"));

        assertTrue(
                e.getMessage()
                        .startsWith("x.zip!/nested.war: the entry \"WEB-INF/../../../escape/web.xml\" climbs out"
                                + " of the archive;"),
                e.getMessage());
    }

    @Test
    void dotDotThatStaysInsideAndBackslashesAreReadWithForwardSlashes() throws Exception {
        Path archive = TestArchives.zip()
                .with("WebApplication/bin/../web.config", WEB_CONFIG)
                .with("Releases/v1..2/web.config", WEB_CONFIG)
                .with("jee\\WEB-INF\\web.xml", WEB_XML)
                .writeTo(temp.resolve("x.zip"));

        List<Descriptor> found = walk(archive, "x.zip");

        assertEquals(
                List.of(
                        "x.zip!/WebApplication/bin/../web.config",
                        "x.zip!/Releases/v1..2/web.config",
                        "x.zip!/jee/WEB-INF/web.xml"),
                found.stream().map(Descriptor::displayPath).toList());
    }

    @Test
    void namesEndingInADotOrASpaceAreReadAsWindowsUnpacksThem() throws Exception {
        // Windows drops the dots and spaces that end a path, so IIS runs these as web.config files.
        byte[] nested = TestArchives.zip().with("Api/web.config .", WEB_CONFIG).bytes();
        Path archive = TestArchives.zip()
                .with("WebApplication/Api/web.config.", WEB_CONFIG)
                .with("Addon.zip", nested)
                .with("Releases/web.config.bak.", WEB_CONFIG)
                .writeTo(temp.resolve("x.zip"));

        List<Descriptor> found = walk(archive, "x.zip");

        assertEquals(
                List.of("x.zip!/Addon.zip!/Api/web.config", "x.zip!/WebApplication/Api/web.config"),
                found.stream().map(Descriptor::displayPath).sorted().toList());
        assertEquals("a/b/c", ArchiveWalker.windowsName("a\\b\\c ."));
        assertEquals("a/.. /..", ArchiveWalker.windowsName("a/.. /.."));
        assertEquals("a/b. /", ArchiveWalker.windowsName("a/b. /"));
    }

    @Test
    void nestedEntriesPassedOverThatInflatePastTheLimitFailNamingTheEntry() throws Exception {
        // A streamed zip gives no sizes before each entry's data, so passing over one inflates it.
        Path archive = TestArchives.zip()
                .with(
                        "app.war",
                        TestArchives.zip()
                                .with("WEB-INF/lib/padding.bin", new byte[1024 * 1024])
                                .with("WEB-INF/web.xml", WEB_XML))
                .writeTo(temp.resolve("x.zip"));
        ArchiveWalker bounded = new ArchiveWalker(DescriptorSelector.defaults(), new ReadLimits(1024, 4, 64 * 1024));

        InputException e = assertThrows(InputException.class, () -> bounded.walk(archive, "x.zip", d -> {}));

        assertEquals(
                "x.zip!/app.war!/WEB-INF/lib/padding.bin: reading it takes the bytes inflated from x.zip past"
                        + " 65536; an archive that inflates this much is taken for a zip bomb and not read",
                e.getMessage());
        assertEquals(
                List.of("x.zip!/app.war!/WEB-INF/web.xml"),
                walk(archive, "x.zip").stream().map(Descriptor::displayPath).toList());
    }

    @Test
    void inflatedBytesAddUpAcrossNestedArchivesOfOneWalk() throws Exception {
        TestArchives war = TestArchives.zip().with("WEB-INF/classes/data.bin", new byte[40 * 1024]);
        Path archive = TestArchives.zip().with("a.war", war).with("b.war", war).writeTo(temp.resolve("x.zip"));
        ArchiveWalker bounded = new ArchiveWalker(DescriptorSelector.defaults(), new ReadLimits(1024, 4, 64 * 1024));

        InputException e = assertThrows(InputException.class, () -> bounded.walk(archive, "x.zip", d -> {}));

        assertTrue(e.getMessage().startsWith("x.zip!/b.war!/WEB-INF/classes/data.bin: reading it"), e.getMessage());
    }

    @Test
    void descriptorThatInflatesFarPastItsLimitStopsAtTheLimit() throws Exception {
        // 40 MiB of spaces deflate to about 40 KiB: a ratio near 1000:1.
        byte[] huge = new byte[40 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        Path archive = TestArchives.zip()
                .with("app.war", TestArchives.zip().with("WEB-INF/web.xml", huge))
                .writeTo(temp.resolve("x.zip"));

        InputException e = assertThrows(InputException.class, () -> walk(archive, "x.zip"));

        assertEquals(
                "x.zip!/app.war!/WEB-INF/web.xml: larger than 33554432 bytes;"
                        + " a configuration file this large is not read",
                e.getMessage());
    }

    @Test
    void archivesNestedFiveDeepFailWithTheDefaultLimit() throws Exception {
        TestArchives nested = TestArchives.zip().with("web.config", WEB_CONFIG);
        for (int level = 5; level >= 1; level--) {
            nested = TestArchives.zip().with("level" + level + ".zip", nested);
        }
        Path archive = nested.writeTo(temp.resolve("x.zip"));

        InputException e = assertThrows(InputException.class, () -> walk(archive, "x.zip"));

        assertEquals(
                "x.zip!/level1.zip!/level2.zip!/level3.zip!/level4.zip!/level5.zip: archives are nested more"
                        + " than 4 deep; raise bizagi.hardening.maxNestingDepth or exclude it",
                e.getMessage());
    }

    @Test
    void archiveIsByteIdenticalAfterAWalk() throws Exception {
        Path archive = TestArchives.zip()
                .with("web.config", WEB_CONFIG)
                .with("app.war", TestArchives.zip().with("WEB-INF/web.xml", WEB_XML))
                .writeTo(temp.resolve("x.zip"));
        Map<String, String> before = TestArchives.hashes(temp);

        walk(archive, "x.zip");

        assertEquals(before, TestArchives.hashes(temp));
    }

    @Test
    void entryNamesThatAreNotUtf8AreStillRead() throws Exception {
        Path archive = temp.resolve("legacy.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(archive.toFile())) {
            // An older Windows tool: names in code page 437, without the flag that says UTF-8.
            out.setEncoding("Cp437");
            out.setUseLanguageEncodingFlag(false);
            out.putArchiveEntry(new ZipArchiveEntry("Portalé/web.config"));
            out.write(WEB_CONFIG.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }

        List<Descriptor> found = walk(archive, "legacy.zip");

        assertEquals(1, found.size());
        assertEquals(WEB_CONFIG, text(found.get(0)));
    }

    private List<Descriptor> walk(Path archive, String displayName) throws InputException {
        List<Descriptor> found = new ArrayList<>();
        walker.walk(archive, displayName, found::add);
        return found;
    }

    private static String text(Descriptor descriptor) {
        return new String(descriptor.content(), StandardCharsets.UTF_8);
    }

    private static int lastIndexOf(byte[] bytes, byte[] pattern) {
        for (int i = bytes.length - pattern.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("pattern not found");
    }
}
