package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.Optional;

/**
 * Requires the {@code Server} header, which names IIS and its version, to be withheld:
 * {@code system.webServer/security/requestFiltering/@removeServerHeader="true"} (IIS 10 and later) or
 * a URL Rewrite outbound rule blanking {@code RESPONSE_SERVER} (any IIS with URL Rewrite 2.0, as
 * Bizagi's guide does it). A {@code customHeaders} remove does not count: IIS adds this header after
 * custom headers are applied.
 *
 * <p>Sources: Bizagi hardening guide, recommended hardening (server variables); CIS IIS 10 3.12;
 * CWE-200.
 */
public final class HideServerHeader extends HeaderDisclosureRule {

    private static final String SECTION = "system.webServer/security/requestFiltering";
    private static final String FIX = "Set <requestFiltering removeServerHeader=\"true\"> in"
            + " <system.webServer><security> (IIS 10 and later).";

    public HideServerHeader() {
        super(
                RuleDescription.rule("IIS-SERVER-HEADER", "The Server header is withheld")
                        .bizagi(
                                GuideLevel.ADVANCED,
                                "Recommended hardening: blank the RESPONSE_SERVER server variable with URL Rewrite")
                        .cis("3.12")
                        .cwe(200)
                        .why("The Server header names IIS and its version, which tells an attacker which known"
                                + " flaws to try.")
                        .fix("""
                                On IIS 10 and later, remove the header in request filtering:

                                <system.webServer>
                                  <security>
                                    <requestFiltering removeServerHeader="true" />
                                  </security>
                                </system.webServer>

                                On any IIS with URL Rewrite 2.0, as Bizagi's guide does it, blank it instead:

                                """ + blankingRuleXml("Server"))
                        .whenAbsent("IIS sends the Server header.")
                        .limitation("A `<customHeaders>` `<remove name=\"Server\">` does not count: IIS adds this"
                                + " header after custom headers are applied.")
                        .limitation("IIS 8.5 and older reject removeServerHeader; there, only the URL Rewrite rule"
                                + " works.")
                        .limitation(OUTBOUND_RULE_LIMITS)
                        .limitation(ALLOWED_SERVER_VARIABLES)
                        .build(),
                "Server");
    }

    @Override
    Optional<Disclosure> disclosure(EffectiveWebConfig config, Findings findings) {
        Optional<Setting> remove = config.attribute(SECTION, "removeServerHeader");
        if (remove.isEmpty()) {
            return Optional.of(new Disclosure(config.anchor(SECTION), "removeServerHeader is not set", FIX));
        }
        if (findings.addUnresolvedToken(
                remove.get().location(),
                SECTION + "/@removeServerHeader",
                remove.get().value(),
                "true")) {
            return Optional.empty();
        }
        Optional<Boolean> value = Values.parseBoolean(remove.get().value());
        if (value.isEmpty()) {
            findings.add(
                    remove.get().location(),
                    notBoolean(SECTION + "/@removeServerHeader", remove.get().value()),
                    FIX);
            return Optional.empty();
        }
        return value.get()
                ? Optional.empty()
                : Optional.of(new Disclosure(remove.get().location(), "removeServerHeader is false", FIX));
    }
}
