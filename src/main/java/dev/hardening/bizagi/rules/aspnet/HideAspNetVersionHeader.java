package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.Optional;

/**
 * Requires the {@code X-AspNet-Version} header, which names the .NET runtime, to be withheld:
 * {@code system.web/httpRuntime/@enableVersionHeader="false"} (absent, ASP.NET sends it) or a URL
 * Rewrite outbound rule blanking {@code RESPONSE_X-ASPNET-VERSION}.
 *
 * <p>Sources: Bizagi hardening guide, recommended hardening (server variables); CWE-200.
 */
public final class HideAspNetVersionHeader extends HeaderDisclosureRule {

    private static final String SECTION = "system.web/httpRuntime";
    private static final String FIX = "Set <httpRuntime enableVersionHeader=\"false\"/> in <system.web>.";

    public HideAspNetVersionHeader() {
        super(
                RuleDescription.rule("ASPNET-VERSION-HEADER", "The X-AspNet-Version header is withheld")
                        .bizagi(
                                GuideLevel.ADVANCED,
                                "Recommended hardening: blank the RESPONSE_X-ASPNET-VERSION server variable with URL"
                                        + " Rewrite")
                        .cwe(200)
                        .seeAlso("Puma Scan SEC0009")
                        .why("The X-AspNet-Version header names the .NET runtime version, which tells an attacker"
                                + " which known flaws to try.")
                        .fix("""
                                Stop ASP.NET from sending the header:

                                <system.web>
                                  <httpRuntime enableVersionHeader="false" />
                                </system.web>

                                or blank it with URL Rewrite, as Bizagi's guide does it:

                                """ + blankingRuleXml("X-AspNet-Version"))
                        .whenAbsent("ASP.NET sends the header (enableVersionHeader is true).")
                        .limitation(OUTBOUND_RULE_LIMITS)
                        .limitation(ALLOWED_SERVER_VARIABLES)
                        .build(),
                "X-AspNet-Version");
    }

    @Override
    Optional<Disclosure> disclosure(EffectiveWebConfig config, Findings findings) {
        Optional<Setting> enabled = config.attribute(SECTION, "enableVersionHeader");
        if (enabled.isEmpty()) {
            return Optional.of(new Disclosure(
                    config.anchor(SECTION), "enableVersionHeader is not set, so the default true applies", FIX));
        }
        if (findings.addUnresolvedToken(
                enabled.get().location(),
                SECTION + "/@enableVersionHeader",
                enabled.get().value(),
                "false")) {
            return Optional.empty();
        }
        Optional<Boolean> value = Values.parseBoolean(enabled.get().value());
        if (value.isEmpty()) {
            findings.add(
                    enabled.get().location(),
                    notBoolean(SECTION + "/@enableVersionHeader", enabled.get().value()),
                    FIX);
            return Optional.empty();
        }
        return value.get()
                ? Optional.of(new Disclosure(enabled.get().location(), "enableVersionHeader is true", FIX))
                : Optional.empty();
    }
}
