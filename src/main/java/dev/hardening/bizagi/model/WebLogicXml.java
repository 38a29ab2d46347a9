package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;

/**
 * One WebLogic web application descriptor, {@code WEB-INF/weblogic.xml}, of any version (the 8.1 DTD,
 * the {@code www.bea.com} or {@code xmlns.oracle.com/weblogic/weblogic-web-app} namespaces); elements
 * are matched by local name, so the namespace does not matter. It belongs to the web.xml in the same
 * folder of the same archive or folder.
 *
 * <p>Limitations: among server descriptors only {@code weblogic.xml}, JBoss's {@code jboss-all.xml}
 * ({@link JBossAllXml}) and a kept JBoss server configuration ({@link UndertowConfig}) are read.
 * {@code jboss-web.xml}
 * holds no session cookie or time-out setting (Red Hat JBoss EAP 6.4, "jboss-web.xml Configuration
 * Reference": session replication, passivation and the session count only; JBoss and WildFly take the
 * cookie and time-out from web.xml and the
 * server's {@code standalone.xml}), and Undertow's {@code WEB-INF/undertow-handlers.conf} is not XML and
 * sets handlers, not the session; neither is read.
 */
public final class WebLogicXml extends ServerDescriptor {

    public WebLogicXml(Descriptor descriptor, LocatedElement root) {
        super(descriptor, root);
    }
}
