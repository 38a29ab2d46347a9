package dev.hardening.bizagi.rules.aspnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messages of ASPNET-SESSION-TIME, for the cases the fixtures only place. */
class LimitSessionTimeTest {

    private static final String FIX = "Set <sessionState timeout=\"5\"/> in <system.web>, or session.timeMinutes=5 in"
            + " authentication.properties.";

    @Test
    void infiniteTimeoutNeverEnds() {
        Portal portal =
                new Portal().authentication("authentication.type=bizagi\n").webConfig("web.config", """
                        <configuration>
                          <system.web>
                            <sessionState mode="SQLServer" timeout="Infinite" />
                          </system.web>
                        </configuration>
                        """);

        List<Finding> findings = new LimitSessionTime().check(portal.deployment(), Policy.GUIDE);

        assertEquals(
                List.of("Sessions never end (system.web/sessionState/@timeout is Infinite); the policy allows 5."),
                messages(findings));
        assertEquals(FIX, findings.get(0).fix());
    }

    @Test
    void shorterBizagiTimeIsReportedOnceForEveryFolder() {
        Portal portal = new Portal()
                .authentication("authentication.type=bizagi\nsession.timeMinutes=10\n")
                .webConfig("web.config", """
                        <configuration>
                          <system.web>
                            <sessionState timeout="20" />
                          </system.web>
                        </configuration>
                        """)
                .webConfig("WebServices/web.config", """
                        <configuration>
                          <system.web>
                            <sessionState timeout="30" />
                          </system.web>
                        </configuration>
                        """);

        List<Finding> findings = new LimitSessionTime().check(portal.deployment(), Policy.GUIDE);

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(
                new SourceLocation("authentication.properties", 2, ""),
                findings.get(0).location());
        assertEquals(
                "Sessions last 10 minutes (session.timeMinutes, shorter than system.web/sessionState/@timeout); the"
                        + " policy allows 5.",
                findings.get(0).message());
    }

    @Test
    void defaultTimeoutNamesTheLongerBizagiTime() {
        Portal portal = new Portal().authentication("session.timeMinutes=45\n").webConfig("web.config", """
                        <configuration>
                          <system.web>
                            <sessionState mode="InProc" />
                          </system.web>
                        </configuration>
                        """);

        List<Finding> findings = new LimitSessionTime().check(portal.deployment(), Policy.GUIDE);

        assertEquals(
                List.of("Sessions last 20 minutes (system.web/sessionState/@timeout is not set, so ASP.NET's default"
                        + " applies; session.timeMinutes is 45); the policy allows 5."),
                messages(findings));
        assertEquals(3, findings.get(0).location().line());
    }

    @Test
    void unreadableTimeoutStopsTheApplication() {
        Portal portal = new Portal().webConfig("web.config", """
                <configuration>
                  <system.web>
                    <sessionState timeout="0" />
                  </system.web>
                </configuration>
                """);

        List<Finding> findings = new LimitSessionTime().check(portal.deployment(), new Policy(10, 3, 30, 8));

        assertEquals(
                List.of("system.web/sessionState/@timeout is \"0\", which is not a whole number of minutes of 1 or"
                        + " more, so ASP.NET refuses to start the application."),
                messages(findings));
        assertEquals(
                "Set <sessionState timeout=\"10\"/> in <system.web>, or session.timeMinutes=10 in"
                        + " authentication.properties.",
                findings.get(0).fix());
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(Finding::message).toList();
    }
}
