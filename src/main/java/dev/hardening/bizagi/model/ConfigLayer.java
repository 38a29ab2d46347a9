package dev.hardening.bizagi.model;

import dev.hardening.bizagi.parse.LocatedElement;
import java.util.List;

/**
 * The part of one web.config that applies at a path: the file's own sections, or the
 * {@code <location path="...">} blocks that name the path or a folder above it.
 *
 * @param file the file
 * @param scopes the elements whose sections apply: the root and {@code location path="."} blocks for
 *     the file's own folder, or the {@code <location>} elements for one path
 * @param locationPath the {@code location/@path} these scopes come from, empty for the file's own sections
 */
public record ConfigLayer(WebConfigFile file, List<LocatedElement> scopes, String locationPath) {

    public ConfigLayer {
        scopes = List.copyOf(scopes);
    }

    /** The file's own sections. */
    public static ConfigLayer own(WebConfigFile file) {
        return new ConfigLayer(file, file.ownScopes(), "");
    }

    /** The elements at {@code sectionPath} in this layer, in document order. */
    public List<LocatedElement> elements(String sectionPath) {
        return file.elements(sectionPath, scopes);
    }

    /** The deepest element that exists along {@code sectionPath} in this layer. */
    public LocatedElement deepestAlong(String sectionPath) {
        return file.deepestAlong(sectionPath, scopes);
    }

    /** The location of {@code element}, which belongs to this layer's file. */
    public SourceLocation locate(LocatedElement element) {
        return file.locate(element);
    }
}
