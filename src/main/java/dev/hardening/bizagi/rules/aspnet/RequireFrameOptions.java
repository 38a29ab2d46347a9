package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Arrays;
import java.util.Locale;

/**
 * Requires the {@code X-Frame-Options} header with {@code DENY} or {@code SAMEORIGIN}, from
 * {@code customHeaders} or a URL Rewrite outbound rule, or a Content-Security-Policy
 * {@code frame-ancestors} directive. See the description for sources and limitations.
 */
public final class RequireFrameOptions extends ResponseHeaderRule {

    public RequireFrameOptions() {
        super(
                RuleDescription.rule("IIS-FRAME-OPTIONS", "Other sites cannot frame the portal (X-Frame-Options)")
                        .cwe(1021)
                        .seeAlso(
                                "RFC 7034, HTTP Header Field X-Frame-Options (https://www.rfc-editor.org/rfc/rfc7034)",
                                "OWASP Clickjacking Defense Cheat Sheet",
                                "Contrast Security ASP.NET scan rules (https://docs.contrastsecurity.com/en/aspnet-scan-rules.html)")
                        .why("""
                                A page that another site may show in a frame can be overlaid with a decoy, so \
                                that a logged-on user clicks portal buttons (approve, reassign, delete) without \
                                seeing them: clickjacking.""")
                        .fix("""
                                Add <add name="X-Frame-Options" value="SAMEORIGIN" /> to \
                                <system.webServer><httpProtocol><customHeaders> (SAMEORIGIN keeps the portal's \
                                own frames working; DENY where none is used), or write it with a URL Rewrite \
                                outbound rule on RESPONSE_X_Frame_Options. A Content-Security-Policy header \
                                with frame-ancestors 'self' does the same for current browsers.""")
                        .whenAbsent("No X-Frame-Options header is sent; any site may frame the portal.")
                        .limitation("""
                                A Content-Security-Policy header with a frame-ancestors directive, which modern \
                                browsers obey in place of X-Frame-Options, passes whatever its sources, except a \
                                lone *: the rule does not judge which sites the directive lets in.""")
                        .limitation("ALLOW-FROM, which current browsers ignore, is reported, unless a"
                                + " Content-Security-Policy frame-ancestors directive is also sent.")
                        .build(),
                "X-Frame-Options",
                "DENY or SAMEORIGIN",
                "SAMEORIGIN",
                false,
                "other sites may frame the portal and trick users into clicking in it",
                "Add <add name=\"X-Frame-Options\" value=\"SAMEORIGIN\"/> to"
                        + " <system.webServer><httpProtocol><customHeaders>.");
    }

    /** A Content-Security-Policy frame-ancestors directive with any sources but a lone {@code *}. */
    @Override
    boolean protectedOtherwise(EffectiveWebConfig config) {
        return headerValue(config, "Content-Security-Policy")
                .map(policy -> Arrays.stream(policy.split(";"))
                        .map(directive -> directive.strip().toLowerCase(Locale.ROOT))
                        .anyMatch(directive -> directive.startsWith("frame-ancestors ")
                                && !directive
                                        .substring("frame-ancestors ".length())
                                        .strip()
                                        .equals("*")))
                .orElse(false);
    }

    @Override
    boolean accepts(String value) {
        String option = value.strip().toUpperCase(Locale.ROOT);
        return option.equals("DENY") || option.equals("SAMEORIGIN");
    }
}
