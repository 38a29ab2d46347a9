package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;

/**
 * Forbids {@code system.webServer/httpErrors/@errorMode="Detailed"}, which shows remote users IIS's
 * detailed error pages. Absent, IIS uses {@code DetailedLocalOnly}. See the description for sources and
 * limitations.
 */
public final class ForbidDetailedHttpErrors extends WebConfigRule {

    private static final String SECTION = "system.webServer/httpErrors";
    private static final String FIX =
            "Set <httpErrors errorMode=\"Custom\"> (or \"DetailedLocalOnly\") in <system.webServer>.";

    public ForbidDetailedHttpErrors() {
        super(RuleDescription.rule("IIS-DETAILED-ERRORS", "Detailed IIS errors are not shown to remote users")
                .cis("3.4")
                .cwe(209)
                .seeAlso(
                        "IIS configuration reference, <httpErrors>"
                                + " (https://learn.microsoft.com/iis/configuration/system.webserver/httperrors/)",
                        "DISA IIS 10.0 Site STIG V-218810")
                .why("""
                        IIS's detailed error page names the module, handler, physical path, logon method and \
                        configuration file behind an error. Shown to remote users it maps the server for an \
                        attacker.""")
                .fix("""
                        Set <httpErrors errorMode="Custom"> (or "DetailedLocalOnly") in <system.webServer>, \
                        with <error statusCode="..." path="..."/> entries for the pages to show.""")
                .whenAbsent("IIS uses DetailedLocalOnly: detailed pages for local requests, custom ones for remote.")
                .limitation("""
                        applicationHost.config can set errorMode for the site; that file is not in the \
                        package.""")
                .limitation("Enumeration names are read in any case, as the IIS configuration system reads them.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        IisValues.enumeration(
                        config,
                        SECTION,
                        "errorMode",
                        List.of("Custom", "Detailed", "DetailedLocalOnly"),
                        "DetailedLocalOnly",
                        "Custom or DetailedLocalOnly",
                        FIX,
                        findings)
                .filter(mode -> mode.equals("Detailed"))
                .ifPresent(mode -> IisValues.report(
                        config,
                        SECTION,
                        "errorMode",
                        mode,
                        "remote users see IIS's detailed error pages, with physical paths and configuration details",
                        FIX,
                        findings));
    }
}
