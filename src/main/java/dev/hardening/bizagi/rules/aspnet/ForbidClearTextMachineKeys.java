package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;
import java.util.Optional;

/**
 * Forbids machine keys written in clear in {@code system.web/machineKey}: {@code validationKey} and
 * {@code decryptionKey} must be generated ({@code AutoGenerate...}) or the section encrypted. The
 * description holds the sources and limitations.
 */
public final class ForbidClearTextMachineKeys extends WebConfigRule {

    private static final String SECTION = "system.web/machineKey";
    private static final String GENERATED = "AutoGenerate";

    private static final String FIX = "Remove validationKey and decryptionKey from <machineKey> so that ASP.NET"
            + " generates them, or, where servers must share the keys, encrypt the section with"
            + " aspnet_regiis -pef \"system.web/machineKey\" <site folder>.";

    public ForbidClearTextMachineKeys() {
        super(RuleDescription.rule("ASPNET-MACHINEKEY-KEYS", "Machine keys are generated or encrypted, never in clear")
                .cwe(312, 321)
                .seeAlso(
                        "Puma Scan SEC0016 (Cleartext Machine Key)",
                        "\"machineKey Element (ASP.NET Settings Schema)\", learn.microsoft.com",
                        "\"Encrypting Configuration Information Using Protected Configuration\","
                                + " learn.microsoft.com")
                .why("validationKey and decryptionKey sign and encrypt ViewState, forms authentication and role"
                        + " tickets. Whoever reads keys written in clear in web.config, from a backup, the package"
                        + " or source control, can forge a signed-in user's ticket for any account and craft"
                        + " ViewState that the server deserializes, which has led to remote code execution.")
                .fix("<system.web>\n  <machineKey validationKey=\"AutoGenerate,IsolateApps\""
                        + " decryptionKey=\"AutoGenerate,IsolateApps\" />\n</system.web>\n"
                        + "or, for a Bizagi cluster whose servers share one key, keep the key and encrypt the"
                        + " section: aspnet_regiis -pef \"system.web/machineKey\" C:\\path\\to\\WebApplication")
                .whenAbsent("AutoGenerate,IsolateApps for both keys: ASP.NET generates and keeps them outside the"
                        + " file, which passes. An encrypted section shows no key attributes and passes too.")
                .limitation("Keys in machine.config or the root web.config are outside the package.")
                .limitation("A key injected at deploy time by a token is reported through the token: once"
                        + " replaced, it stands in the file in clear.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        for (String attribute : List.of("validationKey", "decryptionKey")) {
            Optional<Setting> key = config.attribute(SECTION, attribute);
            if (key.isEmpty()) {
                continue;
            }
            String name = SECTION + "/@" + attribute;
            if (findings.addUnresolvedToken(
                            key.get().location(), name, key.get().value(), "generated")
                    || key.get().value().startsWith(GENERATED)) {
                continue;
            }
            findings.add(
                    key.get().location(),
                    name + " holds a key written in clear in the file: whoever reads web.config can forge"
                            + " authentication tickets and ViewState.",
                    FIX);
        }
    }
}
