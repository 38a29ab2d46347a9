package dev.hardening.bizagi.rules.aspnet;

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
 * <p>Limitations: the entries of the list are not judged; an empty list with
 * {@code allowUnlisted="false"} denies everyone, which is safe but unusable.
 */
public final class RequireIpAllowList extends BooleanAttributeRule {

    public RequireIpAllowList() {
        super(
                RuleDescription.rule("IIS-IP-ALLOWLIST", "Only listed IP addresses may reach the portal")
                        .severity(Severity.WARNING)
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
