package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.ConfigLayer;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Forbids user accounts in {@code system.web/authentication/forms/credentials}: every {@code <user>}
 * that applies at a path is a finding at its line. The description holds the sources and limitations.
 */
public final class ForbidStoredFormsCredentials extends WebConfigRule {

    private static final String USERS = "system.web/authentication/forms/credentials/user";

    private static final String FIX = "Remove the <user> elements from <credentials> and keep the accounts in a"
            + " membership or identity store, such as Bizagi's own authentication.";

    public ForbidStoredFormsCredentials() {
        super(RuleDescription.rule("ASPNET-FORMS-CREDENTIALS", "No user account or password is stored in web.config")
                .cis("2.8")
                .cwe(260, 256)
                .seeAlso(
                        "\"credentials Element for forms for authentication (ASP.NET Settings Schema)\","
                                + " learn.microsoft.com",
                        ".NET Framework reference source, FormsAuthenticationUserCollection (users add up from every"
                                + " level; none can be removed)")
                .why("A <user> under <credentials> holds an account name and its password, or an unsalted"
                        + " hash of it, in a file that backups, packages, build servers and source control all"
                        + " copy; whoever reads it can sign in, or crack the hash offline, and the account lies"
                        + " outside any lockout or password policy.")
                .fix("<system.web>\n  <authentication mode=\"Forms\">\n    <forms loginUrl=\"...\">\n"
                        + "      <!-- no <credentials> element: accounts live in a user store -->\n"
                        + "    </forms>\n  </authentication>\n</system.web>")
                .whenAbsent("No account is stored, which passes.")
                .limitation("Judged whatever the authentication mode, as FormsAuthentication.Authenticate reads the"
                        + " accounts under any mode and the password sits in the file either way.")
                .limitation("Accounts in a membership store or database are outside the package and not judged.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        for (ConfigLayer layer : config.layers()) {
            for (LocatedElement user : layer.elements(USERS)) {
                findings.add(
                        layer.locate(user),
                        "system.web/authentication/forms/credentials holds the account \""
                                + user.findAttribute("name").orElse("")
                                + "\" and its password in the file, where anyone who reads web.config can take"
                                + " them.",
                        FIX);
            }
        }
    }
}
