package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Forbids {@code system.webServer/directoryBrowse/@enabled="true"}, which lists the files of every
 * folder without a default document. Absent, IIS uses false. See the description for sources and
 * limitations.
 */
public final class ForbidDirectoryBrowsing extends BooleanAttributeRule {

    public ForbidDirectoryBrowsing() {
        super(
                RuleDescription.rule("IIS-DIRECTORY-BROWSE", "Folders are not listed to visitors")
                        .cis("1.3")
                        .cwe(548)
                        .seeAlso(
                                "IIS configuration reference, <directoryBrowse>"
                                        + " (https://learn.microsoft.com/iis/configuration/system.webserver/directorybrowse)",
                                "DISA IIS 10.0 Site STIG V-218768")
                        .why("""
                                With directory browsing on, a request for a folder that has no default document \
                                returns a page listing its files: the portal's scripts, uploaded documents and \
                                leftover backups become easy to find and fetch.""")
                        .fix("""
                                Set <directoryBrowse enabled="false" /> in <system.webServer>, or remove the \
                                enabled attribute.""")
                        .whenAbsent("IIS leaves directory browsing off (enabled=\"false\").")
                        .limitation("""
                                applicationHost.config can turn browsing on for the site; that file is not in \
                                the package.""")
                        .build(),
                "system.webServer/directoryBrowse",
                "enabled",
                false,
                false,
                "IIS lists the files of every folder that has no default document",
                "Set <directoryBrowse enabled=\"false\"/> in <system.webServer>, or remove the enabled attribute.");
    }
}
