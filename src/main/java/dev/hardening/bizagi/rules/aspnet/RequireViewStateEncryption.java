package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;
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
                .severity(Severity.ERROR)
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
