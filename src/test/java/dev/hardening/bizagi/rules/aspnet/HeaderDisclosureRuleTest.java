package dev.hardening.bizagi.rules.aspnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messages of the header rules, for the cases the fixtures only place. */
class HeaderDisclosureRuleTest {

    private static final String BLANKING_PARENT = """
            <configuration>
              <system.webServer>
                <rewrite>
                  <outboundRules>
                    <rule name="Blank Server">
                      <match serverVariable="RESPONSE_Server" pattern=".+" />
                      <action type="Rewrite" value="" />
                    </rule>
                  </outboundRules>
                </rewrite>
              </system.webServer>
            </configuration>
            """;

    @Test
    void subFolderThatDropsTheBlankingRuleIsReportedThere() {
        Portal portal = new Portal().webConfig("web.config", BLANKING_PARENT).webConfig("WebServices/web.config", """
                        <configuration>
                          <system.webServer>
                            <rewrite>
                              <outboundRules>
                                <remove name="blank server" />
                              </outboundRules>
                            </rewrite>
                          </system.webServer>
                        </configuration>
                        """);

        List<Finding> findings = new HideServerHeader().check(portal.deployment(), Policy.GUIDE);

        assertEquals(
                List.of(new Finding(
                        "IIS-SERVER-HEADER",
                        Severity.WARNING,
                        new SourceLocation(
                                "portal/WebServices/web.config",
                                4,
                                "/configuration/system.webServer/rewrite/outboundRules"),
                        "Responses carry the Server header: this file removes or replaces the URL Rewrite outbound"
                                + " rule \"Blank Server\" of portal/web.config, which blanks it, and"
                                + " removeServerHeader is not set.",
                        "Keep the URL Rewrite outbound rule \"Blank Server\" of portal/web.config (drop the <remove>,"
                                + " <clear> or <rule> here that cancels it), or: Set <requestFiltering"
                                + " removeServerHeader=\"true\"> in <system.webServer><security> (IIS 10 and later).")),
                findings);
    }

    @Test
    void variableWithUnderscoresNamesTheDashedHeader() {
        Portal portal = new Portal().webConfig("web.config", """
                <configuration>
                  <system.web>
                    <httpRuntime targetFramework="4.8" />
                  </system.web>
                  <system.webServer>
                    <rewrite>
                      <outboundRules>
                        <rule name="Blank version">
                          <match serverVariable="response_x_aspnet_version" pattern=".*" />
                          <action type="Rewrite" />
                        </rule>
                      </outboundRules>
                    </rewrite>
                  </system.webServer>
                </configuration>
                """);

        assertEquals(List.of(), new HideAspNetVersionHeader().check(portal.deployment(), Policy.GUIDE));
    }

    @Test
    void ruleWithConditionsDoesNotCount() {
        Portal portal = new Portal().webConfig("web.config", """
                <configuration>
                  <system.webServer>
                    <httpProtocol>
                      <customHeaders />
                    </httpProtocol>
                    <rewrite>
                      <outboundRules>
                        <rule name="Blank X-Powered-By">
                          <match serverVariable="RESPONSE_X-Powered-By" pattern=".*" />
                          <conditions>
                            <add input="{REMOTE_ADDR}" pattern="^10\\." negate="true" />
                          </conditions>
                          <action type="Rewrite" value="" />
                        </rule>
                      </outboundRules>
                    </rewrite>
                  </system.webServer>
                </configuration>
                """);

        List<Finding> findings = new HidePoweredByHeader().check(portal.deployment(), Policy.GUIDE);

        assertEquals(1, findings.size());
        assertEquals(
                new SourceLocation(
                        "portal/web.config", 4, "/configuration/system.webServer/httpProtocol/customHeaders"),
                findings.get(0).location());
        assertEquals(
                "Responses carry the X-Powered-By header: IIS adds it by default and no file removes it.",
                findings.get(0).message());
    }

    @Test
    void headerAddedAgainAfterRemoveIsReportedAtTheAdd() {
        Portal portal = new Portal().webConfig("web.config", """
                <configuration>
                  <system.webServer>
                    <httpProtocol>
                      <customHeaders>
                        <remove name="X-Powered-By" />
                        <add name="X-Powered-By" value="ASP.NET" />
                      </customHeaders>
                    </httpProtocol>
                  </system.webServer>
                </configuration>
                """);

        List<Finding> findings = new HidePoweredByHeader().check(portal.deployment(), Policy.GUIDE);

        assertEquals(1, findings.size());
        assertEquals(6, findings.get(0).location().line());
        assertEquals(
                "Responses carry the X-Powered-By header: a file adds it.",
                findings.get(0).message());
        assertEquals(
                "Add <remove name=\"X-Powered-By\"/> to <system.webServer><httpProtocol><customHeaders> and drop"
                        + " the <add> for it. Or blank it with a URL Rewrite outbound rule: <rule name=\"Blank"
                        + " X-Powered-By\"><match serverVariable=\"RESPONSE_X-POWERED-BY\" pattern=\".*\"/><action"
                        + " type=\"Rewrite\" value=\"\"/></rule> in <system.webServer><rewrite><outboundRules>.",
                findings.get(0).fix());
    }
}
