package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires {@code system.web/httpRuntime/@enableHeaderChecking} to stay true. The description holds the
 * sources and limitations.
 */
public final class RequireHeaderChecking extends BooleanAttributeRule {

    public RequireHeaderChecking() {
        super(
                RuleDescription.rule("ASPNET-HEADER-CHECKING", "Line breaks in response headers are encoded")
                        .cwe(113)
                        .seeAlso(
                                "Puma Scan SEC0008 (HTTP Header Checking Disabled)",
                                "\"httpRuntime Element (ASP.NET Settings Schema)\", learn.microsoft.com")
                        .why("With header checking on, ASP.NET encodes carriage returns and line feeds that code"
                                + " writes into response headers. Turned off, a value taken from the request (a"
                                + " redirect target, a cookie value) can end the header and add headers or a body"
                                + " of the attacker's choosing: response splitting, cache poisoning, cross-site"
                                + " scripting.")
                        .fix("<system.web>\n  <httpRuntime enableHeaderChecking=\"true\" />\n</system.web>")
                        .whenAbsent("true, which passes.")
                        .limitation("Headers written by IIS modules or native code outside ASP.NET are not"
                                + " covered by this setting.")
                        .build(),
                "system.web/httpRuntime",
                "enableHeaderChecking",
                true,
                true,
                "line breaks that code writes into response headers are sent as they are, which allows response"
                        + " splitting",
                "Set <httpRuntime enableHeaderChecking=\"true\"/> in <system.web>, or remove the attribute.");
    }
}
