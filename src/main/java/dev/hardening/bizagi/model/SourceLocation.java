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
        return new SourceLocation(file, element.line(), element.xpath());
    }

    /** {@code file:line}, or the file alone when there is no line. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
