package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;
import java.util.Set;

/**
 * Forbids {@code system.web/customErrors/@mode="Off"}, which shows remote users ASP.NET's detailed
 * error pages with stack traces. Absent, ASP.NET uses {@code RemoteOnly}. The value is read exactly,
 * as .NET reads enumerations: {@code off} is refused, not taken for {@code Off}.
 *
 * <p>Sources: CIS IIS 10 3.3; CWE-209.
 */
public final class ForbidCustomErrorsOff extends WebConfigRule {

    private static final String FIX = "Set <customErrors mode=\"RemoteOnly\"/> (or \"On\") in <system.web>.";

    public ForbidCustomErrorsOff() {
        super(RuleDescription.rule("ASPNET-CUSTOM-ERRORS", "Detailed ASP.NET errors are not shown to remote users")
                .severity(Severity.ERROR)
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        requireEnumeration(
                config,
                "system.web/customErrors",
                "mode",
                Set.of("On", "Off", "RemoteOnly"),
                "RemoteOnly",
                "RemoteOnly or On",
                mode -> !mode.equals("Off"),
                mode -> "remote users see detailed error pages with stack traces",
                FIX,
                findings);
    }
}
