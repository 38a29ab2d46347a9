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
                        .limitation("The server's servlet-container session-cookie is not weighed here: a flag turned"
                                + " on only in a kept standalone.xml, judged on its own by UNDERTOW-COOKIE-HTTPONLY, is"
                                + " still reported as missing.")
                        .build(),
                "http-only",
                "scripts in the page can read the session cookie");
    }
}
