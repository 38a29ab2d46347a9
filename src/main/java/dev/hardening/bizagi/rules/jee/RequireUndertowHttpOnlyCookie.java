package dev.hardening.bizagi.rules.jee;

/**
 * Requires each servlet-container's {@code session-cookie http-only} in the undertow subsystem of
 * standalone.xml or domain.xml to be true. See {@link UndertowCookieFlagRule} and the description for
 * sources and limitations.
 */
public final class RequireUndertowHttpOnlyCookie extends UndertowCookieFlagRule {

    public RequireUndertowHttpOnlyCookie() {
        super(
                describeFlag(
                                "UNDERTOW-COOKIE-HTTPONLY",
                                "Undertow's default session cookie is marked HttpOnly",
                                "http-only",
                                "Without HttpOnly any script in a page of any of those wars, an injected one"
                                        + " included, can read the session cookie and send it away.")
                        .cwe(1004)
                        .seeAlso("DISA STIG V-222933 (HttpOnly session cookie)")
                        .build(),
                "http-only",
                "scripts in the page can read the session cookie");
    }
}
