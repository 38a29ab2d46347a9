package dev.hardening.bizagi.rules.aspnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forms authentication rules together: when they apply, and one finding for one mistake. */
class FormsAuthenticationRulesTest {

    private static final List<String> FORMS_RULES =
            List.of("ASPNET-FORMS-SSL", "ASPNET-FORMS-COOKIELESS", "ASPNET-FORMS-PROTECTION");

    @Test
    void refusedModeIsReportedOnceByFormsSsl() {
        Portal portal = new Portal().webConfig("web.config", """
                <configuration>
                  <system.web>
                    <authentication mode="Federated">
                      <forms protection="None" cookieless="UseUri" />
                    </authentication>
                  </system.web>
                </configuration>
                """);

        List<Finding> findings = formsFindings(portal);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("ASPNET-FORMS-SSL", findings.get(0).ruleId());
        assertEquals(3, findings.get(0).location().line());
        assertEquals(
                "system.web/authentication/@mode is \"Federated\", which ASP.NET does not accept (it takes Forms, None,"
                        + " Passport, Windows, spelled exactly) and refuses to run.",
                findings.get(0).message());
    }

    @Test
    void formsSettingsAreJudgedOnlyInFormsMode() {
        String forms = """
                <configuration>
                  <system.web>
                    <authentication%s>
                      <forms requireSSL="false" protection="None" cookieless="UseUri" />
                    </authentication>
                  </system.web>
                </configuration>
                """;

        for (String mode : List.of("", " mode=\"Windows\"", " mode=\"Passport\"", " mode=\"None\"")) {
            assertEquals(List.of(), formsFindings(new Portal().webConfig("web.config", forms.formatted(mode))), mode);
        }
        assertEquals(
                FORMS_RULES,
                formsFindings(new Portal().webConfig("web.config", forms.formatted(" mode=\"Forms\""))).stream()
                        .map(Finding::ruleId)
                        .toList());
    }

    @Test
    void gapInheritedBySubFoldersIsReportedOnceAtTheRoot() {
        Portal portal = new Portal().webConfig("web.config", """
                        <configuration>
                          <system.web>
                            <authentication mode="Forms">
                              <forms requireSSL="true" protection="Validation" />
                            </authentication>
                          </system.web>
                        </configuration>
                        """).webConfig("WebServices/web.config", """
                        <configuration>
                          <system.web>
                            <authorization>
                              <deny users="?" />
                            </authorization>
                          </system.web>
                        </configuration>
                        """);

        List<Finding> findings = formsFindings(portal);

        assertEquals(
                List.of("portal/web.config:4 ASPNET-FORMS-COOKIELESS", "portal/web.config:4 ASPNET-FORMS-PROTECTION"),
                findings.stream()
                        .map(finding -> finding.location() + " " + finding.ruleId())
                        .toList());
        assertEquals(
                "system.web/authentication/forms/@cookieless is not set, so the default UseDeviceProfile applies:"
                        + " ASP.NET puts the forms authentication ticket in the URL for browsers its device profiles"
                        + " list as lacking cookies, where logs, Referer headers and shared links expose it.",
                findings.get(0).message());
        assertEquals(
                "Set <forms protection=\"All\"/> in <system.web><authentication mode=\"Forms\">, or remove the"
                        + " protection attribute.",
                findings.get(1).fix());
    }

    private static List<Finding> formsFindings(Portal portal) {
        return RuleCatalog.standard().judge(portal.deployment(), Policy.GUIDE).stream()
                .filter(finding -> FORMS_RULES.contains(finding.ruleId()))
                .sorted((a, b) -> FORMS_RULES.indexOf(a.ruleId()) - FORMS_RULES.indexOf(b.ruleId()))
                .toList();
    }
}
