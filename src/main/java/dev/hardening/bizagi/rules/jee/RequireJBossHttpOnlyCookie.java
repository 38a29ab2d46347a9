package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires the shared {@code session-config/cookie-config/http-only} of jboss-all.xml to be true. See
 * {@link JBossCookieFlagRule} and the description for sources and limitations.
 */
public final class RequireJBossHttpOnlyCookie extends JBossCookieFlagRule {

    public RequireJBossHttpOnlyCookie() {
        super(
                RuleDescription.rule("JBOSS-COOKIE-HTTPONLY", "JBoss's shared session cookie is marked HttpOnly")
                        .cwe(1004)
                        .seeAlso(SCHEMA, GUIDE, "DISA STIG V-222933 (HttpOnly session cookie)")
                        .why("When an ear shares one session among its wars, the shared session-config in"
                                + " META-INF/jboss-all.xml decides the cookie for all of them. Without HttpOnly any"
                                + " script in a page of any of those wars, an injected one included, can read the"
                                + " session cookie and send it away.")
                        .fix("""
                                In the ear's META-INF/jboss-all.xml:

                                <shared-session-config xmlns="urn:jboss:shared-session-config:2.0">
                                  <session-config>
                                    <cookie-config>
                                      <http-only>true</http-only>
                                    </cookie-config>
                                  </session-config>
                                </shared-session-config>
                                """)
                        .whenAbsent("False for every war of the ear: a cookie-config without http-only sets false,"
                                + " and without a cookie-config the server's servlet-container session-cookie"
                                + " applies, off unless standalone.xml turns it on. Without a shared"
                                + " session-config nothing is judged here.")
                        .limitation("The server's standalone.xml (servlet-container session-cookie) is not read, so"
                                + " a flag turned on only there is reported as missing.")
                        .limitation("JEE-COOKIE-HTTPONLY still judges each war's web.xml, which the server ignores"
                                + " while this shared session-config is present.")
                        .build(),
                "http-only",
                "scripts in the page can read the session cookie");
    }
}
