package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.CollectionItem;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;
import java.util.List;
import java.util.Optional;

/**
 * Requires the Work Portal's {@code PROTOCOL} appSetting to be {@code HTTPS}, so that Bizagi builds
 * its links and redirects over TLS. Keys are read as .NET reads {@code appSettings}: case does not
 * matter, the last {@code add} wins, {@code remove} and {@code clear} count, and folders inherit the
 * settings of the folders above them.
 *
 * <p>Source: Bizagi hardening guide, mandatory part 1 ("PROTOCOL" key).
 *
 * <p>Limitations: the value is compared without regard to case or surrounding spaces.
 */
public final class RequireHttpsProtocol extends WebConfigRule {

    static final String FIX = "Add <add key=\"PROTOCOL\" value=\"HTTPS\"/> to <appSettings>.";

    public RequireHttpsProtocol() {
        super(RuleDescription.rule("BIZAGI-PROTOCOL-HTTPS", "The Work Portal's PROTOCOL appSetting is HTTPS")
                .severity(Severity.ERROR)
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        EffectiveWebConfig.CollectionReplay settings = config.replay("appSettings", "add", "key", List.of());
        Optional<CollectionItem> protocol = settings.get("PROTOCOL");
        if (protocol.isEmpty()) {
            Optional<SourceLocation> dropped = settings.droppedAt("PROTOCOL");
            findings.add(
                    dropped.orElseGet(() -> config.anchor("appSettings")),
                    dropped.isPresent()
                            ? "appSettings loses its PROTOCOL key here (remove or clear), so Bizagi serves its links"
                                    + " over plain HTTP."
                            : "appSettings has no PROTOCOL key, so Bizagi serves its links over plain HTTP.",
                    FIX);
            return;
        }
        String value = protocol.get().attribute("value").orElse("");
        if (findings.addUnresolvedToken(protocol.get().locationOf("value"), "appSettings PROTOCOL", value, "HTTPS")) {
            return;
        }
        if (!value.strip().equalsIgnoreCase("HTTPS")) {
            findings.add(
                    protocol.get().locationOf("value"),
                    "appSettings PROTOCOL is \"" + value + "\", not HTTPS, so Bizagi serves its links over plain HTTP.",
                    "Set <add key=\"PROTOCOL\" value=\"HTTPS\"/> in <appSettings>.");
        }
    }
}
