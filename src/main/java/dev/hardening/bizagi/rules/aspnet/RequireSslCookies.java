package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;

/**
 * Requires {@code system.web/httpCookies/@requireSSL} to be true, so that browsers send the cookies
 * ASP.NET issues over TLS only. Absent, ASP.NET uses false.
 *
 * <p>Sources: Bizagi hardening guide, mandatory part 2; CIS IIS 10 3.7; CWE-614.
 */
public final class RequireSslCookies extends BooleanAttributeRule {

    public RequireSslCookies() {
        super(
                RuleDescription.rule("ASPNET-COOKIES-SSL", "Cookies are sent over HTTPS only")
                        .severity(Severity.ERROR)
                        .build(),
                "system.web/httpCookies",
                "requireSSL",
                true,
                false,
                "browsers also send the session and authentication cookies over plain HTTP",
                "Set <httpCookies httpOnlyCookies=\"true\" requireSSL=\"true\"/> in <system.web>.");
    }
}
