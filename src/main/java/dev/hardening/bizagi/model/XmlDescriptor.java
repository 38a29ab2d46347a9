package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;

/**
 * A parsed XML file of the JEE edition (web.xml, a server descriptor, a server configuration): where
 * it was found and its root element.
 */
public abstract class XmlDescriptor {

    private final Descriptor descriptor;
    private final LocatedElement root;

    XmlDescriptor(Descriptor descriptor, LocatedElement root) {
        this.descriptor = descriptor;
        this.root = root;
    }

    /** The file as it was found. */
    Descriptor descriptor() {
        return descriptor;
    }

    /** The file's display path. */
    public String file() {
        return descriptor.displayPath();
    }

    /** Where the file was found: an archive such as {@code target/app.ear!/portal.war}, or a folder. */
    public String container() {
        return descriptor.container();
    }

    /** The folder inside {@link #container()} holding the file, such as {@code WEB-INF}. */
    public String folder() {
        return descriptor.folder();
    }

    /** The root element. */
    public LocatedElement root() {
        return root;
    }

    /** The deepest element of the file along {@code path}, the root when none is there. */
    public LocatedElement deepestAlong(String path) {
        return root.deepestAlong(path);
    }

    /** The location of {@code element} in this file, or in the file it was read from. */
    public SourceLocation locate(LocatedElement element) {
        return SourceLocation.of(file(), element);
    }
}
