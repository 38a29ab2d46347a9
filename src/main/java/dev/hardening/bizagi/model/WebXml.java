package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One servlet deployment descriptor, of any version from the 2.3 DTD to Jakarta EE, together with the
 * {@code web-fragment.xml} files of the jars in its {@code WEB-INF/lib}, which the container merges
 * into it. Elements are matched by local name, so the namespace does not matter.
 *
 * <p>The merge follows the Servlet specification (3.0 §8.2.3, "Assembling the descriptor from
 * web.xml, web-fragment.xml and annotations"): an element that may appear once comes from web.xml
 * when web.xml states it, else from the fragments; fragments that state it with different values
 * make the application fail to deploy; an {@code absolute-ordering} without {@code <others/>} leaves
 * out the fragments it does not name. {@code metadata-complete="true"} on web.xml makes the container
 * ignore every fragment (4.0 §15.5.1), whatever the descriptor's version (4.0 §1.6.1). Tomcat merges
 * session-config field by field in the same way (apache/tomcat:
 * {@code java/org/apache/tomcat/util/descriptor/web/WebXml.java}, {@code merge}).
 *
 * <p>Limitations: fragments are found only in archives (see {@code WebFragments}); a fragment's own
 * {@code <ordering>} changes no value judged here, so it is not read.
 */
public final class WebXml extends XmlDescriptor {

    private static final String SESSION_CONFIG = "session-config";

    private final List<LocatedElement> merged;
    private final List<LocatedElement> ignored;
    private final boolean absent;

    /** A descriptor with no fragments beside it. */
    public WebXml(Descriptor descriptor, LocatedElement root) {
        this(descriptor, root, List.of());
    }

    /**
     * The web.xml of a war that has none, which Servlet 3.0 allows: an empty {@code <web-app>} with the
     * war's fragments, so that what runs is judged as a silent web.xml is.
     *
     * @param descriptor where the war's web.xml would be, {@code WEB-INF/web.xml} in it
     */
    static WebXml absent(Descriptor descriptor, List<LocatedElement> fragments) {
        return new WebXml(descriptor, LocatedElement.absent("web-app"), fragments, true);
    }

    /**
     * @param fragments the {@code <web-fragment>} roots of the fragments in the application's
     *     {@code WEB-INF/lib} jars, in the order the jars were found, each copied with the name of the
     *     file it was read from (see {@link LocatedElement#copyFrom(String)})
     */
    public WebXml(Descriptor descriptor, LocatedElement root, List<LocatedElement> fragments) {
        this(descriptor, root, fragments, false);
    }

    private WebXml(Descriptor descriptor, LocatedElement root, List<LocatedElement> fragments, boolean absent) {
        super(descriptor, root);
        this.absent = absent;
        List<LocatedElement> in = new ArrayList<>();
        List<LocatedElement> out = new ArrayList<>();
        for (LocatedElement fragment : fragments) {
            (isMerged(fragment) ? in : out).add(fragment);
        }
        this.merged = List.copyOf(in);
        this.ignored = List.copyOf(out);
    }

    /**
     * Refuses a web.xml that holds more than one {@code session-config}, as containers do: the Servlet
     * specification allows one and requires a descriptive error for a second (3.0 §14.2; Tomcat's
     * "Duplicate <session-config> element"). Judging one block of several would report a setting missing
     * that another block holds.
     *
     * @throws MalformedDescriptorException naming the second block's line and the first's
     */
    static void requireSingleSessionConfig(Descriptor descriptor, LocatedElement root)
            throws MalformedDescriptorException {
        List<LocatedElement> blocks = root.children(SESSION_CONFIG);
        if (blocks.size() > 1) {
            LocatedElement second = blocks.get(1);
            throw MalformedDescriptorException.refused(
                    descriptor.displayPath(),
                    second.line(),
                    "a second <session-config> (the first is at line "
                            + blocks.get(0).line()
                            + (blocks.size() > 2 ? "; " + blocks.size() + " in all" : "")
                            + "), where web.xml may hold one, so the servlet container will not deploy it. Move the"
                            + " elements of every <session-config> into the first and delete the others.");
        }
    }

    /** Whether the war has no web.xml: {@link #file()} names where it would be. */
    public boolean absent() {
        return absent;
    }

    /** Whether {@link #container()} is an archive. */
    public boolean archived() {
        return descriptor().archived();
    }

    /**
     * The folder inside {@link #container()} that holds the application's jars, with a trailing slash:
     * {@code WEB-INF/lib/}, or {@code portal/WEB-INF/lib/} for an application unpacked in a folder of
     * its container.
     */
    public String libraryFolder() {
        String folder = folder();
        return folder.isEmpty() ? "lib/" : folder + "/lib/";
    }

    /**
     * Whether web.xml says {@code metadata-complete="true"}, so that the container reads no fragment.
     * Case and white space around the value are ignored: Tomcat takes exactly {@code true}, JBoss any
     * case ({@code Boolean.valueOf}), and reading it the wider way only ever judges web.xml alone.
     */
    public boolean metadataComplete() {
        return root().findAttribute("metadata-complete")
                .map(value -> value.strip().equalsIgnoreCase("true"))
                .orElse(false);
    }

    /** The {@code <web-fragment>} roots the container merges into web.xml, in the order found. */
    public List<LocatedElement> fragments() {
        return merged;
    }

    /**
     * The fragments found in the application's jars that the container leaves out: all of them when
     * web.xml is metadata-complete, else those its {@code absolute-ordering} does not name.
     */
    public List<LocatedElement> ignoredFragments() {
        return ignored;
    }

    /**
     * The element at {@code path} (local names separated by {@code /}) in the descriptor the container
     * assembles: web.xml's last one when it has one, else the first merged fragment's. When fragments
     * disagree on it, {@link #fragmentConflict} says so.
     */
    public Optional<LocatedElement> element(String path) {
        Optional<LocatedElement> own = root().lastAlong(path);
        if (own.isPresent()) {
            return own;
        }
        return fragmentElements(path).stream().findFirst();
    }

    /**
     * Every element at {@code path} in web.xml, then in each merged fragment, in that order: for the
     * elements whose values add up across descriptors ({@code security-constraint}, {@code error-page},
     * {@code servlet}; Servlet 3.0 §8.2.3).
     */
    public List<LocatedElement> all(String path) {
        List<LocatedElement> found = new ArrayList<>(findAll(root(), path));
        for (LocatedElement fragment : merged) {
            found.addAll(findAll(fragment, path));
        }
        return found;
    }

    /**
     * Every element at {@code path} in web.xml when it has any, else those of every merged fragment: for
     * the repeated children of an element that web.xml, when it states them, states alone, such as
     * {@code session-config/tracking-mode}.
     */
    public List<LocatedElement> allOwnOrFromFragments(String path) {
        List<LocatedElement> own = findAll(root(), path);
        if (!own.isEmpty()) {
            return own;
        }
        List<LocatedElement> found = new ArrayList<>();
        for (LocatedElement fragment : merged) {
            found.addAll(findAll(fragment, path));
        }
        return found;
    }

    /** Whether {@code element} was read from a web-fragment.xml rather than from web.xml. */
    public boolean isFromFragment(LocatedElement element) {
        return element.sourceFile().isPresent();
    }

    /**
     * Two merged fragments that set {@code path} to different values while web.xml sets none: the
     * container then refuses to deploy the application (Servlet 3.0 §8.2.3; Tomcat's
     * {@code webXml.mergeConflictSessionTimeout} and siblings).
     *
     * @param valueOf how the container reads the element's trimmed text, so that {@code 5} and
     *     {@code 05} agree as numbers
     * @return the first fragment's element and the first that differs from it
     */
    public Optional<FragmentConflict> fragmentConflict(String path, Function<String, Object> valueOf) {
        if (root().lastAlong(path).isPresent()) {
            return Optional.empty();
        }
        List<LocatedElement> elements = fragmentElements(path);
        if (elements.isEmpty()) {
            return Optional.empty();
        }
        Object first = valueOf.apply(elements.get(0).trimmedText());
        for (LocatedElement other : elements) {
            if (!Objects.equals(first, valueOf.apply(other.trimmedText()))) {
                return Optional.of(new FragmentConflict(elements.get(0), other));
            }
        }
        return Optional.empty();
    }

    /**
     * Two fragments that disagree.
     *
     * @param first the element of the first fragment that sets the value
     * @param other the element of a later fragment that sets another value
     */
    public record FragmentConflict(LocatedElement first, LocatedElement other) {}

    /**
     * The first fragment the container leaves out that sets {@code path}, so that a finding can say why
     * its value does not count.
     */
    public Optional<LocatedElement> ignoredFragmentElement(String path) {
        for (LocatedElement fragment : ignored) {
            Optional<LocatedElement> element = fragment.lastAlong(path);
            if (element.isPresent()) {
                return element;
            }
        }
        return Optional.empty();
    }

    /**
     * The Servlet specification version the descriptor declares in its {@code version} attribute, or
     * empty for the DTD-based 2.2 and 2.3 descriptors, which have none.
     */
    public Optional<String> version() {
        return root().findAttribute("version").map(String::strip);
    }

    private List<LocatedElement> fragmentElements(String path) {
        List<LocatedElement> elements = new ArrayList<>();
        for (LocatedElement fragment : merged) {
            fragment.lastAlong(path).ifPresent(elements::add);
        }
        return elements;
    }

    /**
     * Whether the container merges {@code fragment}: never when web.xml is metadata-complete; else
     * when web.xml has no {@code absolute-ordering}, or its last one names the fragment's
     * {@code <name>} or holds {@code <others/>}.
     */
    private boolean isMerged(LocatedElement fragment) {
        if (metadataComplete()) {
            return false;
        }
        Optional<LocatedElement> ordering = root().lastChild("absolute-ordering");
        if (ordering.isEmpty() || ordering.get().lastChild("others").isPresent()) {
            return true;
        }
        Optional<String> name = fragment.lastChild("name").map(LocatedElement::trimmedText);
        return name.isPresent()
                && ordering.get().children("name").stream()
                        .map(LocatedElement::trimmedText)
                        .anyMatch(name.get()::equals);
    }

    /** Every element reached along {@code path} from {@code from}, through every element of each step. */
    private static List<LocatedElement> findAll(LocatedElement from, String path) {
        List<LocatedElement> current = List.of(from);
        for (String step : path.split("/")) {
            List<LocatedElement> next = new ArrayList<>();
            for (LocatedElement element : current) {
                next.addAll(element.children(step));
            }
            current = next;
        }
        return current;
    }
}
