package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;

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
                        .severity(Severity.ERROR)
                        .build(),
                "secure",
                "browsers may send the session cookie over plain HTTP",
                "browsers may send the session cookie over plain HTTP");
    }
}
