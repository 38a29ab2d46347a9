package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;
import java.util.OptionalLong;

/**
 * Limits {@code requestLimits/@maxUrl} to 4096 bytes. Absent, IIS uses 4096. See the description for
 * sources and limitations.
 */
public final class LimitUrlLength extends RequestLimitRule {

    public LimitUrlLength() {
        super(
                RuleDescription.rule("IIS-MAX-URL", "URLs are at most 4096 bytes long")
                        .cis("4.2")
                        .cwe(770)
                        .seeAlso(
                                "IIS configuration reference, <requestLimits>"
                                        + " (https://learn.microsoft.com/iis/configuration/system.webserver/security/requestfiltering/requestlimits/)",
                                "DISA IIS 10.0 Site STIG V-218755")
                        .why("""
                                Very long URLs serve buffer-overflow and denial-of-service probes and carry \
                                payloads past logging that truncates them; the portal's own URLs stay far below \
                                the limit.""")
                        .fix("""
                                Set <requestLimits maxUrl="4096"> (or less) in \
                                <system.webServer><security><requestFiltering>, or remove the attribute.""")
                        .whenAbsent("IIS rejects URLs longer than 4096 bytes.")
                        .limitation("""
                                applicationHost.config can raise the limit for the site; that file is not in \
                                the package.""")
                        .build(),
                "maxUrl",
                4096,
                OptionalLong.of(4096),
                "IIS accepts longer URLs than the portal needs",
                "Set <requestLimits maxUrl=\"4096\"/> (or less) in <system.webServer><security><requestFiltering>,"
                        + " or remove the attribute.");
    }
}
