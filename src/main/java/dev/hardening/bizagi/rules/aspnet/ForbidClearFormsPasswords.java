package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Set;

/**
 * Forbids {@code system.web/authentication/forms/credentials/@passwordFormat="Clear"}. The description
 * holds the sources and limitations.
 */
public final class ForbidClearFormsPasswords extends WebConfigRule {

    private static final String FIX = "Remove the <credentials> element (see ASPNET-FORMS-CREDENTIALS), or set"
            + " <credentials passwordFormat=\"SHA512\"> in <system.web><authentication><forms> and write the"
            + " passwords as SHA-512 hashes.";

    public ForbidClearFormsPasswords() {
        super(RuleDescription.rule("ASPNET-FORMS-PASSWORD-CLEAR", "Stored forms passwords are not kept in clear text")
                .cis("2.7")
                .cwe(256)
                .seeAlso(
                        "\"credentials Element for forms for authentication (ASP.NET Settings Schema)\","
                                + " learn.microsoft.com",
                        ".NET Framework reference source, FormsAuthenticationCredentials and"
                                + " FormsAuthPasswordFormat (Clear, SHA1, MD5, SHA256, SHA384, SHA512; default"
                                + " SHA1)")
                .why("With passwordFormat=\"Clear\" every password under <credentials> is written as the user"
                        + " types it, so anyone who reads web.config, or a copy of it, holds working passwords.")
                .fix("<system.web>\n  <authentication mode=\"Forms\">\n    <forms>\n"
                        + "      <credentials passwordFormat=\"SHA512\">...</credentials>\n"
                        + "    </forms>\n  </authentication>\n</system.web>\n"
                        + "Better still, remove <credentials> and keep the accounts in a user store.")
                .whenAbsent(
                        "SHA1, which passes this rule; ASPNET-FORMS-CREDENTIALS still reports any stored" + " account.")
                .limitation("Judged whatever the authentication mode and whether or not <credentials> holds an"
                        + " account, as the CIS benchmark judges it.")
                .limitation("SHA1 and MD5 are unsalted hashes that pass this rule; ASPNET-FORMS-CREDENTIALS is the"
                        + " rule that asks for no stored passwords at all.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        requireEnumeration(
                config,
                "system.web/authentication/forms/credentials",
                "passwordFormat",
                Set.of("Clear", "SHA1", "MD5", "SHA256", "SHA384", "SHA512"),
                "SHA1",
                "a hash format such as SHA512",
                format -> !format.equals("Clear"),
                format -> "the passwords under <credentials> are stored as written, readable by anyone who reads"
                        + " web.config",
                FIX,
                findings);
    }
}
