package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Forbids {@code system.webServer/security/isapiCgiRestriction/@notListedIsapisAllowed="true"} where a
 * file sets it. Absent, IIS uses false. See the description for sources and limitations.
 */
public final class ForbidUnlistedIsapis extends BooleanAttributeRule {

    public ForbidUnlistedIsapis() {
        super(
                RuleDescription.rule("IIS-UNLISTED-ISAPIS", "Only listed ISAPI extensions may run")
                        .cis("4.9")
                        .cwe(749)
                        .seeAlso(
                                "IIS configuration reference, <isapiCgiRestriction>"
                                        + " (https://learn.microsoft.com/iis/configuration/system.webserver/security/isapicgirestriction/)")
                        .why("""
                                With unlisted ISAPI extensions allowed, any DLL that reaches the server can be \
                                run by a handler mapping, so a dropped file becomes code that IIS executes.""")
                        .fix("""
                                Set <isapiCgiRestriction notListedIsapisAllowed="false"> (in \
                                applicationHost.config, where IIS reads the section), or remove the attribute.""")
                        .whenAbsent("IIS runs only the ISAPI extensions listed (notListedIsapisAllowed=\"false\").")
                        .limitation("""
                                The section belongs to applicationHost.config; it is judged only where a \
                                packaged file states it, and the server's own setting is not visible.""")
                        .build(),
                "system.webServer/security/isapiCgiRestriction",
                "notListedIsapisAllowed",
                false,
                false,
                "IIS runs ISAPI extensions that are not on the list",
                "Set <isapiCgiRestriction notListedIsapisAllowed=\"false\">, or remove the attribute.");
    }
}
