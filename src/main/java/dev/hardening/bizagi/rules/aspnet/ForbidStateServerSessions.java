package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Optional;
import java.util.Set;

/**
 * Warns of {@code system.web/sessionState/@mode="StateServer"}, and reports a mode ASP.NET refuses.
 * The description holds the sources and limitations.
 */
public final class ForbidStateServerSessions extends WebConfigRule {

    static final String SECTION = "system.web/sessionState";

    /** The {@code SessionStateMode} values, spelled as .NET accepts them. */
    private static final Set<String> MODES = Set.of("Off", "InProc", "StateServer", "SQLServer", "Custom");

    private static final String FIX = "Set <sessionState mode=\"InProc\"/> in <system.web>, or mode=\"SQLServer\""
            + " for a Bizagi cluster; if the cluster must use StateServer, keep the state service on a network"
            + " only the portal servers reach, protected by IPsec, and turn this rule off by its id.";

    public ForbidStateServerSessions() {
        super(RuleDescription.rule(
                        "ASPNET-SESSION-STATE-SERVER", "Session data is not kept by the unauthenticated state service")
                .cwe(319, 306)
                .seeAlso(
                        "Puma Scan SEC0021 (Session State Server Mode)",
                        "Bizagi, \"Configure an external session state\" (automation_external_session.htm)",
                        "\"sessionState Element (ASP.NET Settings Schema)\", learn.microsoft.com")
                .why("In StateServer mode every request sends the user's session data to the ASP.NET state"
                        + " service over an unencrypted connection, and the service asks no caller to"
                        + " authenticate: anyone on the path can read or change sessions. Bizagi documents"
                        + " StateServer and SQLServer for clusters, so a warning asks for a justification rather"
                        + " than failing the build.")
                .fix("<system.web>\n  <sessionState mode=\"InProc\" />\n</system.web>\n"
                        + "or, for a Bizagi cluster, mode=\"SQLServer\" with sqlConnectionString; where StateServer"
                        + " stays, isolate the state service's network and disable this rule by its id with the"
                        + " reason.")
                .whenAbsent("InProc, which passes.")
                .limitation("Whether the state service is reachable only from a protected network is outside the"
                        + " package, so StateServer is reported whatever the network.")
                .limitation("SQLServer and Custom modes pass; how their store is secured is not judged.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        requireEnumeration(
                config,
                SECTION,
                "mode",
                MODES,
                "InProc",
                "InProc, SQLServer, Custom or Off",
                mode -> !mode.equals("StateServer"),
                mode -> "session data travels to the ASP.NET state service unencrypted, and the service"
                        + " authenticates no caller",
                FIX,
                findings);
    }

    /**
     * The session state mode in force, recording in {@code findings} a mode ASP.NET refuses or a token;
     * empty in that case.
     */
    static Optional<String> mode(EffectiveWebConfig config, Findings findings) {
        return readEnumeration(config, SECTION, "mode", MODES, "InProc", "InProc", FIX, findings);
    }
}
