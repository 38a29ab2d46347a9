package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
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
                .cis("3.3")
                .cwe(12, 209)
                .seeAlso("Puma Scan SEC0002")
                .why("With custom errors off, every remote user sees ASP.NET's detailed error page: the exception,"
                        + " its stack trace and source lines, which map the application for an attacker.")
                .fix("""
                        Show detailed errors to local requests only (or to none) in `<system.web>`:

                        <system.web>
                          <customErrors mode="RemoteOnly" />
                        </system.web>
                        """)
                .whenAbsent("ASP.NET uses RemoteOnly.")
                .limitation("The value is read exactly, as .NET reads enumerations: off is refused, not taken for"
                        + " Off.")
                .limitation("IIS's own detailed errors (system.webServer/httpErrors/@errorMode) are another setting.")
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
