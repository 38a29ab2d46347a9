package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires {@code system.web/httpCookies/@httpOnlyCookies} to be true, so that no script in the page
 * can read the cookies ASP.NET issues. Absent, ASP.NET uses false.
 *
 * <p>Sources: Bizagi hardening guide, mandatory part 2; CIS IIS 10 3.7; CWE-1004.
 */
public final class RequireHttpOnlyCookies extends BooleanAttributeRule {

    /** The fix of both httpCookies rules: Bizagi's guide sets the two flags together. */
    static final String HTTP_COOKIES_FIX = """
                                Set both flags on `<httpCookies>` in `<system.web>`:

                                <system.web>
                                  <httpCookies httpOnlyCookies="true" requireSSL="true" />
                                </system.web>
                                            """;

    public RequireHttpOnlyCookies() {
        super(
                RuleDescription.rule("ASPNET-COOKIES-HTTPONLY", "Cookies are marked HttpOnly")
                        .bizagi(GuideLevel.INTERMEDIATE, "Mandatory hardening part 2: httpCookies httpOnlyCookies")
                        .cis("3.7")
                        .cwe(1004)
                        .seeAlso("Security Code Scan SCS0009", "Puma Scan SEC0015", "DevSkim DS450001")
                        .why("A cookie without the HttpOnly flag can be read by any script running in the page, so"
                                + " one cross-site scripting flaw is enough to steal the session and"
                                + " authentication cookies and take over the user's session.")
                        .fix(HTTP_COOKIES_FIX)
                        .whenAbsent("ASP.NET uses false: cookies are readable by scripts.")
                        .limitation("Cookies that the application's code creates with its own flags are not seen.")
                        .build(),
                "system.web/httpCookies",
                "httpOnlyCookies",
                true,
                false,
                "scripts in the page can read the session and authentication cookies",
                "Set <httpCookies httpOnlyCookies=\"true\" requireSSL=\"true\"/> in <system.web>.");
    }
}
