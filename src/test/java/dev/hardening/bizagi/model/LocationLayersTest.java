package dev.hardening.bizagi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorKind;
import dev.hardening.bizagi.parse.LocatedProperties;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layers {@code <location path="...">} blocks add to the configuration of the path they name: after
 * the top-level sections of their file, before the path's own web.config, and, with
 * {@code inheritInChildApplications="false"}, not at all inside a folder run as an application.
 */
class LocationLayersTest {

    private static final String ROOT = "web.config";
    private static final String SERVICES = "WebServices/web.config";

    private static final String ROOT_WITH_BLOCK = """
            <configuration>
              <system.web>
                <compilation debug="false" />
                <httpCookies requireSSL="true" />
              </system.web>
              <location path="WebServices">
                <system.web>
                  <compilation debug="true" />
                  <httpCookies requireSSL="false" />
                </system.web>
              </location>
            </configuration>
            """;

    private static final String ROOT_NOT_INHERITED = """
            <configuration>
              <system.web>
                <trace enabled="false" />
              </system.web>
              <location path="." inheritInChildApplications="false">
                <system.web>
                  <httpCookies requireSSL="true" />
                </system.web>
              </location>
              <location path="WebServices" inheritInChildApplications="false">
                <system.web>
                  <compilation debug="true" />
                </system.web>
              </location>
            </configuration>
            """;

    private static final String SERVICES_OWN = """
            <configuration>
              <system.web>
                <httpCookies requireSSL="true" />
              </system.web>
            </configuration>
            """;

    @Test
    void parentTopLevelThenParentLocationThenTheFoldersOwnFile() {
        Deployment deployment = new DeploymentReader()
                .read(List.of(descriptor(SERVICES, SERVICES_OWN), descriptor(ROOT, ROOT_WITH_BLOCK)), authentication());

        EffectiveWebConfig services = configOf(deployment, "WebServices");

        assertEquals(
                List.of(
                        "portal/web.config (own)",
                        "portal/web.config (WebServices)",
                        "portal/WebServices/web.config (own)"),
                layers(services));
        assertEquals("", services.locationLabel());
        assertEquals(
                new Setting(
                        "true",
                        new SourceLocation(
                                "portal/WebServices/web.config", 3, "/configuration/system.web/httpCookies")),
                services.attribute("system.web/httpCookies", "requireSSL").orElseThrow());
        assertEquals(
                new Setting(
                        "true",
                        new SourceLocation(
                                "portal/web.config",
                                8,
                                "/configuration/location[@path='WebServices']/system.web/compilation")),
                services.attribute("system.web/compilation", "debug").orElseThrow());
    }

    @Test
    void locationPathWithoutAFileOfItsOwnIsJudgedUnderItsLabel() {
        Deployment deployment =
                new DeploymentReader().read(List.of(descriptor(ROOT, ROOT_WITH_BLOCK)), authentication());

        EffectiveWebConfig services = configOf(deployment, "WebServices");

        assertEquals("<location path=\"WebServices\">", services.locationLabel());
        assertEquals(List.of("portal/web.config (own)", "portal/web.config (WebServices)"), layers(services));
        assertEquals(
                "false",
                services.attribute("system.web/httpCookies", "requireSSL")
                        .orElseThrow()
                        .value());
        assertEquals(
                "true",
                configOf(deployment, "")
                        .attribute("system.web/httpCookies", "requireSSL")
                        .orElseThrow()
                        .value());
    }

    @Test
    void locationPathNamesItsFolderWhateverTheCaseAndSlashes() {
        String root = ROOT_WITH_BLOCK.replace("path=\"WebServices\"", "path=\"./webservices/\"");
        Deployment deployment = new DeploymentReader()
                .read(List.of(descriptor(ROOT, root), descriptor(SERVICES, "<configuration />")), authentication());

        EffectiveWebConfig services = configOf(deployment, "WebServices");

        assertEquals(
                List.of(
                        "portal/web.config (own)",
                        "portal/web.config (webservices)",
                        "portal/WebServices/web.config (own)"),
                layers(services));
        assertEquals(2, deployment.webConfigs().size());
    }

    @Test
    void inheritInChildApplicationsFalseReachesFoldersOfTheSameApplication() {
        Deployment deployment = new DeploymentReader()
                .read(
                        List.of(descriptor(ROOT, ROOT_NOT_INHERITED), descriptor(SERVICES, "<configuration />")),
                        authentication());

        EffectiveWebConfig services = configOf(deployment, "WebServices");

        assertEquals(
                List.of(
                        "portal/web.config (own)",
                        "portal/web.config (WebServices)",
                        "portal/WebServices/web.config (own)"),
                layers(services));
        assertEquals(
                "true",
                services.attribute("system.web/httpCookies", "requireSSL")
                        .orElseThrow()
                        .value());
        assertEquals(
                "true",
                services.attribute("system.web/compilation", "debug")
                        .orElseThrow()
                        .value());
    }

    @Test
    void inheritInChildApplicationsFalseStopsAtAChildApplication() {
        Deployment deployment = new DeploymentReader(List.of("WebServices"), "Release")
                .read(
                        List.of(descriptor(ROOT, ROOT_NOT_INHERITED), descriptor(SERVICES, "<configuration />")),
                        authentication());

        EffectiveWebConfig services = configOf(deployment, "WebServices");
        // Its findings say which application they concern.
        assertEquals("the application WebServices", services.locationLabel());
        EffectiveWebConfig root = configOf(deployment, "");

        assertEquals(
                List.of(
                        "portal/web.config (own)",
                        "portal/web.config (WebServices)",
                        "portal/WebServices/web.config (own)"),
                layers(services));
        assertEquals(1, services.layers().get(0).scopes().size(), "the root's path=\".\" block stays out");
        assertEquals(
                "false",
                services.attribute("system.web/trace", "enabled").orElseThrow().value());
        assertTrue(services.attribute("system.web/httpCookies", "requireSSL").isEmpty());
        assertEquals(
                "true",
                services.attribute("system.web/compilation", "debug")
                        .orElseThrow()
                        .value(),
                "a block applies at its own path, even when that path is an application");
        assertEquals(
                "true",
                root.attribute("system.web/httpCookies", "requireSSL")
                        .orElseThrow()
                        .value());
    }

    @Test
    void anApplicationWithoutAWebConfigIsJudgedWithWhatReachesItAndOneUnderNoWebConfigIsToldApart() {
        Deployment deployment = new DeploymentReader(
                        List.of("WebApplication/Api", "/webapplication/api/", "Reports"), "Release")
                .read(List.of(descriptor("WebApplication/web.config", ROOT_NOT_INHERITED)), authentication());

        // The root's path="." block does not reach the application, which runs on what is outside it.
        Map<String, EffectiveWebConfig> byLabel = deployment.webConfigs().stream()
                .collect(Collectors.toMap(EffectiveWebConfig::locationLabel, config -> config));
        assertEquals(
                Set.of("", "<location path=\"WebServices\">", "the application WebApplication/Api"), byLabel.keySet());
        assertTrue(byLabel.get("the application WebApplication/Api")
                .attribute("system.web/httpCookies", "requireSSL")
                .isEmpty());
        assertEquals(
                "true",
                byLabel.get("")
                        .attribute("system.web/httpCookies", "requireSSL")
                        .orElseThrow()
                        .value());
        assertEquals(List.of("Reports"), deployment.applicationsJudgedNowhere());
    }

    @Test
    void anArchiveNestedInThePackageHoldsNoneOfTheApplications() {
        Deployment deployment = new DeploymentReader(List.of("WebApplication/Api"), "Release")
                .read(
                        List.of(
                                descriptor("WebApplication/web.config", ROOT_NOT_INHERITED),
                                new Descriptor(
                                        DescriptorKind.WEB_CONFIG,
                                        "portal.zip!/tools/admin.zip",
                                        "web.config",
                                        true,
                                        ROOT_NOT_INHERITED.getBytes(StandardCharsets.UTF_8))),
                        authentication());

        assertEquals(
                List.of("portal.zip!/tools/admin.zip"),
                deployment.webConfigs().stream()
                        .filter(config -> config.locationLabel().isEmpty())
                        .map(config -> config.lastLayer().file().descriptor().container())
                        .filter(container -> container.contains("!/"))
                        .toList());
        assertEquals(
                1,
                deployment.webConfigs().stream()
                        .filter(config -> config.locationLabel().startsWith("the application"))
                        .count());
    }

    @Test
    void blockForAnApplicationStopsAtTheApplicationsBelowIt() {
        Deployment deployment = new DeploymentReader(List.of("WebServices", "WebServices/Api"), "Release")
                .read(
                        List.of(
                                descriptor(ROOT, ROOT_NOT_INHERITED),
                                descriptor(SERVICES, "<configuration />"),
                                descriptor("WebServices/Api/web.config", "<configuration />")),
                        authentication());

        EffectiveWebConfig api = configOf(deployment, "WebServices/Api");

        assertTrue(api.attribute("system.web/compilation", "debug").isEmpty());
        assertEquals(
                List.of(
                        "portal/web.config (own)",
                        "portal/WebServices/web.config (own)",
                        "portal/WebServices/Api/web.config (own)"),
                layers(api));
    }

    @Test
    void blockWithoutTheAttributeReachesAChildApplication() {
        Deployment deployment = new DeploymentReader(List.of("WebServices"), "Release")
                .read(
                        List.of(descriptor(ROOT, ROOT_WITH_BLOCK), descriptor(SERVICES, "<configuration />")),
                        authentication());

        EffectiveWebConfig services = configOf(deployment, "WebServices");

        assertEquals(
                "false",
                services.attribute("system.web/httpCookies", "requireSSL")
                        .orElseThrow()
                        .value());
        assertEquals(
                List.of(
                        "portal/web.config (own)",
                        "portal/web.config (WebServices)",
                        "portal/WebServices/web.config (own)"),
                layers(services));
    }

    @Test
    void foldersAtAndBelowAnUnreadableWebConfigAreNotJudgedAsIfItWereAbsent() {
        Descriptor other = new Descriptor(
                DescriptorKind.WEB_CONFIG,
                "other",
                "web.config",
                false,
                "<configuration />".getBytes(StandardCharsets.UTF_8));
        Deployment deployment = new DeploymentReader()
                .read(
                        List.of(
                                descriptor(ROOT, "<configuration><system.web><trace>\n</configuration>"),
                                descriptor(SERVICES, SERVICES_OWN),
                                descriptor("Admin/Reports/web.config", "<configuration />"),
                                other),
                        authentication());

        assertEquals(
                List.of("portal/web.config"),
                deployment.malformed().stream().map(problem -> problem.file()).toList());
        assertEquals(List.of("other/web.config (own)"), allLayers(deployment));
    }

    @Test
    void webConfigsThatDifferOnlyInCaseAreRefusedAndTheirFolderIsNotJudged() {
        // Which copy runs depends on the unpacking tool; judging either could pass the insecure one.
        Deployment deployment = new DeploymentReader()
                .read(
                        List.of(
                                descriptor("web.config", SERVICES_OWN),
                                descriptor("WEB.CONFIG", ROOT_WITH_BLOCK),
                                descriptor(SERVICES, SERVICES_OWN)),
                        authentication());

        assertEquals(
                List.of("portal/web.config: is ambiguous: it is the same file as portal/WEB.CONFIG once unpacked"
                        + " on Windows, where names ignore case, so which of the two IIS reads depends on the"
                        + " tool that unpacks the package; keep one of them"),
                deployment.malformed().stream().map(Exception::getMessage).toList());
        assertEquals(List.of(), allLayers(deployment));
    }

    @Test
    void anotherConfigFileWhoseRootIsNotConfigurationIsNotJudgedNorCounted() {
        Deployment deployment = besideRootWebConfig("NLog.config", "<?xml version=\"1.0\"?>\n<nlog>\n</nlog>");

        assertEquals(List.of(), deployment.malformed());
        assertEquals(List.of("portal/NLog.config (<nlog>)"), deployment.notJudged());
        // web.config and the authentication settings.
        assertEquals(2, deployment.filesRead());
        assertEquals(
                List.of("portal/web.config (own)", "portal/web.config (own)", "portal/web.config (WebServices)"),
                allLayers(deployment));
    }

    @Test
    void anotherConfigFileThatCannotBeParsedIsReportedWithoutHidingItsFoldersWebConfig() {
        Deployment deployment = besideRootWebConfig("NLog.config", "<?xml version=\"1.0\"?>\n<nlog>\n</nlo>");

        assertEquals(
                List.of("portal/NLog.config:3"),
                deployment.malformed().stream()
                        .map(e -> e.file() + ":" + e.line())
                        .toList());
        assertEquals(
                List.of("portal/web.config (own)", "portal/web.config (own)", "portal/web.config (WebServices)"),
                allLayers(deployment));
    }

    @Test
    void anotherConfigFileInConfigurationFormIsJudgedOnItsOwnNotAsALayerOfItsFolder() {
        Deployment deployment = new DeploymentReader()
                .read(
                        List.of(
                                descriptor("log4net.config", SERVICES_OWN),
                                descriptor(ROOT, ROOT_WITH_BLOCK),
                                descriptor("Scheduler/BizAgi.Scheduler.exe.config", SERVICES_OWN)),
                        authentication());

        // IIS reads neither: each is a configuration of its own, and the folder's is web.config's alone.
        assertEquals(
                List.of(
                        List.of("portal/Scheduler/BizAgi.Scheduler.exe.config (own)"),
                        List.of("portal/log4net.config (own)"),
                        List.of("portal/web.config (own)"),
                        List.of("portal/web.config (own)", "portal/web.config (WebServices)")),
                deployment.webConfigs().stream().map(LocationLayersTest::layers).toList());
    }

    @Test
    void aWebConfigWhoseRootIsNotConfigurationIsRefused() {
        Deployment deployment = new DeploymentReader()
                .read(
                        List.of(descriptor(ROOT, "<?xml version=\"1.0\"?>\n<appSettings>\n</appSettings>")),
                        authentication());

        assertEquals(
                List.of("portal/web.config:2: cannot be read as web.config: its root element is <appSettings>, where"
                        + " the server wants <configuration>, so the application would not start. Make <configuration>"
                        + " the root."),
                deployment.malformed().stream().map(Exception::getMessage).toList());
    }

    /** The configuration of {@code folder}: the one whose last layer is that folder's file or block. */
    private static EffectiveWebConfig configOf(Deployment deployment, String folder) {
        List<EffectiveWebConfig> matches = deployment.webConfigs().stream()
                .filter(config -> {
                    ConfigLayer last = config.lastLayer();
                    String path = last.locationPath().isEmpty()
                            ? last.file().descriptor().folder()
                            : last.locationPath();
                    return path.equalsIgnoreCase(folder);
                })
                .toList();
        assertEquals(1, matches.size(), "configurations of " + folder + ": " + matches.size());
        return matches.get(0);
    }

    private static Deployment besideRootWebConfig(String path, String text) {
        return new DeploymentReader()
                .read(List.of(descriptor(path, text), descriptor(ROOT, ROOT_WITH_BLOCK)), authentication());
    }

    private static List<String> allLayers(Deployment deployment) {
        return deployment.webConfigs().stream()
                .flatMap(config -> layers(config).stream())
                .toList();
    }

    private static List<String> layers(EffectiveWebConfig config) {
        return config.layers().stream()
                .map(layer -> layer.file().file() + " ("
                        + (layer.locationPath().isEmpty() ? "own" : layer.locationPath()) + ")")
                .toList();
    }

    private static Descriptor descriptor(String path, String xml) {
        return new Descriptor(DescriptorKind.WEB_CONFIG, "portal", path, false, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static AuthenticationSettings authentication() {
        return new AuthenticationSettings(LocatedProperties.read(
                "session.timeMinutes=5\n".getBytes(StandardCharsets.UTF_8), "authentication.properties"));
    }
}
