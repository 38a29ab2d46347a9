package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;
import java.util.OptionalLong;

/**
 * Requires {@code requestLimits/@maxAllowedContentLength} to be set in a file, sized for the portal's
 * uploads. Absent, IIS accepts request bodies of up to 30,000,000 bytes. See the description for sources
 * and limitations.
 */
public final class RequireContentLengthLimit extends RequestLimitRule {

    public RequireContentLengthLimit() {
        super(
                RuleDescription.rule("IIS-MAX-CONTENT-LENGTH", "The largest request body is set explicitly")
                        .cis("4.1")
                        .cwe(770)
                        .seeAlso(
                                "IIS configuration reference, <requestLimits>"
                                        + " (https://learn.microsoft.com/iis/configuration/system.webserver/security/requestfiltering/requestlimits/)",
                                "DISA IIS 10.0 Site STIG V-218755")
                        .why("""
                                The largest request body IIS accepts bounds how much an anonymous client can \
                                make the server read and buffer. Stating it in the portal's own configuration, \
                                sized for its largest upload, keeps it from resting on a server-wide default \
                                nobody chose.""")
                        .fix("""
                                Set <requestLimits maxAllowedContentLength="..."> (bytes, sized for the largest \
                                attachment the portal accepts) in \
                                <system.webServer><security><requestFiltering>, matching \
                                <httpRuntime maxRequestLength="..."> (kilobytes) in <system.web>.""")
                        .whenAbsent("IIS accepts request bodies of up to 30000000 bytes (about 28.6 MiB).")
                        .limitation("""
                                Any value passes once stated: the right size depends on the attachments the \
                                processes accept.""")
                        .limitation("""
                                applicationHost.config can set it for the site; that file is not in the \
                                package, so a limit set only there is reported here too.""")
                        .build(),
                "maxAllowedContentLength",
                30_000_000L,
                OptionalLong.empty(),
                "the largest request body rests on the server's default instead of the portal's own limit",
                "Set <requestLimits maxAllowedContentLength=\"...\"/> (bytes, sized for the largest upload) in"
                        + " <system.webServer><security><requestFiltering>.");
    }
}
