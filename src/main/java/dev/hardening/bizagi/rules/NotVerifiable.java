package dev.hardening.bizagi.rules;

import dev.hardening.bizagi.model.Deployment;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Hardening items that no packaged file can prove, named once in the summary so that a clean check is
 * never read as covering them. Each applies to the kind of deployment that was read: IIS items when a
 * web.config was read, JEE items when a web.xml was, and Bizagi's own items to either.
 *
 * <p>Sources: Bizagi's hardening overview (TLS, ciphers, database TLS, TDE, IIS modules) and guide
 * parts 1 and 2 (application pool time-out, IP and Domain Restrictions, Basic Authentication); CIS
 * Microsoft IIS 10 items kept in applicationHost.config or the registry (1.1, 1.2, 1.4–1.6, 3.1, 4.9,
 * 4.10, 5.x, 6.x, 7.1–7.12).
 */
public enum NotVerifiable {
    TLS_PROTOCOLS("TLS protocol versions and cipher suites (Windows SCHANNEL registry)", Kind.IIS),
    APPLICATION_POOL_IDENTITY("the IIS application pool's identity", Kind.IIS),
    APPLICATION_POOL_IDLE_TIMEOUT("the IIS application pool's idle time-out", Kind.IIS),
    IIS_MODULES(
            "which IIS modules are installed (Basic Authentication, IP and Domain Restrictions, URL Rewrite,"
                    + " WebDAV)",
            Kind.IIS),
    APPLICATION_HOST(
            "settings kept only in applicationHost.config (site bindings, site-level HSTS, logging, locked"
                    + " sections such as allowedServerVariables)",
            Kind.IIS),
    JEE_SERVER(
            "the JEE server's own configuration (HTTPS listeners, TLS protocols and ciphers in standalone.xml"
                    + " or the WebLogic domain, WebSphere policy sets)",
            Kind.JEE),
    DATABASE_TRANSPORT("TLS to the database and its transparent data encryption", Kind.IIS, Kind.JEE),
    BIZAGI_DATABASE(
            "settings Bizagi keeps in its database (case security, environment configuration, the attribute"
                    + " encryption key)",
            Kind.IIS,
            Kind.JEE);

    /** The kinds of deployment an item belongs to. */
    public enum Kind {
        /** A Work Portal on IIS: a web.config was read. */
        IIS,
        /** The JEE edition: a web.xml was read. */
        JEE
    }

    private final String text;
    private final Set<Kind> kinds;

    NotVerifiable(String text, Kind... kinds) {
        this.text = text;
        this.kinds = EnumSet.copyOf(Arrays.asList(kinds));
    }

    /** What cannot be verified, in a few words. */
    public String text() {
        return text;
    }

    /** The kinds of deployment the item belongs to. */
    public Set<Kind> kinds() {
        return kinds;
    }

    /** The kinds of deployment {@code deployment} holds: IIS for any web.config, JEE for any web.xml. */
    public static Set<Kind> kindsOf(Deployment deployment) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        if (!deployment.webConfigs().isEmpty()) {
            kinds.add(Kind.IIS);
        }
        if (!deployment.webXmls().isEmpty()) {
            kinds.add(Kind.JEE);
        }
        return kinds;
    }

    /** The texts of the items that belong to a deployment of {@code kinds}, in declaration order. */
    public static List<String> applicableTo(Set<Kind> kinds) {
        return Arrays.stream(values())
                .filter(item -> item.kinds.stream().anyMatch(kinds::contains))
                .map(NotVerifiable::text)
                .toList();
    }

    /** The texts of the items that belong to {@code deployment}. */
    public static List<String> of(Deployment deployment) {
        return applicableTo(kindsOf(deployment));
    }
}
