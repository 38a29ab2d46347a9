package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Set;

/**
 * Requires {@code system.web/authentication/forms/@protection} to stay {@code All} where the
 * authentication mode is {@code Forms}, so that the forms authentication ticket is both encrypted and
 * validated. Absent, ASP.NET uses {@code All}. The value is read exactly, as .NET reads enumerations:
 * {@code all} is refused.
 *
 * <p>Sources: CIS IIS 10 2.5; Puma Scan SEC0006; .NET Framework reference source,
 * {@code FormsAuthenticationConfiguration} and {@code FormsProtectionEnum} (default {@code All});
 * CWE-311, CWE-345.
 *
 * <p>Limitations: in the description below, rendered as {@code docs/rules/ASPNET-FORMS-PROTECTION.md}.
 */
public final class RequireFormsTicketProtection extends FormsAuthenticationRule {

    private static final String FIX = "Set <forms protection=\"All\"/> in <system.web><authentication"
            + " mode=\"Forms\">, or remove the protection attribute.";

    public RequireFormsTicketProtection() {
        super(
                RuleDescription.rule(
                                "ASPNET-FORMS-PROTECTION", "The forms authentication ticket is encrypted and validated")
                        .cis("2.5")
                        .cwe(311, 345)
                        .seeAlso("Puma Scan SEC0006")
                        .why("With protection other than All the forms authentication ticket is either readable"
                                + " (no encryption) or open to tampering (no validation), so a user can read or"
                                + " forge a ticket, for example to log on as someone else.")
                        .fix("""
                                Set `protection` on `<forms>` to All, or remove the attribute:

                                <system.web>
                                  <authentication mode="Forms">
                                    <forms protection="All" />
                                  </authentication>
                                </system.web>
                                """)
                        .whenAbsent("ASP.NET uses All: the ticket is encrypted and validated.")
                        .limitation("The value is judged as written, whatever machineKey/@compatibilityMode says.")
                        .limitation(JUDGED_AS_WRITTEN)
                        .build(),
                false);
    }

    @Override
    void checkForms(EffectiveWebConfig config, Findings findings) {
        requireEnumeration(
                config,
                FORMS,
                "protection",
                Set.of("All", "None", "Encryption", "Validation"),
                "All",
                "All",
                "All"::equals,
                RequireFormsTicketProtection::weakness,
                FIX,
                findings);
    }

    /** What {@code protection}, a value other than {@code All}, leaves undone. */
    private static String weakness(String protection) {
        return switch (protection) {
            case "None" ->
                "the forms authentication ticket is neither encrypted nor validated, so anyone can read it"
                        + " and forge one";
            case "Encryption" ->
                "the forms authentication ticket is encrypted but not validated, so it can be altered unnoticed";
            default ->
                "the forms authentication ticket is validated but not encrypted, so anyone holding it can read it";
        };
    }
}
