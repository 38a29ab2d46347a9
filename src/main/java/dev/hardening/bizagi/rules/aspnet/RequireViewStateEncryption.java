package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Set;

/**
 * Requires {@code system.web/pages/@viewStateEncryptionMode="Always"}, so that ViewState is encrypted
 * on every page. Absent, ASP.NET uses {@code Auto}, which encrypts only pages that ask for it. The value
 * is read exactly, as .NET reads enumerations: {@code always} is refused.
 *
 * <p>Sources: Bizagi hardening guide, mandatory part 2; CWE-311.
 */
public final class RequireViewStateEncryption extends WebConfigRule {

    private static final String FIX = "Set <pages viewStateEncryptionMode=\"Always\"/> in <system.web>.";

    public RequireViewStateEncryption() {
        super(RuleDescription.rule("ASPNET-VIEWSTATE-ENCRYPTION", "ViewState is always encrypted")
                .bizagi(GuideLevel.INTERMEDIATE, "Mandatory hardening part 2: ViewState always encrypted")
                .cwe(311)
                .seeAlso("Security Code Scan SCS0023", "Puma Scan SEC0013")
                .why("ViewState travels to the browser and back in a hidden field. Unencrypted, it shows anyone"
                        + " who looks at the page the values the server kept in it, which may include data the"
                        + " user was not meant to see.")
                .fix("""
                        Set `viewStateEncryptionMode` on `<pages>`, spelled exactly:

                        <system.web>
                          <pages viewStateEncryptionMode="Always" />
                        </system.web>
                        """)
                .whenAbsent("ASP.NET uses Auto, which encrypts only the pages that ask for it.")
                .limitation("Bizagi's guide asks for ViewState to be always encrypted without naming the"
                        + " attribute; viewStateEncryptionMode is the setting that does it.")
                .limitation("The value is read exactly, as .NET reads enumerations: always is refused, not taken"
                        + " for Always.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        requireEnumeration(
                config,
                "system.web/pages",
                "viewStateEncryptionMode",
                Set.of("Auto", "Always", "Never"),
                "Auto",
                "Always",
                "Always"::equals,
                mode -> "ViewState is sent unencrypted on pages that do not ask for encryption",
                FIX,
                findings);
    }
}
