package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.CollectionItem;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
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
 * <p>Limitations: in the description below, rendered as {@code docs/rules/BIZAGI-PROTOCOL-HTTPS.md}.
 */
public final class RequireHttpsProtocol extends WebConfigRule {

    static final String FIX = "Add <add key=\"PROTOCOL\" value=\"HTTPS\"/> to <appSettings>.";

    public RequireHttpsProtocol() {
        super(RuleDescription.rule("BIZAGI-PROTOCOL-HTTPS", "The Work Portal's PROTOCOL appSetting is HTTPS")
                .bizagi(
                        GuideLevel.BASIC,
                        "Mandatory hardening part 1: the PROTOCOL key of the Work Portal's web.config")
                .cwe(319)
                .why("Bizagi writes the links of its pages, notifications and e-mails with the scheme PROTOCOL"
                        + " names. With HTTP those links send users, their session cookies and what they type over"
                        + " plain HTTP, where anyone on the network path can read or change them. The guide asks"
                        + " for HTTPS together with a valid TLS certificate on the site.")
                .fix("""
                        Add the key to `<appSettings>` in the Work Portal's web.config (the project's WebApplication
                        folder):

                        <appSettings>
                          <add key="PROTOCOL" value="HTTPS" />
                        </appSettings>
                        """)
                .whenAbsent("Bizagi serves its links over plain HTTP. A missing key, or one a `<remove>` or"
                        + " `<clear>` takes out, is a finding.")
                .limitation("The value is compared without regard to case or surrounding spaces.")
                .limitation("Whether the site itself answers HTTPS (its binding and certificate) is set in IIS,"
                        + " not in the package, and is not verifiable from it.")
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
