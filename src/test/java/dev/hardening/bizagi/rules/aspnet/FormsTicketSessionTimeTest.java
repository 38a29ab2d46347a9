package dev.hardening.bizagi.rules.aspnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ASPNET-SESSION-TIME where the authentication mode is Forms: the forms ticket's time-out joins the
 * session state's and Bizagi's, and the message names the one that decides.
 */
class FormsTicketSessionTimeTest {

    private static final String FIX = "Set <sessionState timeout=\"5\"/> or <forms timeout=\"5\"/> in <system.web>, or"
            + " session.timeMinutes=5 in authentication.properties.";

    @Test
    void defaultTicketTimeOutDecidesOverAnInfiniteSession() {
        Portal portal = new Portal().authentication("session.timeMinutes=60\n").webConfig("web.config", """
                <configuration>
                  <system.web>
                    <sessionState timeout="Infinite" />
                    <authentication mode="Forms">
                      <forms loginUrl="~/Login.aspx" />
                    </authentication>
                  </system.web>
                </configuration>
                """);

        List<Finding> findings = new LimitSessionTime().check(portal.deployment(), Policy.GUIDE);

        assertEquals(
                List.of("Sessions last 30 minutes, as system.web/authentication/forms/@timeout decides: it is not set,"
                        + " so ASP.NET's default applies, and neither system.web/sessionState/@timeout nor"
                        + " session.timeMinutes is shorter; the policy allows 5."),
                messages(findings));
        assertEquals(
                new SourceLocation("portal/web.config", 5, "/configuration/system.web/authentication/forms"),
                findings.get(0).location());
        assertEquals(FIX, findings.get(0).fix());
    }

    @Test
    void sessionStateDecidesWhenShorterThanTheTicket() {
        Portal portal =
                new Portal().authentication("authentication.type=bizagi\n").webConfig("web.config", """
                <configuration>
                  <system.web>
                    <sessionState timeout="15" />
                    <authentication mode="Forms">
                      <forms timeout="15" />
                    </authentication>
                  </system.web>
                </configuration>
                """);

        List<Finding> findings = new LimitSessionTime().check(portal.deployment(), Policy.GUIDE);

        assertEquals(
                List.of("Sessions last 15 minutes, as system.web/sessionState/@timeout decides: it is 15, and"
                        + " system.web/authentication/forms/@timeout is not shorter; the policy allows 5."),
                messages(findings));
        assertEquals(3, findings.get(0).location().line());
    }

    @Test
    void shorterBizagiTimeNamesNeitherFoldersTimeOut() {
        Portal portal = new Portal()
                .authentication("authentication.type=bizagi\nsession.timeMinutes=10\n")
                .webConfig("web.config", """
                        <configuration>
                          <system.web>
                            <authentication mode="Forms">
                              <forms timeout="20" />
                            </authentication>
                          </system.web>
                        </configuration>
                        """)
                .webConfig("WebServices/web.config", """
                        <configuration>
                          <system.web>
                            <sessionState timeout="45" />
                          </system.web>
                        </configuration>
                        """);

        List<Finding> findings = new LimitSessionTime().check(portal.deployment(), Policy.GUIDE);

        assertEquals(
                List.of("Sessions last 10 minutes, as session.timeMinutes decides: system.web/sessionState/@timeout and"
                        + " system.web/authentication/forms/@timeout are longer; the policy allows 5."),
                messages(findings));
        assertEquals(
                new SourceLocation("authentication.properties", 2, ""),
                findings.get(0).location());
    }

    @Test
    void ticketTimeOutCountsAsADeclaredSessionTime() {
        Portal portal =
                new Portal().authentication("authentication.type=bizagi\n").webConfig("web.config", """
                <configuration>
                  <system.web>
                    <authentication mode="Forms">
                      <forms timeout="5" />
                    </authentication>
                  </system.web>
                </configuration>
                """);

        assertEquals(List.of(), new LimitSessionTime().check(portal.deployment(), Policy.GUIDE));
    }

    @Test
    void ticketTimeOutOutsideFormsModeEndsNothing() {
        Portal portal =
                new Portal().authentication("authentication.type=bizagi\n").webConfig("web.config", """
                <configuration>
                  <system.web>
                    <authentication mode="None">
                      <forms timeout="5" />
                    </authentication>
                  </system.web>
                </configuration>
                """);

        List<Finding> findings = new LimitSessionTime().check(portal.deployment(), Policy.GUIDE);

        assertEquals(
                List.of("No session time is declared: neither system.web/sessionState/@timeout nor session.timeMinutes,"
                        + " so sessions last ASP.NET's default 20 minutes; the policy allows 5."),
                messages(findings));
        assertEquals(
                "Set <sessionState timeout=\"5\"/> in <system.web>, or session.timeMinutes=5 in"
                        + " authentication.properties.",
                findings.get(0).fix());
    }

    @Test
    void unreadableTicketTimeOutStopsTheApplication() {
        Portal portal = new Portal().webConfig("web.config", """
                <configuration>
                  <system.web>
                    <authentication mode="Forms">
                      <forms timeout="0" />
                    </authentication>
                  </system.web>
                </configuration>
                """);

        List<Finding> findings = new LimitSessionTime().check(portal.deployment(), Policy.GUIDE);

        assertEquals(
                List.of("system.web/authentication/forms/@timeout is \"0\", which is not a whole number of minutes of 1"
                        + " or more, so ASP.NET refuses to start the application."),
                messages(findings));
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().map(Finding::message).toList();
    }
}
