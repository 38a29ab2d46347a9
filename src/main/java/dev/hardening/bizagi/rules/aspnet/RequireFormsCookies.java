package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Set;

/**
 * Requires {@code system.web/authentication/forms/@cookieless="UseCookies"} where the authentication
 * mode is {@code Forms}, so that the forms authentication ticket always travels in a cookie and never
 * in the URL. Absent, ASP.NET uses {@code UseDeviceProfile}, which puts the ticket in the URL for
 * browsers its device profiles list as lacking cookies. The value is read exactly, as .NET reads
 * enumerations: {@code usecookies} is refused.
 *
 * <p>Sources: CIS IIS 10 2.4; Puma Scan SEC0004; .NET Framework reference source,
 * {@code FormsAuthenticationConfiguration} and {@code HttpCookieMode} (default {@code UseDeviceProfile});
 * CWE-598.
 */
public final class RequireFormsCookies extends FormsAuthenticationRule {

    private static final String FIX =
            "Set <forms cookieless=\"UseCookies\"/> in <system.web><authentication mode=\"Forms\">.";

    private static final String EXPOSED = ", where logs, Referer headers and shared links expose it";

    public RequireFormsCookies() {
        super(
                RuleDescription.rule(
                                "ASPNET-FORMS-COOKIELESS",
                                "The forms authentication ticket travels in a cookie, never in the URL")
                        .cis("2.4")
                        .cwe(598)
                        .seeAlso("Puma Scan SEC0004")
                        .why("A ticket carried in the URL ends up in server and proxy logs, in the Referer header"
                                + " sent to other sites and in links users share, and whoever holds it is logged"
                                + " on as that user.")
                        .fix("""
                                Set `cookieless` on `<forms>`, spelled exactly:

                                <system.web>
                                  <authentication mode="Forms">
                                    <forms cookieless="UseCookies" />
                                  </authentication>
                                </system.web>
                                """)
                        .whenAbsent("ASP.NET uses UseDeviceProfile, which puts the ticket in the URL for browsers"
                                + " its device profiles list as lacking cookies.")
                        .limitation("The value is read exactly, as .NET reads enumerations: usecookies is refused,"
                                + " not taken for UseCookies.")
                        .limitation(JUDGED_AS_WRITTEN)
                        .build(),
                false);
    }

    @Override
    void checkForms(EffectiveWebConfig config, Findings findings) {
        requireEnumeration(
                config,
                FORMS,
                "cookieless",
                Set.of("UseUri", "UseCookies", "AutoDetect", "UseDeviceProfile"),
                "UseDeviceProfile",
                "UseCookies",
                "UseCookies"::equals,
                mode -> inUrl(mode) + EXPOSED,
                FIX,
                findings);
    }

    /** When ASP.NET puts the ticket in the URL under {@code mode}, a value other than {@code UseCookies}. */
    private static String inUrl(String mode) {
        String when = switch (mode) {
            case "UseUri" -> "every URL";
            case "AutoDetect" -> "the URL for any browser that does not return its test cookie";
            default -> "the URL for browsers its device profiles list as lacking cookies";
        };
        return "ASP.NET puts the forms authentication ticket in " + when;
    }
}
