package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Forbids {@code system.web/authentication/forms/@enableCrossAppRedirects="true"} where the
 * authentication mode is {@code Forms}. The description holds the sources and limitations.
 */
public final class ForbidFormsCrossAppRedirects extends FormsAuthenticationRule {

    private static final String FIX = "Set <forms enableCrossAppRedirects=\"false\"/> in <system.web><authentication"
            + " mode=\"Forms\">, or remove the enableCrossAppRedirects attribute.";

    public ForbidFormsCrossAppRedirects() {
        super(
                RuleDescription.rule(
                                "ASPNET-FORMS-CROSS-APP-REDIRECTS",
                                "After sign-in, forms authentication redirects only within the application")
                        .cwe(601, 598)
                        .seeAlso(
                                "Puma Scan SEC0005 (Forms Authentication CrossAppRedirects Enabled)",
                                "\"forms Element for authentication (ASP.NET Settings Schema)\", learn.microsoft.com",
                                ".NET Framework reference source, FormsAuthenticationConfiguration (default false)")
                        .why("With cross-application redirects on, the sign-in page follows a ReturnUrl to any"
                                + " host and may hand the forms authentication ticket over in the query string, so a"
                                + " crafted link sends freshly signed-in users, and their ticket, to a site the"
                                + " attacker chooses.")
                        .fix("<system.web>\n  <authentication mode=\"Forms\">\n"
                                + "    <forms enableCrossAppRedirects=\"false\" />\n  </authentication>\n</system.web>")
                        .whenAbsent("false: ASP.NET redirects only within the application, which passes.")
                        .limitation("Judged only where the effective authentication mode is Forms; under the other"
                                + " modes ASP.NET issues no forms ticket.")
                        .limitation("Code that calls FormsAuthentication.RedirectFromLoginPage with its own URL is not"
                                + " seen.")
                        .build(),
                false);
    }

    @Override
    void checkForms(EffectiveWebConfig config, Findings findings) {
        requireBoolean(
                config,
                FORMS,
                "enableCrossAppRedirects",
                false,
                false,
                "the sign-in page redirects to other hosts and may pass them the forms authentication ticket in the"
                        + " URL",
                FIX,
                findings);
    }
}
