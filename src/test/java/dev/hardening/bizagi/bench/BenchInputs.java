package dev.hardening.bizagi.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the benchmark's inputs under one folder inside {@code target/}: a Work Portal zip, an ear of
 * wars full of library jars, a tree of deployment folders and a series of zips with more and more
 * web.config files. Contents come from a fixed seed, so every run measures the same bytes.
 *
 * <p>Most entries hold random bytes, which deflate cannot shrink, so an archive's size on disk is what
 * a real one of its entry count would weigh; the configuration files are the hardening guide's
 * compliant values, so the rules do their full work and report nothing.
 */
final class BenchInputs {

    /** Written last into each input's folder; an input without it is incomplete and written again. */
    private static final String DONE_MARKER = ".complete";

    private static final String ROOT_WEB_CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <appSettings>
                <add key="PROVIDERTYPE" value="MSSqlClient" />
                <add key="PROTOCOL" value="HTTPS" />
              </appSettings>
              <system.web>
                <compilation debug="false" targetFramework="4.8" />
                <httpRuntime targetFramework="4.8" maxRequestLength="1048576" enableVersionHeader="false" />
                <httpCookies httpOnlyCookies="true" requireSSL="true" />
                <sessionState mode="InProc" timeout="5" />
                <customErrors mode="RemoteOnly" />
                <pages viewStateEncryptionMode="Always" />
                <trust level="Medium" />
              </system.web>
              <system.webServer>
                <security>
                  <access sslFlags="Ssl" />
                  <requestFiltering removeServerHeader="true" allowHighBitCharacters="false">
                    <requestLimits maxAllowedContentLength="52428800" />
                    <verbs>
                      <add verb="TRACE" allowed="false" />
                    </verbs>
                    <fileExtensions allowUnlisted="false">
                      <add fileExtension="." allowed="true" />
                      <add fileExtension=".aspx" allowed="true" />
                    </fileExtensions>
                  </requestFiltering>
                  <ipSecurity allowUnlisted="false">
                    <add ipAddress="10.20.0.0" subnetMask="255.255.0.0" allowed="true" />
                  </ipSecurity>
                </security>
                <httpProtocol>
                  <customHeaders>
                    <remove name="X-Powered-By" />
                    <add name="Strict-Transport-Security" value="max-age=31536000" />
                    <add name="X-Frame-Options" value="SAMEORIGIN" />
                    <add name="X-Content-Type-Options" value="nosniff" />
                  </customHeaders>
                </httpProtocol>
              </system.webServer>
              <location path="WebServices">
                <system.web>
                  <authorization>
                    <deny users="?" />
                  </authorization>
                </system.web>
              </location>
            </configuration>
            """;

    /** A sub-folder's web.config as Bizagi ships them: a few settings layered on the root's. */
    private static final String FOLDER_WEB_CONFIG = """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <system.web>
                <authorization>
                  <deny users="?" />
                </authorization>
              </system.web>
              <system.webServer>
                <staticContent>
                  <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="1.00:00:00" />
                </staticContent>
              </system.webServer>
            </configuration>
            """;

    private static final String WEB_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <display-name>Bizagi %s</display-name>
              <session-config>
                <session-timeout>5</session-timeout>
                <cookie-config>
                  <http-only>true</http-only>
                  <secure>true</secure>
                </cookie-config>
                <tracking-mode>COOKIE</tracking-mode>
              </session-config>
              <security-constraint>
                <web-resource-collection>
                  <web-resource-name>Portal</web-resource-name>
                  <url-pattern>/*</url-pattern>
                </web-resource-collection>
                <user-data-constraint>
                  <transport-guarantee>CONFIDENTIAL</transport-guarantee>
                </user-data-constraint>
              </security-constraint>
              <error-page>
                <location>/error.jsp</location>
              </error-page>
            </web-app>
            """;

    private static final String WEB_FRAGMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
              <name>library_%d</name>
              <filter>
                <filter-name>library%dFilter</filter-name>
                <filter-class>com.example.lib%d.RequestFilter</filter-class>
              </filter>
            </web-fragment>
            """;

    private static final String BIZAGI_CONFIG = """
            PROTOCOL="HTTPS"
            SERVER_NAME="claims.example.com"
            PORT="8443"
            """;

    /** Folders of the Work Portal that carry a web.config of their own, besides WebApplication/. */
    /**
     * What the marker holds: a digest of the generated configuration files, so that inputs written
     * before they changed are written again rather than measured.
     */
    private static final String CONTENT_VERSION = Integer.toHexString(
            (ROOT_WEB_CONFIG + FOLDER_WEB_CONFIG + WEB_XML + WEB_FRAGMENT + BIZAGI_CONFIG).hashCode());

    private static final String[] PORTAL_CONFIG_FOLDERS = {
        "WebApplication/WebServices",
        "WebApplication/Rest",
        "WebApplication/App",
        "WebApplication/jquery",
        "WebApplication/Uploads",
        "WebApplication/Scheduler",
        "WebApplication/oauth2"
    };

    private final Path root;
    private final SplittableRandom random = new SplittableRandom(20_261_203L);

    BenchInputs(Path root) {
        this.root = root;
    }

    /** The Work Portal zip: {@code entries} entries weighing about {@code bytes} in all. */
    Path portalZip(int entries, long bytes) throws IOException {
        Path zip = root.resolve("portal-" + entries + "/portal.zip");
        if (isComplete(zip)) {
            return zip;
        }
        int meanSize = (int) (bytes / entries);
        try (ZipOutputStream out = zipOut(zip)) {
            write(out, "WebApplication/web.config", ROOT_WEB_CONFIG.getBytes(StandardCharsets.UTF_8));
            for (String folder : PORTAL_CONFIG_FOLDERS) {
                write(out, folder + "/web.config", FOLDER_WEB_CONFIG.getBytes(StandardCharsets.UTF_8));
            }
            for (int i = 0; i < entries - 1 - PORTAL_CONFIG_FOLDERS.length; i++) {
                String folder = PORTAL_CONFIG_FOLDERS[i % PORTAL_CONFIG_FOLDERS.length] + "/m" + (i % 97);
                int size = 1 + random.nextInt(2 * meanSize);
                switch (i % 7) {
                    case 0 -> write(out, folder + "/script" + i + ".js", text(size));
                    case 1, 2 -> write(out, folder + "/image" + i + ".png", randomBytes(size));
                    default ->
                        write(
                                out,
                                "WebApplication/bin/" + folder.substring(15) + "/Lib" + i + ".dll",
                                randomBytes(size));
                }
            }
        }
        return markComplete(zip);
    }

    /** An ear of {@code wars} wars, each with {@code jarsPerWar} library jars carrying a web fragment. */
    Path ear(int wars, int jarsPerWar) throws IOException {
        Path ear = root.resolve("ear-" + wars + "x" + jarsPerWar + "/portal.ear");
        if (isComplete(ear)) {
            return ear;
        }
        try (ZipOutputStream out = zipOut(ear)) {
            write(out, "META-INF/application.xml", "<application/>".getBytes(StandardCharsets.UTF_8));
            write(out, "lib/config/bizagi-config.properties", BIZAGI_CONFIG.getBytes(StandardCharsets.UTF_8));
            for (int w = 0; w < wars; w++) {
                write(out, "module" + w + ".war", war(w, jarsPerWar));
            }
        }
        return markComplete(ear);
    }

    private byte[] war(int index, int jars) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_SPEED);
            write(out, "WEB-INF/web.xml", WEB_XML.formatted("module" + index).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 50; i++) {
                write(out, "static/app" + i + ".js", text(2_000 + random.nextInt(20_000)));
            }
            for (int j = 0; j < jars; j++) {
                write(out, "WEB-INF/lib/library-" + index + "-" + j + ".jar", jar(index * 1000 + j));
            }
        }
        return bytes.toByteArray();
    }

    private byte[] jar(int index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_SPEED);
            write(out, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
            write(
                    out,
                    "META-INF/web-fragment.xml",
                    WEB_FRAGMENT.formatted(index, index, index).getBytes(StandardCharsets.UTF_8));
            for (int c = 0; c < 30; c++) {
                write(
                        out,
                        "com/example/lib" + index + "/Type" + c + ".class",
                        randomBytes(500 + random.nextInt(5_000)));
            }
        }
        return bytes.toByteArray();
    }

    /** A folder holding {@code folders} deployment folders, each with a web.config and a few other files. */
    Path folderTree(int folders) throws IOException {
        Path tree = root.resolve("folders-" + folders + "/deployments");
        if (isComplete(tree)) {
            return tree;
        }
        clear(tree.getParent());
        byte[] webConfig = ROOT_WEB_CONFIG.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < folders; i++) {
            Path site = tree.resolve(String.format("site-%05d", i));
            Files.createDirectories(site.resolve("bin"));
            Files.write(site.resolve("web.config"), webConfig);
            Files.write(site.resolve("default.aspx"), text(2_000));
            Files.write(site.resolve("bin/Site" + i + ".dll"), randomBytes(4_096));
        }
        return markComplete(tree);
    }

    /** A zip with {@code descriptors} web.config files, each in its own application folder beside a dll. */
    Path descriptorSeries(int descriptors) throws IOException {
        Path zip = root.resolve("series-" + descriptors + "/apps.zip");
        if (isComplete(zip)) {
            return zip;
        }
        byte[] webConfig = ROOT_WEB_CONFIG.getBytes(StandardCharsets.UTF_8);
        try (ZipOutputStream out = zipOut(zip)) {
            for (int i = 0; i < descriptors; i++) {
                String folder = String.format("app-%05d", i);
                write(out, folder + "/web.config", webConfig);
                write(out, folder + "/bin/App" + i + ".dll", randomBytes(8_192));
            }
        }
        return markComplete(zip);
    }

    private static boolean isComplete(Path input) {
        Path marker = input.resolveSibling(DONE_MARKER);
        try {
            return Files.isRegularFile(marker) && Files.readString(marker).equals(CONTENT_VERSION);
        } catch (IOException e) {
            return false;
        }
    }

    /** A zip writer for {@code zip}, after deleting what an interrupted run left in its folder. */
    private ZipOutputStream zipOut(Path zip) throws IOException {
        clear(zip.getParent());
        Files.createDirectories(zip.getParent());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
        // Level 1 keeps generation quick; random bytes do not shrink at any level.
        out.setLevel(Deflater.BEST_SPEED);
        return out;
    }

    private Path markComplete(Path input) throws IOException {
        Files.writeString(input.resolveSibling(DONE_MARKER), CONTENT_VERSION);
        return input;
    }

    private void clear(Path folder) throws IOException {
        if (!folder.toAbsolutePath()
                .normalize()
                .startsWith(root.toAbsolutePath().normalize())) {
            throw new IllegalStateException(folder + " is outside " + root);
        }
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void write(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i += 8) {
            long value = random.nextLong();
            for (int b = 0; b < 8 && i + b < size; b++) {
                bytes[i + b] = (byte) (value >>> (8 * b));
            }
        }
        return bytes;
    }

    /** Script-like text, which deflates as minified JavaScript does. */
    private byte[] text(int size) {
        StringBuilder text = new StringBuilder(size + 64);
        while (text.length() < size) {
            text.append("function f")
                    .append(random.nextInt(100_000))
                    .append("(a,b){return a+b*")
                    .append(random.nextInt(1_000))
                    .append(";}\n");
        }
        return text.substring(0, size).getBytes(StandardCharsets.UTF_8);
    }
}
