package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.Optional;

/**
 * Requires {@code system.web/roleManager/@cookieRequireSSL="true"} where the role manager caches roles
 * in a cookie. The description holds the sources and limitations.
 */
public final class RequireSslRoleCookie extends WebConfigRule {

    private static final String SECTION = "system.web/roleManager";

    private static final String FIX =
            "Set <roleManager cookieRequireSSL=\"true\"/> in <system.web>, or" + " cacheRolesInCookie=\"false\".";

    public RequireSslRoleCookie() {
        super(RuleDescription.rule("ASPNET-ROLE-COOKIE-SSL", "The role manager's cookie is sent over HTTPS only")
                .cwe(614)
                .seeAlso(
                        "DevSkim DS450001",
                        "\"roleManager Element (ASP.NET Settings Schema)\", learn.microsoft.com",
                        ".NET Framework reference source, RoleManagerModule (sets the cookie's Secure flag from"
                                + " cookieRequireSSL, over httpCookies/@requireSSL)")
                .why("The roles cookie carries the user's roles, encrypted and signed with the machine key."
                        + " Without the Secure flag browsers also send it over plain HTTP, where it can be"
                        + " captured and replayed by anyone holding the user's session; httpCookies/@requireSSL"
                        + " does not cover it, as the role manager sets the flag itself.")
                .fix("<system.web>\n  <roleManager enabled=\"true\" cacheRolesInCookie=\"true\""
                        + " cookieRequireSSL=\"true\" />\n</system.web>")
                .whenAbsent("The role manager is off (enabled=\"false\") and caches no roles in a cookie"
                        + " (cacheRolesInCookie=\"false\"), so no cookie is issued, which passes; once both are"
                        + " true, cookieRequireSSL defaults to false, which fails.")
                .limitation(
                        "A role manager enabled in code or by a module, rather than by web.config, is not" + " seen.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        Optional<Setting> requireSsl = config.attribute(SECTION, "cookieRequireSSL");
        if (requireSsl.flatMap(ssl -> Values.parseBoolean(ssl.value())).orElse(false)) {
            return;
        }
        String wanted = "false, or cookieRequireSSL true";
        if (!readBoolean(config, SECTION, "enabled", false, wanted, FIX, findings)
                .orElse(false)) {
            return;
        }
        if (!readBoolean(config, SECTION, "cacheRolesInCookie", false, wanted, FIX, findings)
                .orElse(false)) {
            return;
        }
        requireBoolean(
                config,
                SECTION,
                "cookieRequireSSL",
                true,
                false,
                "browsers also send the roles cookie over plain HTTP, where it can be captured and replayed",
                FIX,
                findings);
    }
}
