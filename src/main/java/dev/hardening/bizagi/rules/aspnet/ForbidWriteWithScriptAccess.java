package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;

/**
 * Forbids {@code system.webServer/handlers/@accessPolicy} granting {@code Write} together with
 * {@code Script} or {@code Execute}. Absent, IIS uses {@code Read, Script} from applicationHost.config.
 * See the description for sources and limitations.
 */
public final class ForbidWriteWithScriptAccess extends WebConfigRule {

    private static final String SECTION = "system.webServer/handlers";
    private static final List<String> FLAGS = List.of(
            "None",
            "Read",
            "Write",
            "Execute",
            "Source",
            "Script",
            "NoRemoteWrite",
            "NoRemoteRead",
            "NoRemoteExecute",
            "NoRemoteScript");
    private static final String FIX = "Set <handlers accessPolicy=\"Read, Script\"> in <system.webServer>: no Write"
            + " together with Script or Execute.";

    public ForbidWriteWithScriptAccess() {
        super(RuleDescription.rule("IIS-HANDLER-ACCESS", "Handlers never get Write together with Script or Execute")
                .cis("4.8")
                .cwe(434, 732)
                .seeAlso("IIS configuration reference, <handlers> accessPolicy"
                        + " (https://learn.microsoft.com/iis/configuration/system.webserver/handlers/)")
                .why("""
                        A handler access policy with Write and Script (or Execute) lets a client write a file \
                        into the site and then have IIS run it: an upload becomes code running on the server.""")
                .fix("""
                        Set <handlers accessPolicy="Read, Script"> in <system.webServer> (add Execute only \
                        where a handler needs it, never together with Write).""")
                .whenAbsent("applicationHost.config grants Read, Script.")
                .limitation("""
                        applicationHost.config can set the policy for the site; that file is not in the \
                        package.""")
                .limitation("Flag names are read in any case, as the IIS configuration system reads them.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        IisValues.flags(
                        config,
                        SECTION,
                        "accessPolicy",
                        FLAGS,
                        List.of("Read", "Script"),
                        "without Write together with Script or Execute",
                        FIX,
                        findings)
                .filter(flags -> flags.contains("Write") && (flags.contains("Script") || flags.contains("Execute")))
                .ifPresent(flags -> IisValues.report(
                        config,
                        SECTION,
                        "accessPolicy",
                        "\"" + String.join(", ", flags) + "\"",
                        "clients may write files into the site that IIS then runs",
                        FIX,
                        findings));
    }
}
