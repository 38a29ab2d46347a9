package dev.hardening.bizagi.rules.jee;

/**
 * Requires the shared {@code session-config/cookie-config/http-only} of jboss-all.xml to be true. See
 * {@link JBossCookieFlagRule} and the description for sources and limitations.
 */
public final class RequireJBossHttpOnlyCookie extends JBossCookieFlagRule {

    public RequireJBossHttpOnlyCookie() {
        super(
                describe(
                                "JBOSS-COOKIE-HTTPONLY",
                                "JBoss's shared session cookie is marked HttpOnly",
                                "JEE-COOKIE-HTTPONLY",
                                "the session cookie",
                                "Without HttpOnly any script in a page of any of those wars, an injected one"
                                        + " included, can read the session cookie and send it away.",
                                "    <cookie-config>\n      <http-only>true</http-only>\n    </cookie-config>\n")
                        .cwe(1004)
                        .seeAlso("DISA STIG V-222933 (HttpOnly session cookie)")
                        .whenAbsent("False for every war of the ear: a cookie-config without http-only sets false,"
                                + " and without a cookie-config the server's servlet-container session-cookie"
                                + " applies, off unless standalone.xml turns it on. Without a shared"
                                + " session-config nothing is judged here.")
                        .limitation("Without a cookie-config in the shared session-config, the server configuration"
                                + " kept in the project (standalone.xml, domain.xml, judged by UNDERTOW-COOKIE-HTTPONLY) counts only"
                                + " when every servlet-container in it turns the flag on; which server runs the ear"
                                + " is not known from the package, and a server whose configuration is not kept"
                                + " here is taken to leave it off.")
                        .build(),
                "http-only",
                "scripts in the page can read the session cookie");
    }
}
