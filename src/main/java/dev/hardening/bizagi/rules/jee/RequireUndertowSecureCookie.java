package dev.hardening.bizagi.rules.jee;

/**
 * Requires each servlet-container's {@code session-cookie secure} in the undertow subsystem of
 * standalone.xml or domain.xml to be true. See {@link UndertowCookieFlagRule} and the description for
 * sources and limitations.
 */
public final class RequireUndertowSecureCookie extends UndertowCookieFlagRule {

    public RequireUndertowSecureCookie() {
        super(
                describeFlag(
                                "UNDERTOW-COOKIE-SECURE",
                                "Undertow's default session cookie is sent over HTTPS only",
                                "secure",
                                "Without the Secure flag the browser also sends that cookie over plain HTTP, where"
                                        + " anyone on the network path can read it and take over the session.")
                        .cwe(614)
                        .seeAlso("DISA STIG V-222932 (secure session cookie)")
                        .build(),
                "secure",
                "browsers may send the session cookie over plain HTTP");
    }
}
