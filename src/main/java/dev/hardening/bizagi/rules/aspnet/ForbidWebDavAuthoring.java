package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Forbids {@code system.webServer/webdav/authoring/@enabled="true"}, which lets clients write, move
 * and delete files through WebDAV. Absent, IIS uses false. See the description for sources and
 * limitations.
 */
public final class ForbidWebDavAuthoring extends BooleanAttributeRule {

    public ForbidWebDavAuthoring() {
        super(
                RuleDescription.rule("IIS-WEBDAV-AUTHORING", "WebDAV authoring is off")
                        .cis("1.7")
                        .cwe(749)
                        .seeAlso("IIS configuration reference, <webdav> <authoring>"
                                + " (https://learn.microsoft.com/iis/configuration/system.webserver/webdav/authoring/)")
                        .why("""
                                WebDAV authoring lets a client upload, overwrite, move and delete files in the \
                                site over HTTP. The Work Portal needs none of it; left on, a stolen account or an \
                                authoring rule that is too broad lets an attacker change the portal's files.""")
                        .fix("""
                                Set <webdav><authoring enabled="false" /></webdav> in <system.webServer>, or \
                                remove the enabled attribute.""")
                        .whenAbsent("IIS leaves WebDAV authoring off (enabled=\"false\").")
                        .limitation("""
                                Whether the WebDAV module is installed, and authoring turned on for the site in \
                                applicationHost.config, cannot be seen from the package.""")
                        .build(),
                "system.webServer/webdav/authoring",
                "enabled",
                false,
                false,
                "clients may write, move and delete the site's files over WebDAV",
                "Set <webdav><authoring enabled=\"false\"/></webdav> in <system.webServer>, or remove the enabled"
                        + " attribute.");
    }
}
