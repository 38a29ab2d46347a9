package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.ConfigLayer;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.FolderPaths;
import dev.hardening.bizagi.model.WebConfigFile;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.AbstractRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Asks for an access restriction of its own on the Work Portal's {@code WebServices} folder, which
 * holds Bizagi's business API and internal services: a {@code <location path="WebServices">} (or a
 * path below it) in a web.config of the portal's folder or above it, or a web.config in the
 * {@code WebServices} folder or below it, that carries {@code system.web/authorization} with a
 * {@code deny}, {@code system.webServer/security/authorization} with a {@code Deny} entry or a
 * {@code clear} or {@code remove} of the default allow-all, {@code ipSecurity} with
 * {@code allowUnlisted="false"} or a denied entry, or anonymous authentication switched off. Judged only
 * where the package holds a Work Portal: a web.config whose own {@code appSettings} hold one of
 * Bizagi's keys ({@code PROTOCOL}, {@code DSNDB}, {@code PROVIDERTYPE}), the topmost in its archive or
 * folder. See the description for sources and limitations.
 */
public final class RestrictWebServicesFolder extends AbstractRule {

    /** The folder, beside the portal's web.config, that holds Bizagi's web services. */
    static final String FOLDER = "webservices";

    private static final Set<String> BIZAGI_KEYS = Set.of("protocol", "dsndb", "providertype");

    private static final String FIX = "Add <location path=\"WebServices\"><system.webServer><security><ipSecurity"
            + " allowUnlisted=\"false\"><add ipAddress=\"10.0.0.0\" subnetMask=\"255.0.0.0\" allowed=\"true\"/>"
            + "</ipSecurity></security></system.webServer></location> to this web.config, listing the addresses of the"
            + " systems that call the services.";

    public RestrictWebServicesFolder() {
        super(RuleDescription.rule(
                        "BIZAGI-WEBSERVICES-RESTRICTED", "The WebServices folder has an access restriction of its own")
                .bizagi(
                        GuideLevel.ADVANCED,
                        "Recommended hardening: restrict access to the WebServices folder; block the business"
                                + " services not in use")
                .cwe(284)
                .seeAlso(
                        "Microsoft, <location> element (ASP.NET settings schema)",
                        "Microsoft, IIS <authorization> and <ipSecurity> (system.webServer/security)")
                .why("WebApplication\\WebServices answers SOAP and REST calls that start processes, read and"
                        + " change cases. Left as open as the portal, it offers every caller on the network an"
                        + " interface built for other systems, not people, and often less watched.")
                .fix("<location path=\"WebServices\">\n"
                        + "  <system.webServer>\n"
                        + "    <security>\n"
                        + "      <ipSecurity allowUnlisted=\"false\">\n"
                        + "        <add ipAddress=\"10.0.0.0\" subnetMask=\"255.0.0.0\" allowed=\"true\"/>\n"
                        + "      </ipSecurity>\n"
                        + "    </security>\n"
                        + "  </system.webServer>\n"
                        + "</location>\n"
                        + "or, in a web.config of the WebServices folder, <system.web><authorization><deny"
                        + " users=\"?\"/></authorization></system.web>.")
                .whenAbsent("IIS serves the folder with the portal's own settings: whoever reaches the portal"
                        + " reaches its services.")
                .limitation("A warning: Bizagi publishes no XML for this, and a restriction may live at site level"
                        + " in applicationHost.config or on a firewall, which the package does not show.")
                .limitation("Whether the restriction admits the right callers is not judged; blocking the internal"
                        + " services the portal itself calls breaks it.")
                .limitation("Settings the WebServices folder inherits from the portal's own sections do not count:"
                        + " the guide asks for a restriction of the folder's own.")
                .build());
    }

    @Override
    public List<Finding> check(Deployment deployment, Policy policy) {
        Findings findings = new Findings(this);
        List<WebConfigFile> files = files(deployment);
        Map<String, NavigableMap<String, List<WebConfigFile>>> folders = new HashMap<>();
        for (WebConfigFile file : files) {
            folders.computeIfAbsent(file.descriptor().container(), container -> new TreeMap<>())
                    .computeIfAbsent(file.folderKey(), folder -> new ArrayList<>())
                    .add(file);
        }
        Set<WebConfigFile> portals = new HashSet<>();
        files.stream().filter(RestrictWebServicesFolder::isPortal).forEach(portals::add);
        for (WebConfigFile portal : files) {
            NavigableMap<String, List<WebConfigFile>> inContainer =
                    folders.get(portal.descriptor().container());
            if (!portals.contains(portal)
                    || FolderPaths.ancestorsOrSelf(portal.folderKey()).stream()
                            .skip(1)
                            .flatMap(folder -> inContainer.getOrDefault(folder, List.of()).stream())
                            .anyMatch(portals::contains)) {
                continue;
            }
            String services = FolderPaths.join(portal.folderKey(), FOLDER);
            if (!candidates(inContainer, services).anyMatch(file -> restricts(file, services))) {
                findings.add(
                        portal.locate(portal.root()),
                        "The Work Portal's WebServices folder has no access restriction of its own: neither a"
                                + " <location path=\"WebServices\"> nor a web.config in the folder denies anyone (an"
                                + " authorization deny rule, an ipSecurity that refuses addresses, anonymous access"
                                + " turned off), so its services answer whoever reaches the portal.",
                        FIX);
            }
        }
        return findings.list();
    }

    /**
     * The files of one container that may restrict {@code services}: those in it or below it, and those
     * above it, whose {@code location} paths may reach down into it. Looked up by folder, so that the rule
     * stays linear in the number of files.
     */
    private static Stream<WebConfigFile> candidates(
            NavigableMap<String, List<WebConfigFile>> inContainer, String services) {
        Stream<String> above = FolderPaths.ancestorsOrSelf(services).stream();
        Stream<String> below = inContainer.subMap(services + "/", true, services + "0", false).keySet().stream();
        return Stream.concat(above, below).flatMap(folder -> inContainer.getOrDefault(folder, List.of()).stream());
    }

    /** The web.config files the deployment's configurations are made of, each once, in the order met. */
    private static List<WebConfigFile> files(Deployment deployment) {
        Set<WebConfigFile> files = new LinkedHashSet<>();
        for (EffectiveWebConfig config : deployment.webConfigs()) {
            for (ConfigLayer layer : config.layers()) {
                files.add(layer.file());
            }
        }
        return new ArrayList<>(files);
    }

    /** Whether the file's own {@code appSettings} hold one of Bizagi's keys. */
    private static boolean isPortal(WebConfigFile file) {
        return file.elements("appSettings/add").stream()
                .map(add -> add.findAttribute("key").orElse("").strip().toLowerCase(Locale.ROOT))
                .anyMatch(BIZAGI_KEYS::contains);
    }

    /** Whether {@code file} restricts the path {@code services} or a path below it. */
    private static boolean restricts(WebConfigFile file, String services) {
        if (FolderPaths.isAncestorOrSelf(services, file.folderKey()) && restrictsIn(file, file.ownScopes())) {
            return true;
        }
        for (Map.Entry<String, List<LocatedElement>> location : file.locations().entrySet()) {
            String target = FolderPaths.join(file.folderKey(), location.getKey().toLowerCase(Locale.ROOT));
            if (FolderPaths.isAncestorOrSelf(services, target) && restrictsIn(file, location.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sections inside {@code scopes} carry an authorization or security restriction. */
    private static boolean restrictsIn(WebConfigFile file, List<LocatedElement> scopes) {
        boolean denies = file.elements("system.web/authorization/deny", scopes).size() > 0;
        boolean iisAuthorization = file.elements("system.webServer/security/authorization", scopes).stream()
                .flatMap(element -> element.children().stream())
                .anyMatch(entry -> entry.getName().equals("clear")
                        || entry.getName().equals("remove")
                        || (entry.getName().equals("add")
                                && entry.findAttribute("accessType")
                                        .orElse("")
                                        .strip()
                                        .equalsIgnoreCase("Deny")));
        boolean ipRestriction = file.elements("system.webServer/security/ipSecurity", scopes).stream()
                .anyMatch(element -> element.findAttribute("allowUnlisted")
                                .map(value -> value.strip().equalsIgnoreCase("false"))
                                .orElse(false)
                        || element.children("add").stream()
                                .anyMatch(add -> add.findAttribute("allowed")
                                        .map(value -> value.strip().equalsIgnoreCase("false"))
                                        .orElse(false)));
        boolean noAnonymous =
                file.elements("system.webServer/security/authentication/anonymousAuthentication", scopes).stream()
                        .anyMatch(element -> element.findAttribute("enabled")
                                .map(value -> value.strip().equalsIgnoreCase("false"))
                                .orElse(false));
        return denies || iisAuthorization || ipRestriction || noAnonymous;
    }
}
