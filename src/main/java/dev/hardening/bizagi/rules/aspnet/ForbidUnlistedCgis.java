package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Forbids {@code system.webServer/security/isapiCgiRestriction/@notListedCgisAllowed="true"} where a
 * file sets it. Absent, IIS uses false. See the description for sources and limitations.
 */
public final class ForbidUnlistedCgis extends BooleanAttributeRule {

    public ForbidUnlistedCgis() {
        super(
                RuleDescription.rule("IIS-UNLISTED-CGIS", "Only listed CGI programs may run")
                        .cis("4.10")
                        .cwe(749)
                        .seeAlso(
                                "IIS configuration reference, <isapiCgiRestriction>"
                                        + " (https://learn.microsoft.com/iis/configuration/system.webserver/security/isapicgirestriction/)")
                        .why("""
                                With unlisted CGI programs allowed, any executable that reaches the server can be \
                                run by a handler mapping, so a dropped file becomes code that IIS executes.""")
                        .fix("""
                                Set <isapiCgiRestriction notListedCgisAllowed="false"> (in \
                                applicationHost.config, where IIS reads the section), or remove the attribute.""")
                        .whenAbsent("IIS runs only the CGI programs listed (notListedCgisAllowed=\"false\").")
                        .limitation("""
                                The section belongs to applicationHost.config; it is judged only where a \
                                packaged file states it, and the server's own setting is not visible.""")
                        .build(),
                "system.webServer/security/isapiCgiRestriction",
                "notListedCgisAllowed",
                false,
                false,
                "IIS runs CGI programs that are not on the list",
                "Set <isapiCgiRestriction notListedCgisAllowed=\"false\">, or remove the attribute.");
    }
}
