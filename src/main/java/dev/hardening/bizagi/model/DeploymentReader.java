package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorKind;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.LocatedProperties;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SafeXmlReader;
import dev.hardening.bizagi.parse.SourceComment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses the files found into a {@link Deployment}, joining each web.config with those of the folders
 * above it in the same archive or folder. A file that cannot be parsed is recorded, not thrown, so
 * that the other files are still judged.
 */
public final class DeploymentReader {

    /**
     * The applications, each by its path as IIS compares it (normalized, lower case), with the path as
     * the project writes it, for messages.
     */
    private final Map<String, String> applications = new LinkedHashMap<>();

    private final String environment;
    private final boolean webXmlRead;

    /**
     * A reader for packages in which only the topmost folder holding a web.config is an IIS
     * application, published for the {@code Release} environment.
     */
    public DeploymentReader() {
        this(List.of(), "Release");
    }

    /**
     * @param applications the folders, inside their archive or folder (such as
     *     {@code WebApplication/WebServices}), that IIS runs as applications of their own; they decide
     *     where {@code inheritInChildApplications="false"} stops a {@code <location>} block
     * @param environment the build configuration whose XDT transform ({@code Web.<environment>.config})
     *     applies to a web.config that has one beside it
     */
    public DeploymentReader(List<String> applications, String environment) {
        this(applications, environment, true);
    }

    /**
     * @param webXmlRead whether the selection reads a war's {@code WEB-INF/web.xml}; when includes or
     *     excludes leave it out, a war in which none was read is not taken for a war without one
     */
    public DeploymentReader(List<String> applications, String environment, boolean webXmlRead) {
        this.webXmlRead = webXmlRead;
        this.environment = environment;
        for (String written : applications) {
            String path = WebConfigFile.normalizeLocationPath(written);
            this.applications.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
        }
    }

    /**
     * @param descriptors the files found, in any order
     * @param authentication the declared authentication settings
     */
    public Deployment read(List<Descriptor> descriptors, AuthenticationSettings authentication) {
        Map<String, List<SourceComment>> comments = new ConcurrentHashMap<>();
        comments.put(authentication.file(), authentication.comments());
        SafeXmlReader xml = new SafeXmlReader(comments::put);
        List<Descriptor> ordered = new ArrayList<>(descriptors);
        ordered.sort(Comparator.comparing(Descriptor::container).thenComparing(Descriptor::path));

        List<WebConfigFile> webConfigFiles = new ArrayList<>();
        List<WebXml> webXmls = new ArrayList<>();
        List<PropertiesFile> bizagiConfigs = new ArrayList<>();
        List<WebLogicXml> webLogicXmls = new ArrayList<>();
        List<JBossAllXml> jbossAllXmls = new ArrayList<>();
        List<UndertowConfig> undertowConfigs = new ArrayList<>();
        List<MalformedDescriptorException> malformed = new ArrayList<>();
        List<String> notJudged = new ArrayList<>();
        Map<String, Set<String>> unreadableFolders = new HashMap<>();
        Map<String, Descriptor> webConfigsByName = new HashMap<>();
        // Every file read, judged ones too: an include as broad as **/*.config makes an external section
        // a judged file, and it must still be found where web.config names it.
        Companions companions = new Companions(ordered);
        for (Descriptor descriptor : ordered) {
            try {
                switch (descriptor.kind()) {
                    case WEB_CONFIG -> {
                        requireNoWindowsTwin(descriptor, webConfigsByName);
                        LocatedElement root = parse(descriptor, xml);
                        if (isRootedAs(descriptor, root, "web.config", "configuration", notJudged)) {
                            webConfigFiles.add(
                                    new WebConfigFile(descriptor, effectiveRoot(descriptor, root, companions, xml)));
                        }
                    }
                    case WEB_XML -> {
                        LocatedElement root = parse(descriptor, xml);
                        if (isRootedAs(descriptor, root, "web.xml", "web-app", notJudged)) {
                            WebXml.requireSingleSessionConfig(descriptor, root);
                            webXmls.add(new WebXml(
                                    descriptor, root, WebFragments.read(descriptor, companions, xml, malformed)));
                        }
                    }
                    case WEBLOGIC_XML -> webLogicXmls.add(new WebLogicXml(descriptor, parse(descriptor, xml)));
                    case JBOSS_ALL_XML -> jbossAllXmls.add(new JBossAllXml(descriptor, parse(descriptor, xml)));
                    case JBOSS_SERVER_XML ->
                        undertowConfigs.add(new UndertowConfig(descriptor, parse(descriptor, xml)));
                    case COMPANION -> {
                        // Read where a judged file refers to it.
                    }
                    case BIZAGI_CONFIG -> {
                        LocatedProperties properties =
                                LocatedProperties.read(descriptor.content(), descriptor.displayPath());
                        malformed.addAll(properties.problems());
                        comments.put(properties.file(), properties.comments());
                        bizagiConfigs.add(new PropertiesFile(properties));
                    }
                }
            } catch (MalformedDescriptorException e) {
                malformed.add(e);
                unreadable(descriptor, unreadableFolders);
            } catch (RuntimeException e) {
                // A file the model could not take in must stop the check with its name, not a stack trace.
                malformed.add(new MalformedDescriptorException(
                        descriptor.displayPath(), 0, "could not be read (" + e + ")", e));
                unreadable(descriptor, unreadableFolders);
            }
        }
        if (webXmlRead) {
            webXmls.addAll(warsWithoutWebXml(ordered, companions, xml, malformed));
        }
        Set<String> targets = new HashSet<>();
        List<EffectiveWebConfig> webConfigs = effectiveConfigs(webConfigFiles, unreadableFolders, targets);
        return new Deployment(
                webConfigs,
                webXmls,
                bizagiConfigs,
                authentication,
                malformed,
                (int) descriptors.stream()
                                .filter(d -> d.kind() != DescriptorKind.COMPANION)
                                .count()
                        - notJudged.size()
                        + 1,
                webLogicXmls,
                jbossAllXmls,
                undertowConfigs,
                comments,
                notJudged,
                applications.entrySet().stream()
                        .filter(application -> !targets.contains(application.getKey()))
                        .map(Map.Entry::getValue)
                        .toList());
    }

    /**
     * An empty web.xml for each war the package holds without {@code WEB-INF/web.xml}, which Servlet 3.0
     * made optional (§10.13): what runs there is its jars' fragments and the container's defaults, and
     * the rules judge them as they judge a web.xml that is silent. Findings name the absent file,
     * {@code app.war!/WEB-INF/web.xml}, without a line: that is where the fix goes.
     *
     * <p>Limitations: a war is an archive whose name ends in {@code .war}, not inside another war, that
     * holds a file the check judges or a jar's web fragment (a {@code bizagi-config.properties}, a
     * {@code META-INF/web-fragment.xml}); a war with none is not seen, and an unpacked war, in a folder
     * or as a folder inside a zip, is judged only by its web.xml.
     */
    private static List<WebXml> warsWithoutWebXml(
            List<Descriptor> descriptors,
            Companions companions,
            SafeXmlReader xml,
            List<MalformedDescriptorException> malformed) {
        // A web.xml that could not be parsed is reported as such, not judged again as absent.
        Set<String> described = new HashSet<>();
        Set<String> wars = new TreeSet<>();
        for (Descriptor descriptor : descriptors) {
            if (!descriptor.archived()) {
                continue;
            }
            if (descriptor.kind() == DescriptorKind.WEB_XML && descriptor.path().equals("WEB-INF/web.xml")) {
                described.add(descriptor.container());
            }
            if (descriptor.kind() != DescriptorKind.COMPANION
                    || descriptor.path().equals(WebFragments.PATH)) {
                outermostWar(descriptor.container()).ifPresent(wars::add);
            }
        }
        List<WebXml> absent = new ArrayList<>();
        for (String war : wars) {
            if (!described.contains(war)) {
                Descriptor webXml = new Descriptor(DescriptorKind.WEB_XML, war, "WEB-INF/web.xml", true, new byte[0]);
                absent.add(WebXml.absent(webXml, WebFragments.read(webXml, companions, xml, malformed)));
            }
        }
        return absent;
    }

    /**
     * The outermost war on {@code container}'s path ({@code target/app.ear!/portal.war} for {@code
     * target/app.ear!/portal.war!/WEB-INF/lib/x.jar}): a war packed inside a war is a file it serves, not
     * an application a container deploys.
     */
    private static Optional<String> outermostWar(String container) {
        int end = 0;
        while (end < container.length()) {
            int next = container.indexOf("!/", end);
            int segmentEnd = next < 0 ? container.length() : next;
            if (container.regionMatches(true, segmentEnd - ".war".length(), ".war", 0, ".war".length())) {
                return Optional.of(container.substring(0, segmentEnd));
            }
            end = next < 0 ? container.length() : next + 2;
        }
        return Optional.empty();
    }

    private static boolean isNamedWebConfig(Descriptor descriptor) {
        return descriptor.name().equalsIgnoreCase("web.config");
    }

    /**
     * Refuses a web.config whose path differs from another's in the same container only by letter case
     * ({@code web.config} and {@code WEB.CONFIG}): unpacked on Windows, where names ignore case, the two
     * are one file, and which of them IIS reads depends on the tool that unpacks the package.
     */
    private static void requireNoWindowsTwin(Descriptor descriptor, Map<String, Descriptor> byName)
            throws MalformedDescriptorException {
        Descriptor twin = byName.putIfAbsent(
                descriptor.container() + "!/" + descriptor.path().toLowerCase(Locale.ROOT), descriptor);
        if (twin != null) {
            throw MalformedDescriptorException.ambiguous(
                    descriptor.displayPath(),
                    (twin.displayPath().equals(descriptor.displayPath())
                                    ? "the package holds two entries of this name (one may spell a folder with \\"
                                            + " for /, or end a name with a dot or a space, which Windows drops),"
                                            + " which are one file once unpacked"
                                    : "it is the same file as " + twin.displayPath() + " once unpacked on Windows,"
                                            + " where names ignore case")
                            + ", so which of the two IIS reads depends on the tool that unpacks the package; keep"
                            + " one of them");
        }
    }

    /**
     * Notes the folder of a web.config that could not be read: what runs there and below it depends on
     * a file the check cannot see, so those paths are not judged (the file itself is reported), rather
     * than judged as if it were absent. Another .config that a broad include reads as web.config
     * ({@code NLog.config}) changes nothing IIS runs, so its folder's web.config is still judged.
     */
    private static void unreadable(Descriptor descriptor, Map<String, Set<String>> unreadableFolders) {
        if (descriptor.kind() == DescriptorKind.WEB_CONFIG && isNamedWebConfig(descriptor)) {
            unreadableFolders
                    .computeIfAbsent(descriptor.container(), container -> new HashSet<>())
                    .add(descriptor.folder().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The web.config as it will run, in the order its steps happen: the environment's transform applied
     * (publishing), then the deploy-time parameters substituted (deployment), then the external sections
     * brought in (ASP.NET, at run time). A transform or a parameter thus changes only the web.config
     * itself, never an entry that an external file holds, as they do; parameters whose scope takes in
     * the external files are applied to those files as they are read.
     */
    private LocatedElement effectiveRoot(
            Descriptor descriptor, LocatedElement parsed, Companions companions, SafeXmlReader xml)
            throws MalformedDescriptorException {
        LocatedElement root = XdtTransform.apply(descriptor, parsed, companions, xml, environment);
        root = WebDeployParameters.apply(descriptor, root, companions, xml);
        return ExternalSections.resolve(descriptor, root, companions, xml);
    }

    /**
     * Whether a file read as {@code kind} has the root element that kind has ({@code <configuration>}
     * for web.config, {@code <web-app>} for web.xml). A file named {@code kind} with another root is
     * refused, as the server refuses it. Another file with another root configures nothing the server
     * runs (a log4net or NLog file, a section file that a web.config draws on, a web fragment, a
     * {@code pom.xml}): a broad include such as {@code **}{@code /*.config} takes it in, and it is left to
     * be read where a judged file names it.
     */
    private static boolean isRootedAs(
            Descriptor descriptor, LocatedElement root, String kind, String rootName, List<String> notJudged)
            throws MalformedDescriptorException {
        if (root.getName().equals(rootName)) {
            return true;
        }
        if (descriptor.name().equalsIgnoreCase(kind)) {
            throw MalformedDescriptorException.notReadableAs(
                    kind,
                    descriptor.displayPath(),
                    root.line(),
                    "its root element is <" + root.getName() + ">, where the server wants <" + rootName
                            + ">, so the application would not start. Make <" + rootName + "> the root.");
        }
        notJudged.add(descriptor.displayPath() + " (<" + root.getName() + ">)");
        return false;
    }

    private static LocatedElement parse(Descriptor descriptor, SafeXmlReader xml) throws MalformedDescriptorException {
        return (LocatedElement)
                xml.read(descriptor.content(), descriptor.displayPath()).getRootElement();
    }

    /**
     * The configuration of every path judged: each folder holding a web.config, each path a
     * {@code <location>} block names, and each application below a folder holding one in the package or
     * folder read (not in an archive nested in it), built from the layers of the files above it in the
     * same container; none for a path at or below the folder of a web.config that could not be read.
     */
    private List<EffectiveWebConfig> effectiveConfigs(
            List<WebConfigFile> files, Map<String, Set<String>> unreadableFolders, Set<String> allTargets) {
        Map<String, List<WebConfigFile>> byContainer = new LinkedHashMap<>();
        for (WebConfigFile file : files) {
            // Only files named web.config make up what IIS runs in a folder. Another .config that the
            // includes read as one (an application's exe.config, a log4net file in <configuration> form)
            // is judged on its own: it neither takes a web.config's settings nor gives its own to one.
            String group = isNamedWebConfig(file.descriptor())
                    ? file.descriptor().container()
                    : file.descriptor().container() + "\u0000"
                            + file.descriptor().path();
            byContainer.computeIfAbsent(group, key -> new ArrayList<>()).add(file);
        }
        List<EffectiveWebConfig> configs = new ArrayList<>();
        for (Map.Entry<String, List<WebConfigFile>> container : byContainer.entrySet()) {
            List<WebConfigFile> containerFiles = container.getValue();
            Set<String> unreadable = unreadableFolders.getOrDefault(container.getKey(), Set.of());
            containerFiles.sort(Comparator.comparingInt((WebConfigFile f) -> depth(f.folderKey()))
                    .thenComparing(WebConfigFile::file));
            Map<String, String> targets = new TreeMap<>();
            for (WebConfigFile file : containerFiles) {
                targets.put(file.folderKey(), "");
            }
            for (WebConfigFile file : containerFiles) {
                for (String path : file.locations().keySet()) {
                    targets.putIfAbsent(
                            FolderPaths.join(file.folderKey(), path.toLowerCase(Locale.ROOT)),
                            "<location path=\"" + path + "\">");
                }
            }
            if (!container.getKey().contains("\u0000") && !container.getKey().contains("!/")) {
                // An application runs where IIS is told it starts, web.config of its own or not; what
                // reaches it from above, inheritInChildApplications aside, is judged there. Paths are
                // written from the root of the package or folder read, so an archive nested in it holds
                // none of them.
                for (String application : applications.keySet()) {
                    // A folder's own configuration is named for the application it is; a <location>
                    // block's keeps the block's name.
                    if (FolderPaths.ancestorsOrSelf(application).stream().anyMatch(targets::containsKey)
                            && targets.getOrDefault(application, "").isEmpty()) {
                        targets.put(application, "the application " + applications.get(application));
                    }
                }
            }
            Map<String, List<Integer>> byFolder = new HashMap<>();
            for (int i = 0; i < containerFiles.size(); i++) {
                byFolder.computeIfAbsent(containerFiles.get(i).folderKey(), key -> new ArrayList<>())
                        .add(i);
            }
            allTargets.addAll(targets.keySet());
            targets.forEach((target, label) -> {
                if (FolderPaths.ancestorsOrSelf(target).stream().noneMatch(unreadable::contains)) {
                    configs.add(new EffectiveWebConfig(
                            layers(filesAbove(containerFiles, byFolder, target), target), label));
                }
            });
        }
        return configs;
    }

    /**
     * The files of {@code files} in {@code target}'s folder and the folders above it, in their order in
     * {@code files}; {@code byFolder} holds each folder's positions in it. Looking up each ancestor,
     * rather than testing every file of the container, keeps a package of thousands of web.config files
     * linear in their number (docs/performance.md).
     */
    private static List<WebConfigFile> filesAbove(
            List<WebConfigFile> files, Map<String, List<Integer>> byFolder, String target) {
        List<Integer> positions = new ArrayList<>();
        for (String folder : FolderPaths.ancestorsOrSelf(target)) {
            positions.addAll(byFolder.getOrDefault(folder, List.of()));
        }
        positions.sort(null);
        return positions.stream().map(files::get).toList();
    }

    /** The layers that apply at {@code target}: by the depth of the path they set, then of their file. */
    private List<ConfigLayer> layers(List<WebConfigFile> files, String target) {
        record Contribution(int targetDepth, int fileDepth, int order, ConfigLayer layer) {}
        List<Contribution> contributions = new ArrayList<>();
        for (WebConfigFile file : files) {
            String folder = file.folderKey();
            if (!FolderPaths.isAncestorOrSelf(folder, target)) {
                continue;
            }
            // A <location path="."> block that does not inherit in child applications stays out of them too.
            List<LocatedElement> own = file.ownScopes().stream()
                    .filter(scope -> scope == file.root() || inherits(scope, folder, target))
                    .toList();
            contributions.add(new Contribution(
                    depth(folder), depth(folder), contributions.size(), new ConfigLayer(file, own, "")));
            for (Map.Entry<String, List<LocatedElement>> location :
                    file.locations().entrySet()) {
                String locationTarget =
                        FolderPaths.join(folder, location.getKey().toLowerCase(Locale.ROOT));
                if (!FolderPaths.isAncestorOrSelf(locationTarget, target)) {
                    continue;
                }
                List<LocatedElement> scopes = location.getValue().stream()
                        .filter(scope -> inherits(scope, locationTarget, target))
                        .toList();
                if (!scopes.isEmpty()) {
                    contributions.add(new Contribution(
                            depth(locationTarget),
                            depth(folder),
                            contributions.size(),
                            new ConfigLayer(file, scopes, location.getKey())));
                }
            }
        }
        contributions.sort(Comparator.comparingInt(Contribution::targetDepth)
                .thenComparingInt(Contribution::fileDepth)
                .thenComparingInt(Contribution::order));
        return contributions.stream().map(Contribution::layer).toList();
    }

    /**
     * Whether a {@code <location>} block for the path {@code blockTarget} reaches {@code target}: always,
     * unless it says {@code inheritInChildApplications="false"} and an application starts below the
     * block's path, at or above {@code target}. As in .NET, the block still applies at its own path,
     * even when that path is an application.
     */
    private boolean inherits(LocatedElement location, String blockTarget, String target) {
        boolean stopsAtApplications = location.findAttribute("inheritInChildApplications")
                .map(value -> value.strip().equalsIgnoreCase("false"))
                .orElse(false);
        if (!stopsAtApplications) {
            return true;
        }
        return applications.keySet().stream()
                .noneMatch(application -> !application.equals(blockTarget)
                        && FolderPaths.isAncestorOrSelf(blockTarget, application)
                        && FolderPaths.isAncestorOrSelf(application, target));
    }

    private static int depth(String path) {
        return path.isEmpty() ? 0 : path.split("/").length;
    }
}
