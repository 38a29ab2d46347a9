package dev.hardening.bizagi.model;

import static dev.hardening.bizagi.model.PackagedDeployment.archive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.input.DeploymentScanner;
import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorKind;
import dev.hardening.bizagi.input.DescriptorSelector;
import dev.hardening.bizagi.input.ReadLimits;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.LocatedProperties;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The descriptor a container assembles from web.xml and the web-fragment.xml files of the jars in
 * {@code WEB-INF/lib}: which fragments count, which value wins, and where a value is reported. The
 * rule fixtures are folders, where no jar is opened, so fragments are shown here on built archives.
 */
class WebFragmentsTest {

    private static final String TIMEOUT = "session-config/session-timeout";
    private static final String SECURE = "session-config/cookie-config/secure";

    private static final String WAR = "target/portal.war";
    private static final String FRAGMENT = WAR + "!/WEB-INF/lib/session-defaults.jar!/META-INF/web-fragment.xml";

    @TempDir
    Path basedir;

    @Test
    void fragmentSuppliesWhatWebXmlLacks() throws Exception {
        WebXml webXml = onlyWebXml(read(war(webXml(""), "session-defaults.jar", fragment("session-defaults", 60))));

        LocatedElement timeout = webXml.element(TIMEOUT).orElseThrow();

        assertEquals("60", timeout.trimmedText());
        assertTrue(webXml.isFromFragment(timeout));
        assertEquals(
                new SourceLocation(FRAGMENT, 5, "/web-fragment/session-config/session-timeout"),
                webXml.locate(timeout));
        assertEquals(WAR + "!/WEB-INF/web.xml", webXml.file());
    }

    @Test
    void webXmlWinsOverFragments() throws Exception {
        WebXml webXml = onlyWebXml(read(war(
                webXml("<session-config><session-timeout>5</session-timeout></session-config>"),
                "session-defaults.jar",
                fragment("session-defaults", 60))));

        LocatedElement timeout = webXml.element(TIMEOUT).orElseThrow();

        assertEquals("5", timeout.trimmedText());
        assertFalse(webXml.isFromFragment(timeout));
        assertEquals(
                new SourceLocation(WAR + "!/WEB-INF/web.xml", 3, "/web-app/session-config/session-timeout"),
                webXml.locate(timeout));
        assertEquals(Optional.empty(), webXml.fragmentConflict(TIMEOUT, text -> text));
    }

    @Test
    void webXmlWinsElementByElement() throws Exception {
        WebXml webXml = onlyWebXml(read(war(
                webXml("<session-config><session-timeout>5</session-timeout></session-config>"),
                "cookies.jar",
                fragmentWith(
                        "cookies",
                        "<session-config><cookie-config><secure>true</secure></cookie-config>"
                                + "</session-config>"))));

        assertEquals("5", webXml.element(TIMEOUT).orElseThrow().trimmedText());
        assertEquals(
                WAR + "!/WEB-INF/lib/cookies.jar!/META-INF/web-fragment.xml",
                webXml.locate(webXml.element(SECURE).orElseThrow()).file());
    }

    @Test
    void metadataCompleteTrueInAnyCaseAndSpacingIgnoresEveryFragment() throws Exception {
        WebXml webXml =
                onlyWebXml(read(war(webXml("", " TRUE "), "session-defaults.jar", fragment("session-defaults", 60))));

        assertTrue(webXml.metadataComplete());
        assertEquals(Optional.empty(), webXml.element(TIMEOUT));
        assertEquals(List.of(), webXml.fragments());
        assertEquals(1, webXml.ignoredFragments().size());
        assertEquals(
                new SourceLocation(FRAGMENT, 5, "/web-fragment/session-config/session-timeout"),
                webXml.locate(webXml.ignoredFragmentElement(TIMEOUT).orElseThrow()));
    }

    @Test
    void metadataCompleteFalseMergesFragments() throws Exception {
        WebXml webXml =
                onlyWebXml(read(war(webXml("", "false"), "session-defaults.jar", fragment("session-defaults", 60))));

        assertFalse(webXml.metadataComplete());
        assertEquals("60", webXml.element(TIMEOUT).orElseThrow().trimmedText());
        assertEquals(List.of(), webXml.ignoredFragments());
    }

    @Test
    void fragmentsThatDisagreeConflictWhenWebXmlSetsNone() throws Exception {
        WebXml webXml = onlyWebXml(read(archive(
                "WEB-INF/web.xml", webXml(""),
                "WEB-INF/lib/a-defaults.jar", jar(fragment("a", 10)),
                "WEB-INF/lib/b-defaults.jar", jar(fragment("b", 60)))));

        WebXml.FragmentConflict conflict =
                webXml.fragmentConflict(TIMEOUT, WebFragmentsTest::minutes).orElseThrow();

        assertEquals("10", conflict.first().trimmedText());
        assertEquals(
                WAR + "!/WEB-INF/lib/b-defaults.jar!/META-INF/web-fragment.xml:5",
                webXml.locate(conflict.other()).toString());
    }

    @Test
    void fragmentsThatAgreeAsNumbersDoNotConflict() throws Exception {
        WebXml webXml = onlyWebXml(read(archive(
                "WEB-INF/web.xml", webXml(""),
                "WEB-INF/lib/a-defaults.jar", jar(fragmentWith("a", timeout("5"))),
                "WEB-INF/lib/b-defaults.jar", jar(fragmentWith("b", timeout(" 05 "))))));

        assertEquals(Optional.empty(), webXml.fragmentConflict(TIMEOUT, WebFragmentsTest::minutes));
        assertEquals(
                WAR + "!/WEB-INF/lib/a-defaults.jar!/META-INF/web-fragment.xml",
                webXml.locate(webXml.element(TIMEOUT).orElseThrow()).file());
    }

    @Test
    void onlyJarsDirectlyInWebInfLibHoldFragments() throws Exception {
        WebXml webXml = onlyWebXml(read(archive(
                "WEB-INF/web.xml", webXml(""),
                "WEB-INF/classes/META-INF/web-fragment.xml", fragment("classes", 1),
                "WEB-INF/lib/extra/nested.jar", jar(fragment("nested", 2)),
                "WEB-INF/lib/SHOUTING.JAR", jar(fragment("shouting", 3)),
                "WEB-INF/lib/lower-case.jar", archive("meta-inf/web-fragment.xml", fragment("lower", 4)),
                "WEB-INF/lib/outer.jar", archive("inner.jar", jar(fragment("inner", 5))))));

        assertEquals(List.of(), webXml.fragments());
        assertEquals(Optional.empty(), webXml.element(TIMEOUT));
    }

    @Test
    void fragmentsOfAnotherWarInTheEarDoNotApply() throws Exception {
        byte[] withFragment = war(webXml(""), "session-defaults.jar", fragment("session-defaults", 5));
        byte[] without = archive("WEB-INF/web.xml", webXml(""));
        Deployment deployment =
                PackagedDeployment.read(basedir, "bizagi.ear", archive("a.war", withFragment, "b.war", without));

        assertEquals(2, deployment.webXmls().size());
        WebXml a = deployment.webXmls().get(0);
        WebXml b = deployment.webXmls().get(1);
        assertEquals("target/bizagi.ear!/a.war!/WEB-INF/web.xml", a.file());
        assertEquals(1, a.fragments().size());
        assertEquals("target/bizagi.ear!/b.war!/WEB-INF/web.xml", b.file());
        assertEquals(List.of(), b.fragments());
    }

    @Test
    void applicationUnpackedInAZipFindsItsFragments() throws Exception {
        Deployment deployment = PackagedDeployment.read(
                basedir,
                "bundle.zip",
                archive(
                        "portal/WEB-INF/web.xml", webXml(""),
                        "portal/WEB-INF/lib/session-defaults.jar", jar(fragment("session-defaults", 5))));

        WebXml webXml = onlyWebXml(deployment);

        assertEquals("portal/WEB-INF/lib/", webXml.libraryFolder());
        assertEquals(
                "target/bundle.zip!/portal/WEB-INF/lib/session-defaults.jar!/META-INF/web-fragment.xml:5",
                webXml.locate(webXml.element(TIMEOUT).orElseThrow()).toString());
    }

    @Test
    void malformedFragmentIsRecordedAndWebXmlStillRead() throws Exception {
        Deployment deployment = read(archive(
                "WEB-INF/web.xml", webXml(""),
                "WEB-INF/lib/broken.jar", jar("<web-fragment>\n  <session-config>\n</web-fragment>\n"),
                "WEB-INF/lib/session-defaults.jar", jar(fragment("session-defaults", 5))));

        WebXml webXml = onlyWebXml(deployment);
        assertEquals(1, webXml.fragments().size());
        assertEquals(1, deployment.malformed().size());
        MalformedDescriptorException broken = deployment.malformed().get(0);
        assertEquals(WAR + "!/WEB-INF/lib/broken.jar!/META-INF/web-fragment.xml", broken.file());
        assertEquals(3, broken.line());
    }

    @Test
    void fileWhoseRootIsNotWebFragmentIsPassedOver() throws Exception {
        WebXml webXml = onlyWebXml(read(archive(
                "WEB-INF/web.xml", webXml(""),
                "WEB-INF/lib/misnamed.jar", jar(webXml(timeout("5"))))));

        assertEquals(List.of(), webXml.fragments());
        assertEquals(List.of(), webXml.ignoredFragments());
    }

    @Test
    void absoluteOrderingLeavesOutTheFragmentsItDoesNotName() throws Exception {
        WebXml webXml = onlyWebXml(read(archive(
                "WEB-INF/web.xml", webXml("<absolute-ordering><name> named </name></absolute-ordering>"),
                "WEB-INF/lib/a.jar", jar(fragmentWith("named", "<distributable/>")),
                "WEB-INF/lib/b.jar", jar(fragment("unnamed", 5)),
                "WEB-INF/lib/c.jar", jar(fragmentWith("", timeout("6"))))));

        assertEquals(List.of("named"), names(webXml.fragments()));
        assertEquals(List.of("unnamed", ""), names(webXml.ignoredFragments()));
        assertEquals(Optional.empty(), webXml.element(TIMEOUT));
    }

    @Test
    void absoluteOrderingWithOthersKeepsEveryFragment() throws Exception {
        WebXml webXml = onlyWebXml(read(archive(
                "WEB-INF/web.xml", webXml("<absolute-ordering><name>named</name><others/></absolute-ordering>"),
                "WEB-INF/lib/a.jar", jar(fragmentWith("named", "<distributable/>")),
                "WEB-INF/lib/b.jar", jar(fragment("unnamed", 5)))));

        assertEquals(List.of("named", "unnamed"), names(webXml.fragments()));
        assertEquals("5", webXml.element(TIMEOUT).orElseThrow().trimmedText());
    }

    @Test
    void foldersHoldNoFragments() throws Exception {
        Path webInf = basedir.resolve("target/portal/WEB-INF");
        Files.createDirectories(webInf.resolve("lib/session-defaults.jar/META-INF"));
        Files.writeString(webInf.resolve("web.xml"), webXml(""));
        Files.writeString(webInf.resolve("lib/session-defaults.jar/META-INF/web-fragment.xml"), fragment("s", 5));

        WebXml webXml = onlyWebXml(PackagedDeployment.readFolders(basedir, "target"));

        assertEquals("target/portal/WEB-INF/web.xml", webXml.file());
        assertEquals(List.of(), webXml.fragments());
    }

    @Test
    void warWithoutWebXmlIsJudgedByItsFragmentsAtTheAbsentFile() throws Exception {
        Deployment deployment = read(archive(
                "index.html", "<html/>", "WEB-INF/lib/session-defaults.jar", jar(fragment("session-defaults", 600))));

        WebXml webXml = onlyWebXml(deployment);
        LocatedElement timeout = webXml.element(TIMEOUT).orElseThrow();

        assertEquals(WAR + "!/WEB-INF/web.xml", webXml.file());
        assertEquals(new SourceLocation(WAR + "!/WEB-INF/web.xml", 0, "/web-app"), webXml.locate(webXml.root()));
        assertEquals("600", timeout.trimmedText());
        assertEquals(
                new SourceLocation(FRAGMENT, 5, "/web-fragment/session-config/session-timeout"),
                webXml.locate(timeout));
        List<String> findings = RuleCatalog.standard().judge(deployment, Policy.GUIDE).stream()
                .map(finding -> finding.ruleId() + " " + finding.location())
                .toList();
        assertTrue(findings.contains("JEE-SESSION-TIMEOUT " + FRAGMENT + ":5"), findings.toString());
        assertTrue(findings.contains("JEE-COOKIE-SECURE " + WAR + "!/WEB-INF/web.xml"), findings.toString());
    }

    @Test
    void warWhoseWebXmlCannotBeParsedIsNotJudgedAsWithoutOne() throws Exception {
        Deployment deployment = read(war(
                "<web-app>\n  <session-config>\n</web-app>",
                "session-defaults.jar",
                fragment("session-defaults", 600)));

        assertEquals(List.of(), deployment.webXmls());
        assertEquals(
                List.of(WAR + "!/WEB-INF/web.xml"),
                deployment.malformed().stream()
                        .map(MalformedDescriptorException::file)
                        .toList());
    }

    @Test
    void onlyAWarThatHoldsAJudgedFileOrAFragmentAndIsNotInsideAWarIsJudgedWithoutWebXml() throws Exception {
        byte[] inner = archive("WEB-INF/classes/bizagi-config.properties", "PROTOCOL=\"HTTPS\"\n");
        Deployment deployment = read(archive(
                "WEB-INF/web.xml",
                webXml(""),
                "downloads/sample.war",
                inner,
                "WEB-INF/lib/logging.jar",
                archive("log4net.config", "<log4net />")));

        assertEquals(
                List.of(WAR + "!/WEB-INF/web.xml"),
                deployment.webXmls().stream().map(WebXml::file).toList());
        assertEquals(
                List.of(),
                PackagedDeployment.read(basedir, "logging.war", archive("WEB-INF/bin/log4net.config", "<log4net />"))
                        .webXmls());
    }

    @Test
    void warWithoutWebXmlIsNotJudgedWhenTheSelectionLeavesWebXmlOut() throws Exception {
        Path file = basedir.resolve("target/portal.war");
        Files.createDirectories(file.getParent());
        Files.write(file, war(webXml(""), "session-defaults.jar", fragment("session-defaults", 600)));
        DescriptorSelector withoutWebXml = new DescriptorSelector(
                DescriptorSelector.DEFAULT_INCLUDES,
                List.of("**/WEB-INF/web.xml"),
                DescriptorSelector.DEFAULT_NESTED_ARCHIVES);
        List<Descriptor> found =
                new DeploymentScanner(basedir, withoutWebXml, ReadLimits.DEFAULT).scanArchives(List.of(file));

        Deployment deployment = new DeploymentReader(List.of(), "Release", false)
                .read(found, new AuthenticationSettings(LocatedProperties.read(new byte[0], "a.properties")));

        assertEquals(List.of(), deployment.webXmls());
        assertEquals(1, found.size(), "only the fragment is read: " + found);
    }

    @Test
    void aFragmentThatABroadIncludeReadsAsWebXmlIsMergedNotJudgedOnItsOwn() throws Exception {
        Path file = basedir.resolve("target/portal.war");
        Files.createDirectories(file.getParent());
        Files.write(file, war(webXml(""), "session-defaults.jar", fragment("session-defaults", 60)));
        DescriptorSelector everyXml =
                new DescriptorSelector(List.of("**/*.xml"), List.of(), DescriptorSelector.DEFAULT_NESTED_ARCHIVES);
        List<Descriptor> found =
                new DeploymentScanner(basedir, everyXml, ReadLimits.DEFAULT).scanArchives(List.of(file));

        Deployment deployment = new DeploymentReader()
                .read(found, new AuthenticationSettings(LocatedProperties.read(new byte[0], "a.properties")));

        assertEquals(
                2,
                found.stream().filter(d -> d.kind() == DescriptorKind.WEB_XML).count(),
                found.toString());
        WebXml webXml = onlyWebXml(deployment);
        assertEquals(WAR + "!/WEB-INF/web.xml", webXml.file());
        assertEquals(List.of("session-defaults"), names(webXml.fragments()));
        assertEquals(List.of(), deployment.malformed());
    }

    private Deployment read(byte[] war) throws Exception {
        return PackagedDeployment.read(basedir, "portal.war", war);
    }

    private static WebXml onlyWebXml(Deployment deployment) {
        assertEquals(1, deployment.webXmls().size());
        return deployment.webXmls().get(0);
    }

    private static byte[] war(String webXml, String jarName, String fragment) {
        return archive("WEB-INF/web.xml", webXml, "WEB-INF/lib/" + jarName, jar(fragment));
    }

    private static byte[] jar(String fragment) {
        return archive("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n", WebFragments.PATH, fragment);
    }

    /** A web.xml whose {@code <web-app>} start tag is on line 2 and whose {@code body} is on line 3. */
    static String webXml(String body) {
        return webXml(body, null);
    }

    static String webXml(String body, String metadataComplete) {
        String attribute = metadataComplete == null ? "" : " metadata-complete=\"" + metadataComplete + "\"";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"" + attribute + ">\n"
                + "  " + body + "\n"
                + "</web-app>\n";
    }

    /** A fragment whose {@code session-timeout} is on line 5. */
    static String fragment(String name, int minutes) {
        return fragmentWith(name, timeout(String.valueOf(minutes)));
    }

    /** A fragment named {@code name} (none when empty) whose {@code body} starts on line 4. */
    static String fragmentWith(String name, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<web-fragment xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
                + (name.isEmpty() ? "\n" : "  <name>" + name + "</name>\n")
                + "  " + body + "\n"
                + "</web-fragment>\n";
    }

    private static String timeout(String minutes) {
        return "<session-config>\n    <session-timeout>" + minutes + "</session-timeout>\n  </session-config>";
    }

    /** The time-out as a number when it is one, as a container compares fragments' values. */
    private static Object minutes(String text) {
        return text.matches("[0-9]+") ? (Object) Integer.valueOf(text) : text;
    }

    private static List<String> names(List<LocatedElement> fragments) {
        return fragments.stream()
                .map(fragment -> fragment.lastChild("name")
                        .map(LocatedElement::trimmedText)
                        .orElse(""))
                .toList();
    }
}
