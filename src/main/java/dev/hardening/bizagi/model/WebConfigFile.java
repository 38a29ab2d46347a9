package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One parsed {@code web.config}: the sections that apply to its own folder (the root
 * {@code <configuration>} and each {@code <location>} whose path is absent, empty or {@code "."}) and
 * the {@code <location path="...">} blocks that apply to paths below it.
 */
public final class WebConfigFile {

    private final Descriptor descriptor;
    private final LocatedElement root;
    private final List<LocatedElement> ownScopes = new ArrayList<>();
    private final Map<String, List<LocatedElement>> locations = new LinkedHashMap<>();

    public WebConfigFile(Descriptor descriptor, LocatedElement root) {
        this.descriptor = descriptor;
        this.root = root;
        ownScopes.add(root);
        for (LocatedElement location : root.children("location")) {
            String path = normalizeLocationPath(location.findAttribute("path").orElse(""));
            if (path.isEmpty()) {
                ownScopes.add(location);
            } else {
                locations.computeIfAbsent(path, key -> new ArrayList<>()).add(location);
            }
        }
    }

    /**
     * A {@code location/@path} as IIS compares it: slashes either way, no leading, trailing or doubled
     * slash, {@code .} segments dropped; empty for the file's own folder.
     */
    static String normalizeLocationPath(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.strip().replace('\\', '/').split("/")) {
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    /** The file this was read from. */
    public Descriptor descriptor() {
        return descriptor;
    }

    /** The file's display path. */
    public String file() {
        return descriptor.displayPath();
    }

    /** The document's root element, normally {@code <configuration>}. */
    public LocatedElement root() {
        return root;
    }

    /** The root and the {@code <location>} elements that apply to the file's own folder. */
    public List<LocatedElement> ownScopes() {
        return List.copyOf(ownScopes);
    }

    /**
     * The {@code <location>} elements for paths below the file's folder, by normalized path (as
     * written, case kept), in document order.
     */
    public Map<String, List<LocatedElement>> locations() {
        return locations;
    }

    /**
     * The elements at {@code sectionPath} (local names separated by {@code /}, such as
     * {@code system.web/httpCookies}) that apply to this file's folder, in document order.
     */
    public List<LocatedElement> elements(String sectionPath) {
        return elements(sectionPath, ownScopes);
    }

    /**
     * The elements at {@code sectionPath} inside {@code scopes}, in document order. The root among the
     * scopes stands for the sections outside any {@code <location>}.
     */
    public List<LocatedElement> elements(String sectionPath, List<LocatedElement> scopes) {
        String[] steps = sectionPath.split("/");
        boolean topLevel = scopes.contains(root);
        List<LocatedElement> found = new ArrayList<>();
        for (LocatedElement child : root.children()) {
            if (child.getName().equals("location")) {
                if (scopes.contains(child)) {
                    collect(child, steps, 0, found);
                }
            } else if (topLevel && child.getName().equals(steps[0])) {
                if (steps.length == 1) {
                    found.add(child);
                } else {
                    collect(child, steps, 1, found);
                }
            }
        }
        return found;
    }

    /** The deepest element that exists along {@code sectionPath} in the file's own sections, else the root. */
    public LocatedElement deepestAlong(String sectionPath) {
        return deepestAlong(sectionPath, ownScopes);
    }

    /** The deepest element that exists along {@code sectionPath} inside {@code scopes}, else the first scope. */
    public LocatedElement deepestAlong(String sectionPath, List<LocatedElement> scopes) {
        LocatedElement deepest = scopes.get(0);
        StringBuilder prefix = new StringBuilder();
        for (String step : sectionPath.split("/")) {
            prefix.append(prefix.length() == 0 ? "" : "/").append(step);
            List<LocatedElement> found = elements(prefix.toString(), scopes);
            if (found.isEmpty()) {
                break;
            }
            deepest = found.get(found.size() - 1);
        }
        return deepest;
    }

    /** The location of {@code element} in this file. */
    public SourceLocation locate(LocatedElement element) {
        return SourceLocation.of(file(), element);
    }

    /** The folder holding the file, lower-cased for comparison. */
    public String folderKey() {
        return descriptor.folder().toLowerCase(Locale.ROOT);
    }

    private static void collect(LocatedElement parent, String[] steps, int index, List<LocatedElement> found) {
        for (LocatedElement child : parent.children(steps[index])) {
            if (index == steps.length - 1) {
                found.add(child);
            } else {
                collect(child, steps, index + 1, found);
            }
        }
    }
}
