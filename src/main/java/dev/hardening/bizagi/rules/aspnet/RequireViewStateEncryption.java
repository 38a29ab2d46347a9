package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Severity;
import java.util.Optional;
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
        super("ASPNET-VIEWSTATE-ENCRYPTION", "ViewState is always encrypted", Severity.ERROR);
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        Optional<String> mode = readEnumeration(
                config,
                "system.web/pages",
                "viewStateEncryptionMode",
                Set.of("Auto", "Always", "Never"),
                "Auto",
                "Always",
                FIX,
                findings);
        if (mode.isEmpty() || mode.get().equals("Always")) {
            return;
        }
        String consequence = ": ViewState is sent unencrypted on pages that do not ask for encryption.";
        Optional<Setting> stated = config.attribute("system.web/pages", "viewStateEncryptionMode");
        if (stated.isPresent()) {
            findings.add(
                    stated.get().location(),
                    "system.web/pages/@viewStateEncryptionMode is " + mode.get() + consequence,
                    FIX);
            return;
        }
        findings.add(
                config.anchor("system.web/pages"),
                "system.web/pages/@viewStateEncryptionMode is not set, so the default Auto applies" + consequence,
                FIX);
    }
}
