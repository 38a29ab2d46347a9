package dev.hardening.bizagi.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DescriptorSelectorTest {

    private final DescriptorSelector defaults = DescriptorSelector.defaults();

    @Test
    void webConfigIsSelectedUnderAnySpelling() {
        assertEquals(DescriptorKind.WEB_CONFIG, defaults.select("web.config"));
        assertEquals(DescriptorKind.WEB_CONFIG, defaults.select("WebApplication/Web.Config"));
        assertEquals(DescriptorKind.WEB_CONFIG, defaults.select("WebApplication/WEB.CONFIG"));
        assertEquals(DescriptorKind.WEB_CONFIG, defaults.select("WebApplication\\App\\Web.config"));
    }

    @Test
    void webXmlIsSelectedOnlyUnderWebInf() {
        assertEquals(DescriptorKind.WEB_XML, defaults.select("WEB-INF/web.xml"));
        assertEquals(DescriptorKind.WEB_XML, defaults.select("jee/web-inf/Web.xml"));
        assertNull(defaults.select("web.xml"));
        assertNull(defaults.select("META-INF/web.xml"));
    }

    @Test
    void webLogicDescriptorIsSelectedOnlyUnderWebInf() {
        assertEquals(DescriptorKind.WEBLOGIC_XML, defaults.select("WEB-INF/weblogic.xml"));
        assertEquals(DescriptorKind.WEBLOGIC_XML, defaults.select("jee/web-inf/WebLogic.xml"));
        assertNull(defaults.select("weblogic.xml"));
        assertNull(defaults.select("META-INF/weblogic-application.xml"));
    }

    @Test
    void jbossAllDescriptorIsSelectedOnlyUnderMetaInf() {
        assertEquals(DescriptorKind.JBOSS_ALL_XML, defaults.select("META-INF/jboss-all.xml"));
        assertEquals(DescriptorKind.JBOSS_ALL_XML, defaults.select("src/main/application/meta-inf/JBoss-All.xml"));
        assertNull(defaults.select("jboss-all.xml"));
        assertNull(defaults.select("WEB-INF/jboss-web.xml"));
    }

    @Test
    void jbossServerConfigurationsAreSelectedUnderConfigurationAndNeverTakenForWebXml() {
        DescriptorSelector everyXml =
                new DescriptorSelector(List.of("**/*.xml"), List.of(), DescriptorSelector.DEFAULT_NESTED_ARCHIVES);
        for (String path : List.of(
                "src/main/jboss/configuration/standalone.xml",
                "configuration/standalone-full-ha.xml",
                "domain/configuration/Domain.xml")) {
            assertEquals(DescriptorKind.JBOSS_SERVER_XML, defaults.select(path), path);
            assertEquals(DescriptorKind.JBOSS_SERVER_XML, everyXml.select(path), path);
        }
        assertEquals(DescriptorKind.JBOSS_SERVER_XML, everyXml.select("wildfly/standalone.xml"));
        assertEquals(DescriptorKind.WEB_XML, everyXml.select("BizAgi.war/WEB-INF/domain-web.xml"));
        assertNull(defaults.select("standalone.xml"));
        assertNull(defaults.select("configuration/host.xml"));
    }

    @Test
    void bizagiConfigIsSelectedAnywhere() {
        assertEquals(DescriptorKind.BIZAGI_CONFIG, defaults.select("bizagi-config.properties"));
        assertEquals(DescriptorKind.BIZAGI_CONFIG, defaults.select("WEB-INF/classes/bizagi-config.properties"));
        assertNull(defaults.select("WEB-INF/classes/bizagi.properties"));
    }

    @Test
    void transformsAreCompanionsAndBackupsAreNotSelected() {
        assertEquals(DescriptorKind.COMPANION, defaults.select("WebApplication/Web.Release.config"));
        assertEquals(DescriptorKind.COMPANION, defaults.select("WebApplication/Web.Debug.config"));
        assertEquals(DescriptorKind.COMPANION, defaults.select("WebApplication/Web.Release.Azure.config"));
        assertEquals(DescriptorKind.COMPANION, defaults.select("WebApplication/old-web.config"));
        assertNull(defaults.select("WebApplication/web.config.bak"));
    }

    @Test
    void transformsAreNeverJudgedEvenWhenIncluded() {
        DescriptorSelector everyConfig =
                new DescriptorSelector(List.of("**/*.config"), List.of(), DescriptorSelector.DEFAULT_NESTED_ARCHIVES);

        assertEquals(DescriptorKind.COMPANION, everyConfig.select("WebApplication/Web.Release.config"));
        assertEquals(DescriptorKind.WEB_CONFIG, everyConfig.select("WebApplication/secrets.config"));
    }

    @Test
    void webDeployAndFragmentFilesAreCompanions() {
        assertEquals(DescriptorKind.COMPANION, defaults.select("parameters.xml"));
        assertEquals(DescriptorKind.COMPANION, defaults.select("archive.xml"));
        assertEquals(DescriptorKind.COMPANION, defaults.select("META-INF/web-fragment.xml"));
        assertNull(defaults.select("META-INF/MANIFEST.MF"));
    }

    @Test
    void leadingSlashesAreIgnored() {
        assertEquals(DescriptorKind.WEB_CONFIG, defaults.select("/web.config"));
        assertEquals(DescriptorKind.WEB_XML, defaults.select("//WEB-INF/web.xml"));
    }

    @Test
    void excludesWinOverIncludesAndNestedArchives() {
        DescriptorSelector selector = new DescriptorSelector(
                DescriptorSelector.DEFAULT_INCLUDES,
                List.of("**/Samples/**", "**/lib/*.jar"),
                DescriptorSelector.DEFAULT_NESTED_ARCHIVES);

        assertNull(selector.select("WebApplication/Samples/web.config"));
        assertEquals(DescriptorKind.WEB_CONFIG, selector.select("WebApplication/web.config"));
        assertFalse(selector.isNestedArchive("WEB-INF/lib/spring.jar"));
        assertTrue(selector.isNestedArchive("deploy/BizAgi.war"));
    }

    @Test
    void nestedArchivesAreMatchedUnderAnySpelling() {
        assertTrue(defaults.isNestedArchive("deploy/App.WAR"));
        assertTrue(defaults.isNestedArchive("bizagi.ear"));
        assertTrue(defaults.isNestedArchive("WEB-INF/lib/a.jar"));
        assertTrue(defaults.isNestedArchive("inner.Zip"));
        assertTrue(defaults.isNestedArchive("deploy/app.TAR.gz"));
        assertTrue(defaults.isNestedArchive("deploy/app.tgz"));
        assertFalse(defaults.isNestedArchive("deploy/app.tar.xz"));
        assertFalse(defaults.isNestedArchive("WEB-INF/web.xml"));
    }

    @Test
    void includedFilesWithoutAKnownEndingAreNotSelected() {
        DescriptorSelector selector =
                new DescriptorSelector(List.of("**/*"), List.of(), DescriptorSelector.DEFAULT_NESTED_ARCHIVES);

        assertNull(selector.select("readme.txt"));
        assertEquals(DescriptorKind.WEB_CONFIG, selector.select("Scheduler/BizAgi.Scheduler.Services.exe.config"));
    }

    @Test
    void wantedIsExactlySelectedOrNestedForEveryKindOfPattern() {
        DescriptorSelector selector = new DescriptorSelector(
                List.of("**/web.config", "**/conf/*.xml", "**/We?.Config", "%regex[.*\\.site\\.config]", "custom/**"),
                List.of("**/Samples/**", "**/lib/*.jar"),
                List.of("**/*.war", "**/nested*.zip"));
        List<String> paths = List.of(
                "web.config",
                "App\\WEB.CONFIG",
                "App/Samples/web.config",
                "App/conf/server.xml",
                "App/conf/server.txt",
                "App/Wex.config",
                "App/app.site.config",
                "custom/anything.bin",
                "custom/",
                "App/Web.Release.config",
                "META-INF/web-fragment.xml",
                "deploy/BizAgi.WAR",
                "deploy/nested-1.zip",
                "deploy/other.zip",
                "WEB-INF/lib/spring.jar",
                "App/bin/Payload.dll",
                "App/scripts/app.js",
                "");

        assertWantedIsSelectedOrNested(selector, paths);
        assertTrue(selector.isWanted("App/Wex.config"));
        assertTrue(selector.isWanted("App/app.site.config"));
        assertTrue(selector.isWanted("deploy/nested-1.zip"));
        assertFalse(selector.isWanted("deploy/other.zip"));
        assertFalse(selector.isWanted("App/Samples/web.config"));
        assertFalse(selector.isWanted("App/bin/Payload.dll"));
    }

    @Test
    void wantedAgreesWithSelectionWhenEveryPatternNamesAnExtension() {
        // Every pattern names an extension, so the extension test runs first: a literal name, an upper-case
        // *.XML, a name with two dots (its extension is the text after the last) and one ending in a dot.
        DescriptorSelector selector = new DescriptorSelector(
                List.of("**/web.config", "**/conf/*.XML", "**/tar.gz", "**/web."),
                List.of("**/Samples/**"),
                List.of("**/*.war", "**/nested*.zip"));
        List<String> paths = List.of(
                "App/WEB.CONFIG",
                "App\\web.config",
                "App/web.config/",
                "App/web.config\\",
                "App/web.config.d/readme",
                "App/conf/server.xml",
                "App/conf/SERVER.Xml",
                "App/conf/server.xmlx",
                "App/conf/server.xm",
                "App/archive.tar.gz",
                "App/tar.gz",
                "App/web.",
                "App/web",
                "App/web.conf\u0130g",
                "App/WEB.CONF\u0130G",
                "deploy/Nested-1.ZIP",
                "deploy/app.war",
                "deploy/app.war/",
                "App/Samples/web.config",
                "App/bin/Payload.dll",
                "noextension",
                ".",
                "/",
                "");

        assertWantedIsSelectedOrNested(selector, paths);
        assertTrue(selector.isWanted("App/conf/SERVER.Xml"));
        assertTrue(selector.isWanted("App\\web.config"));
        assertTrue(selector.isWanted("deploy/Nested-1.ZIP"));
        assertFalse(selector.isWanted("App/archive.tar.gz"));
        assertFalse(selector.isWanted("App/conf/server.xmlx"));
        assertFalse(selector.isWanted("App/web.config.d/readme"));
        assertFalse(selector.isWanted("App/bin/Payload.dll"));
        // Outside ASCII, letters equal ignoring case can differ once lower-cased (İ and i, ı and I): a name
        // or a pattern with such a letter is left to the name tests.
        assertTrue(defaults.isWanted("App/x.CONF\u0130G"));
        assertTrue(new DescriptorSelector(List.of("**/web.config"), List.of(), List.of("**/*.\u0131"))
                .isWanted("deploy/a.I"));
    }

    @Test
    void patternsWithLeadingSlashesMatchAsPathsDo() {
        DescriptorSelector selector = new DescriptorSelector(
                List.of("/WebApplication/web.config", "\\Other\\*.config"),
                List.of("/WebApplication/Extra/**"),
                List.of("//deploy/*.zip"));

        assertEquals(DescriptorKind.WEB_CONFIG, selector.select("WebApplication/web.config"));
        assertEquals(DescriptorKind.WEB_CONFIG, selector.select("/WebApplication/web.config"));
        assertEquals(DescriptorKind.WEB_CONFIG, selector.select("Other/web.config"));
        assertTrue(selector.isNestedArchive("deploy/app.zip"));
        assertFalse(new DescriptorSelector(
                        DescriptorSelector.DEFAULT_INCLUDES, List.of("/WebApplication/Extra/**"), List.of())
                .isWanted("WebApplication/Extra/web.config"));
    }

    @Test
    void onlyAnAntPatternAcrossArchivesIsUnmatchable() {
        assertTrue(
                DescriptorSelector.unmatchable("**/extra.zip!/Addon/web.config").isPresent());
        // Spelled out as an Ant pattern, it is still one.
        assertTrue(DescriptorSelector.unmatchable("%ant[**/extra.zip!/Addon/web.config]")
                .isPresent());
        assertEquals(Optional.empty(), DescriptorSelector.unmatchable("%regex[(?!/?Samples/).*]"));
        assertEquals(Optional.empty(), DescriptorSelector.unmatchable("/WebApplication/web.config"));
        assertEquals(Optional.empty(), DescriptorSelector.unmatchable("**/weird!name/web.config"));
    }

    @Test
    void includesOfNamesWithoutAKindAreUnreadable() {
        assertTrue(DescriptorSelector.unreadableInclude("**/conf.d/webconfig").isPresent());
        assertTrue(DescriptorSelector.unreadableInclude("/WebApplication/web.config.bak")
                .isPresent());
        assertEquals(Optional.empty(), DescriptorSelector.unreadableInclude("**/conf.d/web.config"));
        assertEquals(Optional.empty(), DescriptorSelector.unreadableInclude("**/Legacy/Web.Confi?"));
        assertEquals(Optional.empty(), DescriptorSelector.unreadableInclude("custom/**"));
        assertEquals(Optional.empty(), DescriptorSelector.unreadableInclude("%regex[.*webconfig]"));
        // The same names are indeed never selected.
        DescriptorSelector selector =
                new DescriptorSelector(List.of("**/conf.d/webconfig", "**/web.config.bak"), List.of(), List.of());
        assertNull(selector.select("App/conf.d/webconfig"));
        assertNull(selector.select("App/web.config.bak"));
    }

    @Test
    void defaultsWantDescriptorsAndArchivesOnly() {
        assertTrue(defaults.isWanted("WebApplication/Web.config"));
        assertTrue(defaults.isWanted("WebApplication/Web.Release.config"));
        assertTrue(defaults.isWanted("WEB-INF/lib/a.JAR"));
        assertTrue(defaults.isWanted("WEB-INF/classes/bizagi-config.properties"));
        assertTrue(defaults.isWanted("wildfly/configuration/Standalone-Full.XML"));
        assertFalse(defaults.isWanted("wildfly/configuration/host.xml"));
        assertFalse(defaults.isWanted("web.xml"));
        assertFalse(defaults.isWanted("WebApplication/bin/BizAgi.Core.dll"));
        assertFalse(defaults.isWanted("WebApplication/web.config.bak"));
    }

    private static void assertWantedIsSelectedOrNested(DescriptorSelector selector, List<String> paths) {
        for (String path : paths) {
            boolean expected = selector.select(path) != null || selector.isNestedArchive(path);
            assertEquals(expected, selector.isWanted(path), path);
        }
    }
}
