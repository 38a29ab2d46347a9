package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires {@code session-config/cookie-config/http-only} to be true in {@code web.xml}, so that no
 * script can read the session cookie.
 *
 * <p>Sources: DISA STIG V-222933; CWE-1004.
 */
public final class RequireHttpOnlySessionCookie extends SessionCookieFlagRule {

    public RequireHttpOnlySessionCookie() {
        super(
                RuleDescription.rule("JEE-COOKIE-HTTPONLY", "The session cookie is marked HttpOnly")
                        .cwe(1004)
                        .seeAlso("DISA STIG V-222933", "CodeQL java/tomcat-disabled-httponly")
                        .why("A session cookie without the HttpOnly flag can be read by any script in the page, so"
                                + " one cross-site scripting flaw is enough to steal the session.")
                        .fix("""
                                Set the flag in the `<cookie-config>` of the single `<session-config>` of web.xml's
                                `<web-app>`, adding either only if there is none (the container refuses a web.xml
                                with two `<session-config>`; Servlet 3.0 or later):

                                <session-config>
                                  <cookie-config>
                                    <http-only>true</http-only>
                                  </cookie-config>
                                </session-config>
                                """)
                        .whenAbsent("Left to the container: Tomcat 7 and later mark the session cookie HttpOnly,"
                                + " other servers may not.")
                        .limitation("web.xml is judged on its own: a flag set only in a server descriptor is"
                                + " reported as missing here, though weblogic.xml is judged by the WEBLOGIC-COOKIE-"
                                + " rules and a kept standalone.xml by the UNDERTOW-COOKIE- rules; Tomcat's"
                                + " context.xml is not read.")
                        .limitation(SHARED_SESSION_LIMITATION)
                        .limitation("The element exists from Servlet 3.0 on; an older descriptor cannot set it,"
                                + " which the finding says.")
                        .build(),
                "http-only",
                "whether scripts can read the session cookie is left to the container",
                "scripts in the page can read the session cookie");
    }
}
