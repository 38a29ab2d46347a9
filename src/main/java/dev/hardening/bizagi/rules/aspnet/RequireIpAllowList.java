package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;

/**
 * Asks for an IP allow-list: {@code system.webServer/security/ipSecurity/@allowUnlisted="false"}, so
 * that only the addresses listed may reach the Work Portal. Absent, IIS allows every address. A warning,
 * not an error: the list may be kept at site level in applicationHost.config, which the package does
 * not hold.
 *
 * <p>Sources: Bizagi hardening guide, mandatory part 1 (IP and Domain Restrictions).
 *
 * <p>Limitations: in the description below, rendered as {@code docs/rules/IIS-IP-ALLOWLIST.md}.
 */
public final class RequireIpAllowList extends BooleanAttributeRule {

    public RequireIpAllowList() {
        super(
                RuleDescription.rule("IIS-IP-ALLOWLIST", "Only listed IP addresses may reach the portal")
                        .bizagi(GuideLevel.BASIC, "Mandatory hardening part 1: IP and Domain Restrictions")
                        .severity(Severity.WARNING)
                        .cwe(284)
                        .why("A Work Portal that any address can reach exposes its logon page, web services and"
                                + " any unpatched flaw to the whole network, or the internet. Bizagi's guide asks"
                                + " for IIS's IP and Domain Restrictions so that only known clients get through.")
                        .fix("""
                                Deny unlisted addresses and list the ones allowed, in `<system.webServer><security>`:

                                <system.webServer>
                                  <security>
                                    <ipSecurity allowUnlisted="false">
                                      <add ipAddress="10.0.0.0" subnetMask="255.0.0.0" allowed="true" />
                                    </ipSecurity>
                                  </security>
                                </system.webServer>
                                """)
                        .whenAbsent("IIS allows every address.")
                        .limitation("A warning, not an error, in the bizagi profile although the guide asks for"
                                + " it: the restriction may be kept at site level in applicationHost.config, which"
                                + " the package does not hold.")
                        .limitation("The entries of the list are not judged; an empty list with"
                                + " allowUnlisted=\"false\" denies everyone, which is safe but unusable. The IP"
                                + " and Domain Restrictions module must be installed in IIS.")
                        .build(),
                "system.webServer/security/ipSecurity",
                "allowUnlisted",
                false,
                true,
                "every IP address may reach the portal (unless applicationHost.config restricts it)",
                "Set <ipSecurity allowUnlisted=\"false\"> with <add ipAddress=\"...\" allowed=\"true\"/> entries"
                        + " in <system.webServer><security>.");
    }
}
