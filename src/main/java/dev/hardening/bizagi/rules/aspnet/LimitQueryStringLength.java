package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;
import java.util.OptionalLong;

/**
 * Limits {@code requestLimits/@maxQueryString} to 2048 bytes. Absent, IIS uses 2048. See the description
 * for sources and limitations.
 */
public final class LimitQueryStringLength extends RequestLimitRule {

    public LimitQueryStringLength() {
        super(
                RuleDescription.rule("IIS-MAX-QUERY-STRING", "Query strings are at most 2048 bytes long")
                        .cis("4.3")
                        .cwe(770)
                        .seeAlso(
                                "IIS configuration reference, <requestLimits>"
                                        + " (https://learn.microsoft.com/iis/configuration/system.webserver/security/requestfiltering/requestlimits/)",
                                "DISA IIS 10.0 Site STIG V-218755")
                        .why("""
                                Long query strings carry injection payloads and denial-of-service probes; the \
                                portal sends its data in request bodies, so its query strings stay short.""")
                        .fix("""
                                Set <requestLimits maxQueryString="2048"> (or less) in \
                                <system.webServer><security><requestFiltering>, or remove the attribute.""")
                        .whenAbsent("IIS rejects query strings longer than 2048 bytes.")
                        .limitation("""
                                applicationHost.config can raise the limit for the site; that file is not in \
                                the package.""")
                        .build(),
                "maxQueryString",
                2048,
                OptionalLong.of(2048),
                "IIS accepts longer query strings than the portal needs",
                "Set <requestLimits maxQueryString=\"2048\"/> (or less) in"
                        + " <system.webServer><security><requestFiltering>, or remove the attribute.");
    }
}
