package dev.hardening.bizagi.rules.jee;

/**
 * Requires the shared {@code session-config/cookie-config/secure} of jboss-all.xml to be true. See
 * {@link JBossCookieFlagRule} and the description for sources and limitations.
 */
public final class RequireJBossSecureCookie extends JBossCookieFlagRule {

    public RequireJBossSecureCookie() {
        super(
                describe(
                                "JBOSS-COOKIE-SECURE",
                                "JBoss's shared session cookie is sent over HTTPS only",
                                "JEE-COOKIE-SECURE",
                                "the session cookie",
                                "Without the Secure flag the browser also sends that cookie over plain HTTP, where"
                                        + " anyone on the network path can read it and take over the session.",
                                "    <cookie-config>\n      <secure>true</secure>\n    </cookie-config>\n")
                        .cwe(614)
                        .seeAlso("DISA STIG V-222932 (secure session cookie)")
                        .whenAbsent("False for every war of the ear: the wars' own web.xml cookie-config no longer"
                                + " counts, and the server's servlet-container session-cookie, which is read"
                                + " only when the shared session-config has no cookie-config, leaves it off by"
                                + " default. Without a shared session-config nothing is judged here.")
                        .limitation("Without a cookie-config in the shared session-config, the server configuration"
                                + " kept in the project (standalone.xml, domain.xml, judged by UNDERTOW-COOKIE-SECURE) counts only"
                                + " when every servlet-container in it turns the flag on; which server runs the ear"
                                + " is not known from the package, and a server whose configuration is not kept"
                                + " here is taken to leave it off.")
                        .build(),
                "secure",
                "browsers may send the session cookie over plain HTTP");
    }
}
