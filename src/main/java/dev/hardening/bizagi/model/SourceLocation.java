package dev.hardening.bizagi.model;

import dev.hardening.bizagi.parse.LocatedElement;
import java.util.Objects;

/**
 * Where a finding points: a file, a line and, for XML, the node.
 *
 * <p>The node's path is worked out only when something asks for it: rules locate every collection
 * entry they replay, and only the few that become findings need a path (docs/performance.md).
 */
public final class SourceLocation {

    private final String file;
    private final int line;
    private final LocatedElement element;
    private final String suffix;
    private String xpath;

    /**
     * @param file the file's display path, archive entries as {@code pkg.zip!/path/web.config}
     * @param line the 1-based line, 0 when there is none (a default that no file states)
     * @param xpath the node's path in the document, empty for properties files
     */
    public SourceLocation(String file, int line, String xpath) {
        this(file, line, null, Objects.requireNonNull(xpath, "xpath"));
    }

    private SourceLocation(String file, int line, LocatedElement element, String suffix) {
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.element = element;
        this.suffix = suffix;
    }

    /** The location of an element of {@code file}. */
    public static SourceLocation of(String file, LocatedElement element) {
        return new SourceLocation(element.sourceFile().orElse(file), element.line(), element, "");
    }

    /**
     * The location of an attribute's value: where it was set when another file set it (a deploy-time
     * parameter, a transform), else its element's.
     */
    public static SourceLocation ofAttribute(String file, LocatedElement element, String attribute) {
        return element.attributeOrigin(attribute)
                .map(origin -> new SourceLocation(origin.file(), origin.line(), element, "/@" + attribute))
                .orElseGet(() -> of(file, element));
    }

    /** The file's display path, archive entries as {@code pkg.zip!/path/web.config}. */
    public String file() {
        return file;
    }

    /** The 1-based line, 0 when there is none (a default that no file states). */
    public int line() {
        return line;
    }

    /** The node's path in the document, empty for properties files. */
    public String xpath() {
        String path = xpath;
        if (path == null) {
            // Worked out at most a few times over if threads race; every result is the same string.
            path = element == null ? suffix : element.xpath() + suffix;
            xpath = path;
        }
        return path;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceLocation that
                && line == that.line
                && file.equals(that.file)
                && xpath().equals(that.xpath());
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, xpath());
    }

    /** {@code file:line}, or the file alone when there is no line. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
