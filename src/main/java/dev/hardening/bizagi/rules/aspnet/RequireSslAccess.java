package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;

/**
 * Requires {@code system.webServer/security/access/@sslFlags} to include {@code Ssl}, so that IIS refuses
 * plain-HTTP requests. Absent, IIS uses {@code None}. See the description for sources and limitations.
 */
public final class RequireSslAccess extends WebConfigRule {

    private static final String SECTION = "system.webServer/security/access";
    private static final List<String> FLAGS =
            List.of("None", "Ssl", "SslNegotiateCert", "SslRequireCert", "SslMapCert", "Ssl128");
    private static final String FIX = "Set <access sslFlags=\"Ssl\"/> (keeping any certificate flags, such as"
            + " \"Ssl, SslNegotiateCert\") in <system.webServer><security>.";

    public RequireSslAccess() {
        super(RuleDescription.rule("IIS-SSL-REQUIRED", "IIS refuses requests that do not use HTTPS")
                .cis("2.6")
                .cwe(319)
                .seeAlso(
                        "IIS configuration reference, <access> sslFlags"
                                + " (https://learn.microsoft.com/iis/configuration/system.webserver/security/access)",
                        "DISA IIS 10.0 Site STIG V-218760")
                .why("""
                        Without "Require SSL", the portal also answers over plain HTTP, where logon forms, \
                        session cookies and case data cross the network readable and alterable by anyone on \
                        the path.""")
                .fix("""
                        Set <access sslFlags="Ssl" /> in <system.webServer><security> (keep certificate flags \
                        such as "Ssl, SslNegotiateCert" if the site uses them), or tick Require SSL in IIS \
                        Manager's SSL Settings for the site.""")
                .whenAbsent("IIS uses sslFlags=\"None\": plain HTTP is answered.")
                .limitation("""
                        The access section is locked to applicationHost.config by default, where IIS Manager \
                        writes Require SSL in a <location path="Site"> outside the package; such a setting is \
                        not visible, so the rule is a warning.""")
                .limitation("""
                        A redirect from HTTP to HTTPS (URL Rewrite, the site's HSTS element) is not taken for \
                        Require SSL.""")
                .limitation("Flag names are read in any case, as the IIS configuration system reads them.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        IisValues.flags(config, SECTION, "sslFlags", FLAGS, List.of("None"), "including Ssl", FIX, findings)
                .filter(flags -> !flags.contains("Ssl"))
                .ifPresent(flags -> IisValues.report(
                        config,
                        SECTION,
                        "sslFlags",
                        "\"" + String.join(", ", flags) + "\"",
                        "IIS also answers requests over plain HTTP",
                        FIX,
                        findings));
    }
}
