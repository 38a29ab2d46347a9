package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.RuleDescription;

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
                        .bizagi(GuideLevel.INTERMEDIATE, "Mandatory hardening part 2: httpCookies requireSSL")
                        .cis("3.7")
                        .cwe(614)
                        .seeAlso("Security Code Scan SCS0008", "Puma Scan SEC0014", "DevSkim DS450001")
                        .why("A cookie without the Secure flag is also sent over plain HTTP, for instance to a"
                                + " link or redirect that drops to http://, where anyone on the network path can"
                                + " capture the session cookie and replay it.")
                        .fix(RequireHttpOnlyCookies.HTTP_COOKIES_FIX)
                        .whenAbsent("ASP.NET uses false: cookies are sent over HTTP too.")
                        .limitation("The forms authentication cookie takes its flag from `<forms requireSSL>`,"
                                + " which ASPNET-FORMS-SSL judges, not from this attribute.")
                        .build(),
                "system.web/httpCookies",
                "requireSSL",
                true,
                false,
                "browsers also send the session and authentication cookies over plain HTTP",
                "Set <httpCookies httpOnlyCookies=\"true\" requireSSL=\"true\"/> in <system.web>.");
    }
}
