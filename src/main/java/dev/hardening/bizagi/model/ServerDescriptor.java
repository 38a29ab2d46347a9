package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import java.util.Optional;

/**
 * A server's own file: a descriptor packaged beside web.xml (weblogic.xml, jboss-all.xml) or a server
 * configuration the project keeps (standalone.xml, domain.xml). Elements are matched by local name, so
 * neither the namespace nor its version matters; {@link #element(String)} takes the last of repeated
 * elements, as the servers do for a single setting.
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
