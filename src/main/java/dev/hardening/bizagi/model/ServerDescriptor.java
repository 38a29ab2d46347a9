package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import java.util.Optional;

/**
 * A server's own descriptor read beside the servlet one (weblogic.xml, jboss-all.xml). Elements are
 * matched by local name, so neither the namespace nor its version matters, and where an element is
 * repeated the last one counts.
 */
public abstract class ServerDescriptor extends XmlDescriptor {

    ServerDescriptor(Descriptor descriptor, LocatedElement root) {
        super(descriptor, root);
    }

    /** The last element at {@code path} (local names separated by {@code /}) below the root. */
    public Optional<LocatedElement> element(String path) {
        return root().lastAlong(path);
    }
}
