package dev.hardening.bizagi.rules.jee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Fixture;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the JEE rules say about the values their fixtures hold; the fixtures pin where they say it. */
class JeeRuleMessagesTest {

    @Test
    void anEmptyProtocolIsCalledEmpty() {
        assertEquals(
                List.of("PROTOCOL is empty, so Bizagi builds its links over plain HTTP."),
                messages("JEE-PROTOCOL-HTTPS", "fail-empty-value"));
    }

    @Test
    void aProtocolIsShownWithoutItsQuotes() {
        assertEquals(
                List.of("PROTOCOL is \"HTTP\", not HTTPS, so Bizagi builds its links over plain HTTP."),
                messages("JEE-PROTOCOL-HTTPS", "fail-http-quoted"));
    }

    @Test
    void aCommentAfterTheProtocolIsPointedOut() {
        assertEquals(
                List.of("PROTOCOL is '\"HTTPS\" # TLS on the load balancer', not HTTPS (a properties file has no"
                        + " end-of-line comments: everything after the separator is the value), so Bizagi builds"
                        + " its links over plain HTTP."),
                messages("JEE-PROTOCOL-HTTPS", "fail-end-of-line-comment"));
    }

    @Test
    void aFalseHttpOnlyFlagLetsScriptsReadTheCookie() {
        assertEquals(
                List.of("cookie-config/http-only is \"false\", not true, so scripts in the page can read the session"
                        + " cookie."),
                messages("JEE-COOKIE-HTTPONLY", "fail-false"));
    }

    @Test
    void aMissingHttpOnlyFlagLeavesItToTheContainer() {
        assertEquals(
                List.of("web.xml does not set cookie-config/http-only, so whether scripts can read the session cookie"
                        + " is left to the container."),
                messages("JEE-COOKIE-HTTPONLY", "fail-absent-cookie-config"));
    }

    @Test
    void aDescriptorOlderThanServlet3IsSaidToBeUnableToSetTheFlag() {
        assertEquals(
                List.of("web.xml does not set cookie-config/secure, so browsers may send the session cookie over plain"
                        + " HTTP (this Servlet 2.3 or older descriptor cannot set it)."),
                messages("JEE-COOKIE-SECURE", "fail-servlet23-dtd"));
    }

    @Test
    void aSchemaDescriptorWithoutVersionIsNotTakenForServlet23() {
        assertEquals(
                List.of("web.xml does not set cookie-config/secure, so browsers may send the session cookie over plain"
                        + " HTTP."),
                messages("JEE-COOKIE-SECURE", "fail-absent-no-version-attribute"));
    }

    @Test
    void anEmptyFlagIsCalledEmpty() {
        assertEquals(
                List.of("cookie-config/secure is empty, not true, so browsers may send the session cookie over plain"
                        + " HTTP."),
                messages("JEE-COOKIE-SECURE", "fail-empty"));
    }

    @Test
    void theSessionTimeoutFixAddsToTheOneSessionConfig() {
        assertEquals(
                List.of("Put <session-timeout>5</session-timeout> in the single <session-config> of web.xml's"
                        + " <web-app>, adding one only if there is none."),
                fixes("JEE-SESSION-TIMEOUT", "fail-absent-session-config-without-timeout"));
    }

    @Test
    void theCookieFlagFixAddsToTheOneCookieConfig() {
        assertEquals(
                List.of("Put <secure>true</secure> in the <cookie-config> of the single <session-config> of web.xml's"
                        + " <web-app>, adding either only if there is none (Servlet 3.0 or later)."),
                fixes("JEE-COOKIE-SECURE", "fail-absent-flag"));
        assertEquals(
                List.of("Put <http-only>true</http-only> in the <cookie-config> of the single <session-config> of"
                        + " web.xml's <web-app>, adding either only if there is none (Servlet 3.0 or later)."),
                fixes("JEE-COOKIE-HTTPONLY", "fail-false"));
    }

    @Test
    void theTrackingModeFixAddsToTheOneSessionConfig() {
        assertEquals(
                List.of("Put <tracking-mode>COOKIE</tracking-mode> in the single <session-config> of web.xml's"
                        + " <web-app>, adding one only if there is none (Servlet 3.0 or later), and no URL"
                        + " tracking-mode."),
                fixes("JEE-TRACKING-MODE-COOKIE", "fail-absent"));
    }

    private static List<String> messages(String ruleId, String fixture) {
        return findings(ruleId, fixture).stream().map(Finding::message).toList();
    }

    private static List<String> fixes(String ruleId, String fixture) {
        return findings(ruleId, fixture).stream().map(Finding::fix).toList();
    }

    private static List<Finding> findings(String ruleId, String fixture) {
        Fixture folder = new Fixture(Fixture.RULES.resolve(ruleId).resolve(fixture));
        return RuleCatalog.standard().judge(folder.deployment(), Policy.GUIDE).stream()
                .filter(finding -> finding.ruleId().equals(ruleId))
                .toList();
    }
}
