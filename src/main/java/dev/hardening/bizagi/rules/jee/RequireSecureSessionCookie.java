package dev.hardening.bizagi.rules.jee;

/**
 * Requires {@code session-config/cookie-config/secure} to be true in {@code web.xml}, so that browsers
 * send the session cookie over TLS only.
 *
 * <p>Sources: DISA STIG V-222932; CWE-614.
 */
public final class RequireSecureSessionCookie extends SessionCookieFlagRule {

    public RequireSecureSessionCookie() {
        super(
                "JEE-COOKIE-SECURE",
                "The session cookie is sent over HTTPS only",
                "secure",
                "browsers may send the session cookie over plain HTTP",
                "browsers may send the session cookie over plain HTTP");
    }
}
