package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import java.util.ArrayList;
import java.util.List;

/**
 * One parsed {@code web.config} and the parts of it that apply to its own folder: the root
 * {@code <configuration>} and each {@code <location>} whose path is absent, empty or {@code "."}.
 */
public final class WebConfigFile {

    private final Descriptor descriptor;
    private final LocatedElement root;
    private final List<LocatedElement> scopes;

    public WebConfigFile(Descriptor descriptor, LocatedElement root) {
        this.descriptor = descriptor;
        this.root = root;
        this.scopes = new ArrayList<>();
        scopes.add(root);
        for (LocatedElement location : root.children("location")) {
            String path = location.findAttribute("path").orElse("").strip();
            if (path.isEmpty() || path.equals(".")) {
                scopes.add(location);
            }
        }
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

    /**
     * The elements at {@code sectionPath} (local names separated by {@code /}, such as
     * {@code system.web/httpCookies}) that apply to this file's folder, in document order.
     */
    public List<LocatedElement> elements(String sectionPath) {
        String[] steps = sectionPath.split("/");
        List<LocatedElement> found = new ArrayList<>();
        for (LocatedElement child : root.children()) {
            if (scopes.contains(child)) {
                collect(child, steps, 0, found);
            } else if (child.getName().equals(steps[0])) {
                if (steps.length == 1) {
                    found.add(child);
                } else {
                    collect(child, steps, 1, found);
                }
            }
        }
        return found;
    }

    /** The deepest element that exists along {@code sectionPath}, the root when none does. */
    public LocatedElement deepestAlong(String sectionPath) {
        LocatedElement deepest = root;
        StringBuilder prefix = new StringBuilder();
        for (String step : sectionPath.split("/")) {
            prefix.append(prefix.length() == 0 ? "" : "/").append(step);
            List<LocatedElement> found = elements(prefix.toString());
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
