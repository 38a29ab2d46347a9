package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires {@code system.web/authentication/forms/@requireSSL="true"} where the authentication mode is
 * {@code Forms}, so that browsers send the forms authentication ticket over TLS only. Absent, ASP.NET
 * uses false; {@code httpCookies/@requireSSL} does not cover the forms cookie, which takes its flag from
 * this attribute. This rule also reports an authentication mode ASP.NET refuses.
 *
 * <p>Sources: CIS IIS 10 2.3; Puma Scan SEC0003; DevSkim DS450001; .NET Framework reference source,
 * {@code FormsAuthenticationConfiguration} (default false); CWE-614.
 */
public final class RequireSslFormsCookie extends FormsAuthenticationRule {

    public RequireSslFormsCookie() {
        super(
                RuleDescription.rule("ASPNET-FORMS-SSL", "The forms authentication ticket is sent over HTTPS only")
                        .cis("2.3")
                        .cwe(614)
                        .seeAlso("Puma Scan SEC0003", "DevSkim DS450001")
                        .why("The forms authentication ticket is the user's logon. Without requireSSL browsers"
                                + " send it over plain HTTP too, where it can be captured and replayed until it"
                                + " expires. httpCookies/@requireSSL does not cover it: the forms cookie takes its"
                                + " flag from this attribute. This rule also reports an authentication mode"
                                + " ASP.NET refuses.")
                        .fix("""
                                Set `requireSSL` on `<forms>`:

                                <system.web>
                                  <authentication mode="Forms">
                                    <forms requireSSL="true" />
                                  </authentication>
                                </system.web>
                                """)
                        .whenAbsent("ASP.NET uses false. The authentication mode is Windows when no file sets it,"
                                + " and then the rule has nothing to judge.")
                        .limitation(JUDGED_AS_WRITTEN)
                        .build(),
                true);
    }

    @Override
    void checkForms(EffectiveWebConfig config, Findings findings) {
        requireBoolean(
                config,
                FORMS,
                "requireSSL",
                true,
                false,
                "browsers also send the forms authentication ticket over plain HTTP, where it can be captured and"
                        + " replayed",
                "Set <forms requireSSL=\"true\"/> in <system.web><authentication mode=\"Forms\">.",
                findings);
    }
}
