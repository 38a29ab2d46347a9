package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import java.util.Locale;
import java.util.Optional;

/**
 * One JBoss EAP 7 or WildFly deployment descriptor, {@code META-INF/jboss-all.xml}: a {@code <jboss>}
 * root ({@code urn:jboss:1.0}) holding one element per subsystem, each in its own namespace. Only
 * {@code shared-session-config} ({@code urn:jboss:shared-session-config:1.0}, {@code 2.0} or
 * {@code 3.0}) is of interest here; elements are matched by local name, so the version does not matter.
 *
 * <p>When the root deployment's jboss-all.xml holds {@code shared-session-config}, every war in the ear
 * shares one session manager, and its {@code session-config}, when present, takes the place of each
 * war's own web.xml {@code session-config} as a whole (wildfly/wildfly:
 * {@code UndertowDeploymentInfoService.java}, {@code SharedSessionConfigParser_1_0.java};
 * {@code shared-session-config_2_0.xsd}). Without a {@code session-config} there the wars keep their
 * own. WildFly ignores, with a warning, a {@code shared-session-config} in a war or jar inside an ear.
 */
public final class JBossAllXml extends ServerDescriptor {

    /** The shared session settings, below the root. */
    public static final String SESSION_CONFIG = "shared-session-config/session-config";

    public JBossAllXml(Descriptor descriptor, LocatedElement root) {
        super(descriptor, root);
    }

    /**
     * The {@code session-config} that replaces every war's own, when the server reads it: present in a
     * root deployment (not in a module of an ear).
     */
    public Optional<LocatedElement> sharedSessionConfig() {
        if (container().toLowerCase(Locale.ROOT).contains(".ear!/")) {
            return Optional.empty();
        }
        return element(SESSION_CONFIG);
    }
}
