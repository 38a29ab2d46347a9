package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires {@code system.web/pages/@enableEventValidation} to stay true. The description holds the
 * sources and limitations.
 */
public final class RequireEventValidation extends BooleanAttributeRule {

    public RequireEventValidation() {
        super(
                RuleDescription.rule(
                                "ASPNET-EVENT-VALIDATION",
                                "Postbacks are checked against the controls the page rendered")
                        .cwe(554, 20)
                        .seeAlso(
                                "Security Code Scan SCS0022 (Event Validation Disabled)",
                                "Puma Scan SEC0010 (Pages EventValidation Disabled)",
                                "\"pages Element (ASP.NET Settings Schema)\", learn.microsoft.com")
                        .why("Event validation makes Web Forms accept a postback only for controls and values"
                                + " the page rendered. Turned off, an attacker can post events of hidden or disabled"
                                + " controls (an administrator's button, say) and list values never offered.")
                        .fix("<system.web>\n  <pages enableEventValidation=\"true\" />\n</system.web>")
                        .whenAbsent("true, which passes.")
                        .limitation("EnableEventValidation=\"false\" in a page's @Page directive is in the page,"
                                + " not in web.config, and is not seen.")
                        .build(),
                "system.web/pages",
                "enableEventValidation",
                true,
                true,
                "pages accept postbacks for controls and values they never rendered",
                "Set <pages enableEventValidation=\"true\"/> in <system.web>, or remove the attribute.");
    }
}
