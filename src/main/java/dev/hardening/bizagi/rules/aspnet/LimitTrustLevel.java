package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Optional;

/**
 * Asks for a partial trust level: {@code system.web/trust/@level} other than {@code Full}. The
 * description holds the sources and limitations.
 */
public final class LimitTrustLevel extends WebConfigRule {

    private static final String SECTION = "system.web/trust";
    private static final String NAME = SECTION + "/@level";
    private static final String FULL = "Full";

    private static final String FIX = "Set <trust level=\"Medium\"/> in <system.web> if the portal runs under it;"
            + " if it needs full trust, turn this rule off by its id with the reason.";

    private static final String CONSEQUENCE =
            "the application's code runs with every permission of the application pool's identity";

    public LimitTrustLevel() {
        super(RuleDescription.rule("ASPNET-TRUST-LEVEL", "The application runs with less than full trust")
                .cis("3.10")
                .cwe(250)
                .seeAlso(
                        "\"trust Element (ASP.NET Settings Schema)\", learn.microsoft.com",
                        ".NET Framework reference source, HttpRuntime.SetTrustLevel (\"Full\" exactly; other names"
                                + " are looked up in securityPolicy)")
                .why("Under full trust any code the application loads, including a flaw an attacker reaches,"
                        + " can do whatever the application pool's identity may do: read any file, call native"
                        + " code, open network connections. A partial trust level such as Medium narrows that."
                        + " Microsoft no longer treats partial trust as a security boundary and some"
                        + " applications need full trust, so this is a warning.")
                .fix("<system.web>\n  <trust level=\"Medium\" />\n</system.web>")
                .whenAbsent("Full, which is reported.")
                .limitation("Whether the Bizagi Work Portal runs under partial trust is not documented by Bizagi;"
                        + " where it needs full trust, disable this rule by its id.")
                .limitation("The trust section is often locked in the root web.config (allowOverride=\"false\"),"
                        + " which is outside the package; a level the server refuses to take is not seen.")
                .limitation("Any level other than Full passes, High included, and custom levels named in"
                        + " securityPolicy are not judged.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        Optional<Setting> level = config.attribute(SECTION, "level");
        if (level.isEmpty()) {
            findings.add(
                    config.anchor(SECTION),
                    NAME + " is not set, so the default " + FULL + " applies: " + CONSEQUENCE + ".",
                    FIX);
            return;
        }
        String value = level.get().value();
        if (findings.addUnresolvedToken(level.get().location(), NAME, value, "less than Full")) {
            return;
        }
        if (value.isEmpty()) {
            findings.add(
                    level.get().location(),
                    NAME + " is empty, which ASP.NET refuses to run with; it takes Full, High, Medium, Low,"
                            + " Minimal or a level named in securityPolicy.",
                    FIX);
        } else if (value.equalsIgnoreCase(FULL)) {
            findings.add(level.get().location(), NAME + " is " + value + ": " + CONSEQUENCE + ".", FIX);
        }
    }
}
