package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Forbids {@code system.webServer/security/requestFiltering/@allowDoubleEscaping="true"}, which lets
 * double-encoded URLs past request filtering. Absent, IIS uses false. See the description for sources
 * and limitations.
 */
public final class ForbidDoubleEscaping extends BooleanAttributeRule {

    public ForbidDoubleEscaping() {
        super(
                RuleDescription.rule("IIS-DOUBLE-ESCAPING", "Double-encoded URLs are rejected")
                        .cis("4.5")
                        .cwe(174)
                        .seeAlso(
                                "IIS configuration reference, <requestFiltering> allowDoubleEscaping"
                                        + " (https://learn.microsoft.com/iis/configuration/system.webserver/security/requestfiltering/)",
                                "DISA IIS 10.0 Site STIG V-218756")
                        .why("""
                                A URL encoded twice (%252e for ".") looks harmless to a filter that decodes it \
                                once and turns into a path or a script fragment when decoded again. Rejecting \
                                such URLs keeps request filtering, hidden segments and file extension rules \
                                from being walked around.""")
                        .fix("""
                                Set <requestFiltering allowDoubleEscaping="false"> in \
                                <system.webServer><security>, or remove the attribute.""")
                        .whenAbsent("IIS rejects double-encoded URLs (allowDoubleEscaping=\"false\").")
                        .limitation("""
                                applicationHost.config can allow double escaping for the site; that file is not \
                                in the package.""")
                        .build(),
                "system.webServer/security/requestFiltering",
                "allowDoubleEscaping",
                false,
                false,
                "double-encoded URLs pass request filtering and are decoded again behind it",
                "Set <requestFiltering allowDoubleEscaping=\"false\"> in <system.webServer><security>, or remove"
                        + " the attribute.");
    }
}
