package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The undertow subsystem of a JBoss EAP 7 or WildFly server configuration kept with the deployment:
 * {@code standalone.xml} (a {@code <server>} with one {@code <profile>}) or {@code domain.xml} (a
 * {@code <domain>} whose {@code <profiles>} hold several named {@code <profile>}s). Each profile may
 * hold one {@code <subsystem xmlns="urn:jboss:domain:undertow:N.M">}, whose {@code servlet-container}
 * elements set the {@code default-session-timeout} (minutes, 30 when absent) and, in an optional
 * {@code session-cookie}, the {@code http-only} and {@code secure} flags of the session cookie
 * (wildfly/wildfly: {@code wildfly-undertow_*.xsd}, {@code ServletContainerDefinition},
 * {@code SessionCookieDefinition}).
 *
 * <p>Every profile has its own subsystem elements, all named {@code subsystem}, so the undertow one is
 * told by its namespace, of any version. A file without one yields no servlet container.
 */
public final class UndertowConfig extends ServerDescriptor {

    /** The namespace of the undertow subsystem, before its version. */
    public static final String NAMESPACE = "urn:jboss:domain:undertow:";

    public UndertowConfig(Descriptor descriptor, LocatedElement root) {
        super(descriptor, root);
    }

    /**
     * One {@code servlet-container} of an undertow subsystem.
     *
     * @param element the {@code servlet-container} element
     * @param profile the name of the domain.xml profile holding it, empty in standalone.xml
     */
    public record ServletContainer(LocatedElement element, Optional<String> profile) {

        /** The container's name, empty when it has none. */
        public String name() {
            return element.findAttribute("name").orElse("");
        }

        /** The container's {@code session-cookie}, the last one when it is repeated. */
        public Optional<LocatedElement> sessionCookie() {
            return element.lastChild("session-cookie");
        }

        /** How messages name it: {@code servlet-container "default"}, with its profile in domain.xml. */
        public String label() {
            return "servlet-container \"" + name() + "\""
                    + profile.map(p -> " of profile \"" + p + "\"").orElse("");
        }
    }

    /** Every servlet container of every undertow subsystem of the file, in document order. */
    public List<ServletContainer> servletContainers() {
        List<ServletContainer> containers = new ArrayList<>();
        for (LocatedElement profile : profiles()) {
            Optional<String> name = profile.findAttribute("name");
            for (LocatedElement subsystem : profile.children("subsystem")) {
                if (subsystem.getNamespaceURI().startsWith(NAMESPACE)) {
                    for (LocatedElement container : subsystem.children("servlet-container")) {
                        containers.add(new ServletContainer(container, name));
                    }
                }
            }
        }
        return containers;
    }

    /** The {@code profile} of standalone.xml, or those under {@code profiles} in domain.xml. */
    private List<LocatedElement> profiles() {
        List<LocatedElement> profiles = new ArrayList<>(root().children("profile"));
        for (LocatedElement group : root().children("profiles")) {
            profiles.addAll(group.children("profile"));
        }
        return profiles;
    }
}
