package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;

/**
 * Requires {@code system.web/httpCookies/@httpOnlyCookies} to be true, so that no script in the page
 * can read the cookies ASP.NET issues. Absent, ASP.NET uses false.
 *
 * <p>Sources: Bizagi hardening guide, mandatory part 2; CIS IIS 10 3.7; CWE-1004.
 */
public final class RequireHttpOnlyCookies extends BooleanAttributeRule {

    public RequireHttpOnlyCookies() {
        super(
                RuleDescription.rule("ASPNET-COOKIES-HTTPONLY", "Cookies are marked HttpOnly")
                        .severity(Severity.ERROR)
                        .build(),
                "system.web/httpCookies",
                "httpOnlyCookies",
                true,
                false,
                "scripts in the page can read the session and authentication cookies",
                "Set <httpCookies httpOnlyCookies=\"true\" requireSSL=\"true\"/> in <system.web>.");
    }
}
