package dev.hardening.bizagi.rules.jee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Fixture;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the web.xml catalog rules, the weblogic.xml and jboss-all.xml rules and the rules on the undertow
 * subsystem of standalone.xml and domain.xml say; the fixtures pin where they say it.
 */
class ServerDescriptorMessagesTest {

    @Test
    void aConstraintWithoutGuaranteeIsSaidToMeanNone() {
        assertEquals(
                List.of("The security-constraint on /* sets no transport-guarantee (so NONE), not CONFIDENTIAL, so the"
                        + " container serves the application over plain HTTP too."),
                messages("JEE-TRANSPORT-CONFIDENTIAL", "fail-no-user-data-constraint"));
    }

    @Test
    void aMisspelledTrackingModeStopsTheDeployment() {
        assertEquals(
                List.of("tracking-mode is \"cookie\", which is none of COOKIE, URL, SSL (spelled exactly), so the"
                        + " container refuses to deploy the application."),
                messages("JEE-TRACKING-MODE-COOKIE", "fail-lower-case"));
    }

    @Test
    void listingsNameTheServletClassAndParameter() {
        assertEquals(
                List.of("The default servlet io.undertow.servlet.handlers.DefaultServlet has directory-listing true, so"
                        + " it lists the files of every folder without a welcome file."),
                messages("JEE-DEFAULT-SERVLET-LISTINGS", "fail-undertow-directory-listing"));
    }

    @Test
    void aMissingSecureFlagNamesWebLogicsDefault() {
        assertEquals(
                List.of("weblogic.xml does not set session-descriptor/cookie-secure, so WebLogic's default false"
                        + " applies: browsers may send the session cookie over plain HTTP."),
                messages("WEBLOGIC-COOKIE-SECURE", "fail-absent-web-xml-silent"));
    }

    @Test
    void aNonBooleanFlagIsRefused() {
        assertEquals(
                List.of("session-descriptor/cookie-secure is \"yes\", which is not an XML boolean (true, false, 1, 0),"
                        + " so WebLogic refuses the descriptor."),
                messages("WEBLOGIC-COOKIE-SECURE", "fail-not-a-boolean"));
    }

    @Test
    void aLongTimeoutIsComparedInSecondsAndMinutes() {
        assertEquals(
                List.of("timeout-secs is 3600 seconds; the policy allows 300 (5 minutes)."),
                messages("WEBLOGIC-SESSION-TIMEOUT", "fail-3600-seconds"));
    }

    @Test
    void aTimeoutThatNeverExpiresIsSaidSo() {
        assertEquals(
                List.of("timeout-secs is -1, so sessions never expire; the policy allows 300 seconds."),
                messages("WEBLOGIC-SESSION-TIMEOUT", "fail-never-expires"));
    }

    @Test
    void aSharedSessionConfigWithoutCookieFlagsOverridesTheWarsWebXml() {
        assertEquals(
                List.of("the shared session-config sets no cookie-config, so the server's servlet-container"
                        + " session-cookie decides secure for every war of the deployment, and no server configuration"
                        + " read here turns it on (Undertow's default is false): browsers may send the session cookie"
                        + " over plain HTTP."),
                messages("JBOSS-COOKIE-SECURE", "fail-no-cookie-config-web-xml-true"));
    }

    @Test
    void aCookieConfigWithoutTheFlagLeavesItFalseWhateverTheServerSays() {
        assertEquals(
                List.of("the shared session-config's cookie-config leaves out secure, so it is false for every war of"
                        + " the deployment, whatever their web.xml says: browsers may send the session cookie over"
                        + " plain HTTP."),
                messages("JBOSS-COOKIE-SECURE", "fail-absent"));
    }

    @Test
    void aSharedFlagOfOneIsNotTrue() {
        assertEquals(
                List.of("cookie-config/http-only is \"1\", not true, so scripts in the page can read the session"
                        + " cookie."),
                messages("JBOSS-COOKIE-HTTPONLY", "fail-one"));
    }

    @Test
    void aSharedSessionConfigWithoutTimeoutFallsToTheServerDefault() {
        assertEquals(
                List.of("the shared session-config sets no session-timeout, so the server's default (30 minutes"
                        + " unless standalone.xml changes it) applies to every war of the deployment, whatever"
                        + " their web.xml says; the policy allows 5."),
                messages("JBOSS-SESSION-TIMEOUT", "fail-absent-web-xml-five"));
    }

    @Test
    void aSharedTimeoutIsJudgedInMinutes() {
        assertEquals(
                List.of("session-timeout is 30 minutes; the policy allows 5."),
                messages("JBOSS-SESSION-TIMEOUT", "fail-thirty"));
    }

    @Test
    void aSharedTokenIsLeftToTheServersProperties() {
        List<Finding> findings = findings("JBOSS-SESSION-TIMEOUT", "fail-token");
        assertEquals(
                List.of("session-timeout is the unresolved token \"${session.timeout}\", so the value it takes at"
                        + " deploy time cannot be shown to be from 1 to 5 minutes."),
                findings.stream().map(Finding::message).toList());
        assertEquals(JBossSharedSessionRule.TOKEN_FIX, findings.get(0).fix());
    }

    @Test
    void aServletContainerWithoutSessionCookieLeavesUndertowsDefault() {
        assertEquals(
                List.of("servlet-container \"default\" has no session-cookie, so Undertow's default secure false"
                        + " applies to every war that does not set it in its web.xml: browsers may send the session"
                        + " cookie over plain HTTP. Fix: Set <session-cookie secure=\"true\"/> in"
                        + " <servlet-container name=\"default\"> of the undertow subsystem."),
                findings("UNDERTOW-COOKIE-SECURE", "fail-no-session-cookie").stream()
                        .map(finding -> finding.message() + " Fix: " + finding.fix())
                        .toList());
    }

    @Test
    void aDomainProfileIsNamedInTheMessageFixAndPath() {
        List<Finding> findings = findings("UNDERTOW-COOKIE-HTTPONLY", "fail-domain-two-profiles");
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);

        assertEquals(
                "session-cookie/@http-only of servlet-container \"default\" of profile \"full-ha\" is \"FALSE\", not"
                        + " true, so scripts in the page can read the session cookie.",
                finding.message());
        assertEquals(
                "Set <session-cookie http-only=\"true\"/> in <servlet-container name=\"default\"> of the undertow"
                        + " subsystem of profile \"full-ha\".",
                finding.fix());
        assertEquals(
                "/domain/profiles/profile[@name='full-ha']/subsystem[2]/servlet-container[@name='default']/session-cookie",
                finding.location().xpath());
    }

    @Test
    void anUndertowTimeoutIsJudgedAsWebXmlsWithItsContainerNamed() {
        String rule = "UNDERTOW-SESSION-TIMEOUT";
        List<String> messages = Stream.of("fail-absent", "fail-zero", "fail-token")
                .flatMap(fixture -> messages(rule, fixture).stream())
                .toList();
        assertEquals(
                List.of(
                        "servlet-container \"default\" sets no default-session-timeout, so Undertow's default of 30"
                                + " minutes applies to every war whose web.xml sets no session-timeout; the policy"
                                + " allows 5.",
                        "default-session-timeout of servlet-container \"default\" is 0, so sessions never expire;"
                                + " the policy allows 5 minutes.",
                        "default-session-timeout of servlet-container \"default\" is the unresolved token"
                                + " \"${jboss.session.timeout:5}\", so the value it takes at deploy time cannot be"
                                + " shown to be from 1 to 5 minutes."),
                messages);
        assertEquals(
                List.of(UndertowServletContainerRule.TOKEN_FIX),
                findings(rule, "fail-token").stream().map(Finding::fix).toList());
    }

    private static List<String> messages(String ruleId, String fixture) {
        return findings(ruleId, fixture).stream().map(Finding::message).toList();
    }

    private static List<Finding> findings(String ruleId, String fixture) {
        Fixture folder = new Fixture(Fixture.RULES.resolve(ruleId).resolve(fixture));
        return RuleCatalog.standard().judge(folder.deployment(), Policy.GUIDE).stream()
                .filter(finding -> finding.ruleId().equals(ruleId))
                .toList();
    }
}
