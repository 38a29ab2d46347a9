package dev.hardening.bizagi.model;

import dev.hardening.bizagi.parse.LocatedElement;

/**
 * Where a finding points: a file, a line and, for XML, the node.
 *
 * @param file the file's display path, archive entries as {@code pkg.zip!/path/web.config}
 * @param line the 1-based line, 0 when there is none (a default that no file states)
 * @param xpath the node's path in the document, empty for properties files
 */
public record SourceLocation(String file, int line, String xpath) {

    /** The location of an element of {@code file}. */
    public static SourceLocation of(String file, LocatedElement element) {
        return new SourceLocation(element.sourceFile().orElse(file), element.line(), element.xpath());
    }

    /**
     * The location of an attribute's value: where it was set when another file set it (a deploy-time
     * parameter, a transform), else its element's.
     */
    public static SourceLocation ofAttribute(String file, LocatedElement element, String attribute) {
        return element.attributeOrigin(attribute)
                .map(origin -> new SourceLocation(origin.file(), origin.line(), element.xpath() + "/@" + attribute))
                .orElseGet(() -> of(file, element));
    }

    /** {@code file:line}, or the file alone when there is no line. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
