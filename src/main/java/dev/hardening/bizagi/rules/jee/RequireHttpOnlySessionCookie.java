package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;

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
                        .severity(Severity.ERROR)
                        .build(),
                "http-only",
                "whether scripts can read the session cookie is left to the container",
                "scripts in the page can read the session cookie");
    }
}
