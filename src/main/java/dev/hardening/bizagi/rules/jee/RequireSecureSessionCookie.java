package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires {@code session-config/cookie-config/secure} to be true in {@code web.xml}, so that browsers
 * send the session cookie over TLS only.
 *
 * <p>Sources: DISA STIG V-222932; CWE-614.
 */
public final class RequireSecureSessionCookie extends SessionCookieFlagRule {

    public RequireSecureSessionCookie() {
        super(
                RuleDescription.rule("JEE-COOKIE-SECURE", "The session cookie is sent over HTTPS only")
                        .cwe(614)
                        .seeAlso("DISA STIG V-222932")
                        .why("A session cookie without the Secure flag is also sent over plain HTTP, where anyone"
                                + " on the network path can capture it and take over the session.")
                        .fix("""
                                Set the flag in the `<cookie-config>` of the single `<session-config>` of web.xml's
                                `<web-app>`, adding either only if there is none (the container refuses a web.xml
                                with two `<session-config>`; Servlet 3.0 or later):

                                <session-config>
                                  <cookie-config>
                                    <secure>true</secure>
                                  </cookie-config>
                                </session-config>
                                """)
                        .whenAbsent("Containers send the session cookie without the Secure flag unless the request"
                                + " came over HTTPS, and some not even then.")
                        .limitation("web.xml is judged on its own: a flag set only in a server descriptor is"
                                + " reported as missing here, though weblogic.xml is judged by the WEBLOGIC-COOKIE-"
                                + " rules and a kept standalone.xml by the UNDERTOW-COOKIE- rules; Tomcat's"
                                + " context.xml is not read.")
                        .limitation(SHARED_SESSION_LIMITATION)
                        .limitation("The element exists from Servlet 3.0 on; an older descriptor cannot set it,"
                                + " which the finding says.")
                        .build(),
                "secure",
                "browsers may send the session cookie over plain HTTP",
                "browsers may send the session cookie over plain HTTP");
    }
}
