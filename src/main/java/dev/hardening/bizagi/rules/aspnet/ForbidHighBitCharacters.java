package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires {@code system.webServer/security/requestFiltering/@allowHighBitCharacters="false"}, so that
 * URLs with non-ASCII bytes are rejected. Absent, IIS uses true. See the description for sources and
 * limitations.
 */
public final class ForbidHighBitCharacters extends BooleanAttributeRule {

    public ForbidHighBitCharacters() {
        super(
                RuleDescription.rule("IIS-HIGH-BIT-CHARACTERS", "URLs with non-ASCII characters are rejected")
                        .cis("4.4")
                        .cwe(176)
                        .seeAlso(
                                "IIS configuration reference, <requestFiltering> allowHighBitCharacters"
                                        + " (https://learn.microsoft.com/iis/configuration/system.webserver/security/requestfiltering/)",
                                "DISA IIS 10.0 Site STIG V-218756")
                        .why("""
                                Bytes above 0x7F in a URL are read differently by the browser, IIS and the \
                                application (UTF-8, the ANSI code page, overlong forms), which attackers use to \
                                smuggle path separators and script past filters. The portal's own URLs are ASCII.""")
                        .fix("""
                                Set <requestFiltering allowHighBitCharacters="false"> in \
                                <system.webServer><security>.""")
                        .whenAbsent("IIS accepts non-ASCII characters in URLs (allowHighBitCharacters=\"true\").")
                        .limitation("""
                                Case or attachment names with accents in URLs are refused once this is set; \
                                test the portal before enforcing it.""")
                        .limitation("""
                                applicationHost.config can set it for the site; that file is not in the \
                                package, so a setting made only there is reported here too.""")
                        .build(),
                "system.webServer/security/requestFiltering",
                "allowHighBitCharacters",
                false,
                true,
                "URLs with non-ASCII bytes reach the portal, where they may be decoded differently",
                "Set <requestFiltering allowHighBitCharacters=\"false\"> in <system.webServer><security>.");
    }
}
