package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import java.util.Optional;

/**
 * One WebLogic web application descriptor, {@code WEB-INF/weblogic.xml}, of any version (the 8.1 DTD,
 * the {@code www.bea.com} or {@code xmlns.oracle.com/weblogic/weblogic-web-app} namespaces); elements
 * are matched by local name, so the namespace does not matter. It belongs to the web.xml in the same
 * folder of the same archive or folder.
 *
 * <p>Limitations: only {@code weblogic.xml} is read among server descriptors. {@code jboss-web.xml}
 * holds no session cookie or time-out setting (Red Hat JBoss EAP 6.4, "jboss-web.xml Configuration
 * Reference": session replication, passivation and the session count only; JBoss and WildFly take the
 * cookie and time-out from web.xml and the
 * server's {@code standalone.xml}), and Undertow's {@code WEB-INF/undertow-handlers.conf} is not XML and
 * sets handlers, not the session; neither is read.
 */
public final class WebLogicXml {

    private final Descriptor descriptor;
    private final LocatedElement root;

    public WebLogicXml(Descriptor descriptor, LocatedElement root) {
        this.descriptor = descriptor;
        this.root = root;
    }

    /** The file's display path. */
    public String file() {
        return descriptor.displayPath();
    }

    /** Where the file was found: an archive or a folder. */
    public String container() {
        return descriptor.container();
    }

    /** The folder inside {@link #container()} holding the file, normally {@code WEB-INF}. */
    public String folder() {
        return descriptor.folder();
    }

    /** The {@code <weblogic-web-app>} element. */
    public LocatedElement root() {
        return root;
    }

    /** The last element at {@code path} (local names separated by {@code /}), as WebLogic lets a later one win. */
    public Optional<LocatedElement> element(String path) {
        LocatedElement current = root;
        for (String step : path.split("/")) {
            Optional<LocatedElement> next = current.lastChild(step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /** The deepest element along {@code path}, the root when none is there. */
    public LocatedElement deepestAlong(String path) {
        LocatedElement current = root;
        for (String step : path.split("/")) {
            Optional<LocatedElement> next = current.lastChild(step);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    /** The location of {@code element} in this file. */
    public SourceLocation locate(LocatedElement element) {
        return SourceLocation.of(file(), element);
    }
}
