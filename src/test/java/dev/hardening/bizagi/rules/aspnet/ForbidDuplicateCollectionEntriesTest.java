package dev.hardening.bizagi.rules.aspnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messages of IIS-DUPLICATE-ENTRY, which name the entry met and where it was added. */
class ForbidDuplicateCollectionEntriesTest {

    private static final String REFUSED =
            ", so IIS refuses to serve the path: HTTP 500.19 \"Cannot add duplicate collection entry\".";

    @Test
    void duplicateInAChildFileNamesTheParentsEntry() {
        Portal portal = new Portal().webConfig("web.config", """
                        <configuration>
                          <system.webServer>
                            <defaultDocument>
                              <files>
                                <add value="Default.aspx" />
                              </files>
                            </defaultDocument>
                          </system.webServer>
                        </configuration>
                        """).webConfig("WebServices/web.config", """
                        <configuration>
                          <system.webServer>
                            <defaultDocument>
                              <files>
                                <add value="default.aspx" />
                              </files>
                            </defaultDocument>
                          </system.webServer>
                        </configuration>
                        """);

        List<Finding> findings = new ForbidDuplicateCollectionEntries().check(portal.deployment(), Policy.GUIDE);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(
                new SourceLocation(
                        "portal/WebServices/web.config",
                        5,
                        "/configuration/system.webServer/defaultDocument/files/add"),
                findings.get(0).location());
        assertEquals(
                "system.webServer/defaultDocument/files already holds the entry this <add> names"
                        + " (value=\"Default.aspx\", added at portal/web.config:5)" + REFUSED,
                findings.get(0).message());
        assertEquals(
                "Drop this <add>, or put <remove value=\"default.aspx\"/> before it if it is meant to replace the one"
                        + " at portal/web.config:5.",
                findings.get(0).fix());
    }

    @Test
    void poweredByHeaderIsHeldByIisAlready() {
        Portal portal = new Portal().webConfig("web.config", """
                <configuration>
                  <system.webServer>
                    <httpProtocol>
                      <customHeaders>
                        <add name="X-Powered-By" value="Bizagi" />
                      </customHeaders>
                    </httpProtocol>
                  </system.webServer>
                </configuration>
                """);

        List<Finding> findings = new ForbidDuplicateCollectionEntries().check(portal.deployment(), Policy.GUIDE);

        assertEquals(
                List.of("system.webServer/httpProtocol/customHeaders already holds the entry this <add> names"
                        + " (name=\"X-Powered-By\", which IIS adds in applicationHost.config)" + REFUSED),
                messages(findings));
        assertEquals(
                "Put <remove name=\"X-Powered-By\"/> before this <add>, or drop it.",
                findings.get(0).fix());
    }

    @Test
    void duplicateInALocationBlockIsReportedOnceUnderItsPath() {
        Portal portal = new Portal().webConfig("web.config", """
                        <configuration>
                          <system.webServer>
                            <staticContent>
                              <mimeMap fileExtension=".json" mimeType="application/json" />
                            </staticContent>
                          </system.webServer>
                          <location path="WebServices">
                            <system.webServer>
                              <staticContent>
                                <mimeMap fileExtension=".JSON" mimeType="text/json" />
                              </staticContent>
                            </system.webServer>
                          </location>
                          <location path="WebServices/v1">
                            <system.web>
                              <authorization>
                                <deny users="?" />
                              </authorization>
                            </system.web>
                          </location>
                        </configuration>
                        """);

        List<Finding> findings = new ForbidDuplicateCollectionEntries().check(portal.deployment(), Policy.GUIDE);

        assertEquals(
                List.of("At <location path=\"WebServices\">: system.webServer/staticContent already holds the entry"
                        + " this <mimeMap> names (fileExtension=\".json\", added at portal/web.config:4)" + REFUSED),
                messages(findings));
        assertEquals(10, findings.get(0).location().line());
    }

    @Test
    void entryRemovedFirstIsNoDuplicate() {
        Portal portal = new Portal().webConfig("web.config", """
                <configuration>
                  <system.webServer>
                    <modules>
                      <add name="BizagiSession" type="A" />
                      <remove name="BizagiSession" />
                      <add name="BizagiSession" type="B" />
                    </modules>
                    <security>
                      <requestFiltering>
                        <verbs>
                          <add verb="TRACE" allowed="false" />
                          <clear />
                          <add verb="TRACE" allowed="false" />
                        </verbs>
                      </requestFiltering>
                    </security>
                  </system.webServer>
                </configuration>
                """);

        assertEquals(List.of(), new ForbidDuplicateCollectionEntries().check(portal.deployment(), Policy.GUIDE));
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(Finding::message).toList();
    }
}
