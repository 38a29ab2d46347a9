package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires {@code system.web/pages/@enableViewStateMac} to stay true. The description holds the sources
 * and limitations.
 */
public final class RequireViewStateMac extends BooleanAttributeRule {

    public RequireViewStateMac() {
        super(
                RuleDescription.rule("ASPNET-VIEWSTATE-MAC", "ViewState is signed, so tampering is detected")
                        .cwe(642, 554)
                        .seeAlso(
                                "Security Code Scan SCS0024 (View State MAC Disabled)",
                                "Puma Scan SEC0011 (Pages ViewStateMac Disabled)",
                                "Microsoft Security Advisory 2905247 (insecure ViewState deserialization)",
                                "\"pages Element (ASP.NET Settings Schema)\", learn.microsoft.com")
                        .why("The ViewState MAC signs the hidden ViewState and event validation fields with the"
                                + " machine key. Unsigned, they can be changed in the browser to alter page state,"
                                + " bypass event validation, and feed the server a crafted serialized object,"
                                + " which can run code on it.")
                        .fix("<system.web>\n  <pages enableViewStateMac=\"true\" />\n</system.web>")
                        .whenAbsent("true, which passes.")
                        .limitation("Since the September 2014 update (.NET Framework 4.5.2), ASP.NET signs"
                                + " ViewState whatever this says unless appSettings aspnet:AllowInsecureDeserialization"
                                + " is true; false is still reported as it states the intent and takes effect on"
                                + " older frameworks.")
                        .limitation("EnableViewStateMac=\"false\" in a page's @Page directive is not seen.")
                        .build(),
                "system.web/pages",
                "enableViewStateMac",
                true,
                true,
                "ViewState is not signed, so it can be altered in the browser and fed to the server's"
                        + " deserializer",
                "Set <pages enableViewStateMac=\"true\"/> in <system.web>, or remove the attribute.");
    }
}
