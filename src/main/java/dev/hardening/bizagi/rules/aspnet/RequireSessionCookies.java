package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Set;

/**
 * Requires {@code system.web/sessionState/@cookieless} to keep the session id in a cookie
 * ({@code UseCookies}, or {@code false}, which ASP.NET reads as the same). The description holds the
 * sources and limitations.
 */
public final class RequireSessionCookies extends WebConfigRule {

    private static final String FIX =
            "Set <sessionState cookieless=\"UseCookies\"/> in <system.web>, or remove the" + " cookieless attribute.";

    public RequireSessionCookies() {
        super(RuleDescription.rule("ASPNET-SESSION-COOKIELESS", "The session id travels in a cookie, never in the URL")
                .cis("3.6")
                .cwe(598, 384)
                .seeAlso(
                        "DISA IIS 10.0 STIG, \"The IIS 10.0 web server must use cookies to track session state\"",
                        "\"sessionState Element (ASP.NET Settings Schema)\", learn.microsoft.com",
                        ".NET Framework reference source, SessionStateSection.ConvertToCookieMode (\"true\" is"
                                + " UseUri, \"false\" is UseCookies, else an HttpCookieMode name spelled exactly;"
                                + " default UseCookies)")
                .why("A session id in the URL is written to server and proxy logs, sent to other sites in the"
                        + " Referer header and shared with every copied link; whoever holds it takes over the"
                        + " session, and an attacker can fix a victim's session id by sending a link.")
                .fix("<system.web>\n  <sessionState cookieless=\"UseCookies\" />\n</system.web>")
                .whenAbsent("UseCookies, which passes.")
                .limitation("Not judged where sessionState/@mode is Off, since no session id is issued there.")
                .limitation("Session ids that code or a custom SessionIDManager places in the URL are not seen.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        if (ForbidStateServerSessions.mode(config, new Findings(this))
                .filter("Off"::equals)
                .isPresent()) {
            return;
        }
        requireEnumeration(
                config,
                ForbidStateServerSessions.SECTION,
                "cookieless",
                Set.of("true", "false", "UseUri", "UseCookies", "AutoDetect", "UseDeviceProfile"),
                "UseCookies",
                "UseCookies",
                mode -> mode.equals("UseCookies") || mode.equals("false"),
                mode -> "ASP.NET puts the session id in " + inUrl(mode)
                        + ", where logs, Referer headers and shared links expose it",
                FIX,
                findings);
    }

    /** When ASP.NET puts the session id in the URL under {@code mode}, a value other than UseCookies. */
    private static String inUrl(String mode) {
        return switch (mode) {
            case "AutoDetect" -> "the URL for any browser that does not return its test cookie";
            case "UseDeviceProfile" -> "the URL for browsers its device profiles list as lacking cookies";
            default -> "every URL";
        };
    }
}
