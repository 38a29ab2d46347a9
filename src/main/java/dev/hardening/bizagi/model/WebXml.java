package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import java.util.List;
import java.util.Optional;

/**
 * One parsed servlet deployment descriptor, of any version from the 2.3 DTD to Jakarta EE; elements
 * are matched by local name, so the namespace does not matter.
 */
public final class WebXml {

    private final Descriptor descriptor;
    private final LocatedElement root;

    public WebXml(Descriptor descriptor, LocatedElement root) {
        this.descriptor = descriptor;
        this.root = root;
    }

    /** The file's display path. */
    public String file() {
        return descriptor.displayPath();
    }

    /** The {@code <web-app>} element. */
    public LocatedElement root() {
        return root;
    }

    /** The last element at {@code path} (local names separated by {@code /}) below the root. */
    public Optional<LocatedElement> element(String path) {
        LocatedElement current = root;
        for (String step : path.split("/")) {
            Optional<LocatedElement> next = current.lastChild(step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /** The deepest element that exists along {@code path}, the root when none does. */
    public LocatedElement deepestAlong(String path) {
        LocatedElement current = root;
        for (String step : path.split("/")) {
            Optional<LocatedElement> next = current.lastChild(step);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    /** The root's children with the given local name, in document order. */
    public List<LocatedElement> children(String localName) {
        return root.children(localName);
    }

    /**
     * The Servlet specification version the descriptor declares in its {@code version} attribute, or
     * empty for the DTD-based 2.2 and 2.3 descriptors, which have none.
     */
    public Optional<String> version() {
        return root.findAttribute("version").map(String::strip);
    }

    /** The location of {@code element} in this file. */
    public SourceLocation locate(LocatedElement element) {
        return SourceLocation.of(file(), element);
    }
}
