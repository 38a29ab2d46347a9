package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SafeXmlReader;
import java.util.List;
import java.util.Optional;
import org.dom4j.Attribute;
import org.dom4j.Element;
import org.dom4j.Node;

/**
 * Brings external files into a web.config as .NET does: {@code <appSettings file="...">} merges the
 * named file's entries over the inline ones, and {@code configSource="..."} on any section replaces the
 * section with the named file's content.
 *
 * <ul>
 *   <li>{@code configSource} on any element below the root, {@code <location>} blocks included: the
 *       element is replaced by the root element of the named file, which must have the same name. The
 *       referring element may carry no other attribute and no child element, as .NET requires.
 *   <li>{@code file} on {@code appSettings}, also when the {@code appSettings} came from a
 *       {@code configSource} file: the named file's root must be {@code <appSettings>} without
 *       attributes, and its {@code add}, {@code remove} and {@code clear} elements follow the inline
 *       ones, so that they replay after them.
 * </ul>
 *
 * <p>A reference is resolved against the folder of the file that names it, inside the same package or
 * folder. A missing file, one outside the package or folder, or one that does not parse stops the
 * check for this web.config: ASP.NET skips a missing {@code appSettings file} silently, but the check
 * cannot judge settings it cannot read. Copied elements keep their own lines and name the file they
 * were written in, so findings point into it. A named file first takes the Web Deploy parameters whose
 * scope covers it ({@link WebDeployParameters}), since the deployment sets them before ASP.NET reads it.
 *
 * <p>Sources: .NET {@code AppSettingsSection.DeserializeElement} (dotnet/runtime,
 * {@code System.Configuration.ConfigurationManager}): the file is combined with the referring file's
 * folder, skipped when absent, its root must match the section's name and carry no attribute, and
 * its entries are read after the inline ones; {@code SectionInformation.ConfigSource}
 * (https://learn.microsoft.com/en-us/dotnet/api/system.configuration.sectioninformation.configsource);
 * the configuration system's errors "A section using 'configSource' may contain no other attributes
 * or elements" and "Unable to open configSource file".
 *
 * <p>Limitations: .NET refuses a {@code configSource} that contains {@code /}; the check reads either
 * slash. A {@code configSource} inside a file brought in by {@code configSource} is reported, not
 * followed. Only {@code appSettings} reads {@code file}; custom sections handled by
 * {@code NameValueFileSectionHandler} are not followed.
 */
final class ExternalSections {

    private static final String CONFIG_SOURCE = "configSource";
    private static final String FILE = "file";
    private static final String APP_SETTINGS = "appSettings";

    private final Descriptor file;
    private final Companions companions;
    private final SafeXmlReader xml;

    private ExternalSections(Descriptor file, Companions companions, SafeXmlReader xml) {
        this.file = file;
        this.companions = companions;
        this.xml = xml;
    }

    /**
     * @param file the web.config
     * @param root its parsed root, changed in place
     * @return the root with external sections brought in
     * @throws MalformedDescriptorException when a named file is missing, lies outside the package or
     *     folder, or does not parse
     */
    static LocatedElement resolve(Descriptor file, LocatedElement root, Companions companions, SafeXmlReader xml)
            throws MalformedDescriptorException {
        new ExternalSections(file, companions, xml).resolveBelow(root);
        return root;
    }

    /** A file read for a reference: its root, and where it lies. */
    private record External(LocatedElement root, Descriptor descriptor) {}

    private void resolveBelow(LocatedElement parent) throws MalformedDescriptorException {
        for (LocatedElement child : parent.children()) {
            LocatedElement section = child;
            String folder = file.folder();
            Optional<String> configSource = child.findAttribute(CONFIG_SOURCE);
            if (configSource.isPresent()) {
                External external = read(child, CONFIG_SOURCE, configSource.get(), folder);
                section = replace(child, external);
                folder = external.descriptor().folder();
            }
            if (section.getName().equals(APP_SETTINGS)) {
                mergeFile(section, folder);
            }
            if (configSource.isEmpty()) {
                resolveBelow(section);
            }
        }
    }

    /** Puts the root of a {@code configSource} file in the place of the section that names it. */
    private LocatedElement replace(LocatedElement section, External external) throws MalformedDescriptorException {
        String reference = describe(section, CONFIG_SOURCE);
        for (Attribute attribute : section.attributes()) {
            if (attribute.getNamespaceURI().isEmpty() && !attribute.getName().equals(CONFIG_SOURCE)) {
                throw refused(
                        section,
                        reference + " also sets " + attribute.getName() + ", and ASP.NET refuses a section using"
                                + " configSource that has other attributes or elements. Move the setting into "
                                + external.descriptor().displayPath() + ".");
            }
        }
        if (!section.children().isEmpty()) {
            throw refused(
                    section,
                    reference + " also holds <" + section.children().get(0).getName() + ">, and ASP.NET refuses a"
                            + " section using configSource that has other attributes or elements. Move it into "
                            + external.descriptor().displayPath() + ".");
        }
        LocatedElement root = external.root();
        if (!root.getQualifiedName().equals(section.getQualifiedName())) {
            throw refused(
                    section,
                    reference + " names " + external.descriptor().displayPath() + ", whose root element (line "
                            + root.line() + ") is <" + root.getQualifiedName() + ">, not <"
                            + section.getQualifiedName() + ">; ASP.NET refuses it, as a configSource file must"
                            + " hold the section it stands for. Make <" + section.getQualifiedName()
                            + "> the file's root element.");
        }
        if (root.findAttribute(CONFIG_SOURCE).isPresent()) {
            throw refused(
                    section,
                    reference + " names " + external.descriptor().displayPath() + ", whose <"
                            + root.getQualifiedName() + "> names a configSource in turn (line " + root.line()
                            + "); the check does not follow a chain of configSource files. Write the section"
                            + " in " + external.descriptor().displayPath() + " itself.");
        }
        LocatedElement copy = root.copyFrom(external.descriptor().displayPath());
        Element parent = section.getParent();
        List<Node> content = parent.content();
        content.set(content.indexOf(section), copy);
        section.setParent(null);
        return copy;
    }

    /** Appends the entries of the file an {@code appSettings file="..."} names after the inline ones. */
    private void mergeFile(LocatedElement appSettings, String folder) throws MalformedDescriptorException {
        Optional<String> reference = appSettings.findAttribute(FILE);
        if (reference.isEmpty() || reference.get().isBlank()) {
            // .NET reads no file for an empty attribute.
            return;
        }
        External external = read(appSettings, FILE, reference.get(), folder);
        LocatedElement root = external.root();
        String shown = external.descriptor().displayPath();
        if (!root.getQualifiedName().equals(appSettings.getQualifiedName())) {
            throw refused(
                    appSettings,
                    describe(appSettings, FILE) + " names " + shown + ", whose root element (line " + root.line()
                            + ") is <" + root.getQualifiedName() + ">, not <" + appSettings.getQualifiedName()
                            + ">; ASP.NET refuses it. Make <appSettings> the file's root element.");
        }
        for (Attribute attribute : root.attributes()) {
            if (attribute.getNamespaceURI().isEmpty()) {
                throw refused(
                        appSettings,
                        describe(appSettings, FILE) + " names " + shown + ", whose <appSettings> (line "
                                + root.line() + ") sets " + attribute.getName() + "; ASP.NET refuses any attribute"
                                + " there. Remove it.");
            }
        }
        for (LocatedElement entry : root.children()) {
            appSettings.add(entry.copyFrom(shown));
        }
    }

    /**
     * The file {@code reference} names, resolved against {@code folder} inside the web.config's
     * package or folder, parsed.
     */
    private External read(LocatedElement referrer, String attribute, String reference, String folder)
            throws MalformedDescriptorException {
        String described = describe(referrer, attribute);
        if (reference.isBlank()) {
            throw refused(
                    referrer,
                    described + " is empty, and ASP.NET refuses an empty configSource. Name the file"
                            + " that holds the section, or remove the attribute.");
        }
        Optional<String> path = Companions.resolve(folder, reference);
        if (path.isEmpty()) {
            throw refused(
                    referrer,
                    described + " points outside " + file.container() + " (an absolute path, or one that climbs"
                            + " above it): the deployment would depend on a file it does not ship, and the check"
                            + " reads only what " + file.container() + " holds. Ship the file inside it and name"
                            + " it by a path relative to the web.config.");
        }
        String expected = file.container() + (file.archived() ? "!/" : "/") + path.get();
        Optional<Descriptor> found = companions.find(file.container(), path.get());
        if (found.isEmpty()) {
            String consequence = attribute.equals(FILE)
                    ? "ASP.NET would silently skip the settings it holds, so the check cannot tell which ones run"
                    : "ASP.NET stops with \"Unable to open configSource file\"";
            throw refused(
                    referrer,
                    described + " names " + expected + ", which is not there (or the check's excludes leave it"
                            + " out): " + consequence + ". Ship the file, or correct the reference.");
        }
        LocatedElement root = (LocatedElement)
                xml.read(found.get().content(), found.get().displayPath()).getRootElement();
        // Web Deploy sets parameters in every file its scope takes in, external sections included.
        return new External(WebDeployParameters.apply(found.get(), root, companions, xml), found.get());
    }

    /** {@code <appSettings file="secrets.config">}, as the reference is written. */
    private static String describe(LocatedElement element, String attribute) {
        return "<" + element.getQualifiedName() + " " + attribute + "=\""
                + element.findAttribute(attribute).orElse("") + "\">";
    }

    /** An error at the element that makes the reference, in the file the element was written in. */
    private MalformedDescriptorException refused(LocatedElement element, String reason) {
        return MalformedDescriptorException.unresolved(
                element.sourceFile().orElse(file.displayPath()), element.line(), reason);
    }
}
