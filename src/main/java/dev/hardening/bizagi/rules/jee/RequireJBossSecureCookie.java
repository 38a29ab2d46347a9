package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires the shared {@code session-config/cookie-config/secure} of jboss-all.xml to be true. See
 * {@link JBossCookieFlagRule} and the description for sources and limitations.
 */
public final class RequireJBossSecureCookie extends JBossCookieFlagRule {

    public RequireJBossSecureCookie() {
        super(
                RuleDescription.rule("JBOSS-COOKIE-SECURE", "JBoss's shared session cookie is sent over HTTPS only")
                        .cwe(614)
                        .seeAlso(SCHEMA, GUIDE, "DISA STIG V-222932 (secure session cookie)")
                        .why("When an ear shares one session among its wars, the shared session-config in"
                                + " META-INF/jboss-all.xml decides the cookie for all of them. Without the Secure"
                                + " flag the browser also sends that cookie over plain HTTP, where anyone on the"
                                + " network path can read it and take over the session.")
                        .fix("""
                                In the ear's META-INF/jboss-all.xml:

                                <shared-session-config xmlns="urn:jboss:shared-session-config:2.0">
                                  <session-config>
                                    <cookie-config>
                                      <secure>true</secure>
                                    </cookie-config>
                                  </session-config>
                                </shared-session-config>
                                """)
                        .whenAbsent("False for every war of the ear: the wars' own web.xml cookie-config no longer"
                                + " counts, and the server's servlet-container session-cookie, which is read"
                                + " only when the shared session-config has no cookie-config, leaves it off by"
                                + " default. Without a shared session-config nothing is judged here.")
                        .limitation("The server's standalone.xml (servlet-container session-cookie) is not read, so"
                                + " a flag turned on only there is reported as missing.")
                        .limitation("JEE-COOKIE-SECURE still judges each war's web.xml, which the server ignores"
                                + " while this shared session-config is present.")
                        .build(),
                "secure",
                "browsers may send the session cookie over plain HTTP");
    }
}
