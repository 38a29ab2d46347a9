package dev.hardening.bizagi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each family of rules says about a value that is still a placeholder: the token, what the value
 * had to be, and how to resolve it, once, instead of the rule's usual message. The fixtures pin where.
 */
class UnresolvedTokenMessagesTest {

    private static final String REPLACE = "Replace the token at build time (Maven resource filtering, a Web Deploy"
            + " parameter, a release variable) or write the value itself.";
    private static final String FILTER = "Filter the descriptor when the war is built (maven-war-plugin's"
            + " <filteringDeploymentDescriptors>true</filteringDeploymentDescriptors>) or write the value itself.";

    @Test
    void aBooleanAttributeNamesItsToken() {
        assertEquals(
                List.of("system.web/httpCookies/@requireSSL is the unresolved token \"#{RequireSsl}\", so the value it"
                        + " takes at deploy time cannot be shown to be true. Fix: " + REPLACE),
                reported("ASPNET-COOKIES-SSL", "fail-token"));
    }

    @Test
    void aBooleanThatMustBeFalseSaysSo() {
        assertEquals(
                List.of("system.web/compilation/@debug is the unresolved token \"#{CompilationDebug}#\", so the value"
                        + " it takes at deploy time cannot be shown to be false. Fix: " + REPLACE),
                reported("ASPNET-DEBUG-OFF", "fail-token"));
    }

    @Test
    void anEnumerationNamesTheValueItNeeds() {
        assertEquals(
                List.of("system.web/pages/@viewStateEncryptionMode is the unresolved token"
                        + " \"$(ViewStateEncryptionMode)\", so the value it takes at deploy time cannot be shown to be"
                        + " Always. Fix: " + REPLACE),
                reported("ASPNET-VIEWSTATE-ENCRYPTION", "fail-token"));
        assertEquals(
                List.of("system.web/customErrors/@mode is the unresolved token \"__CustomErrorsMode__\", so the value"
                        + " it takes at deploy time cannot be shown to be RemoteOnly or On. Fix: " + REPLACE),
                reported("ASPNET-CUSTOM-ERRORS", "fail-token"));
    }

    @Test
    void aTokenInsideALongerValueIsShownWithTheValue() {
        assertEquals(
                List.of("appSettings PROTOCOL is \"HTTP$(TlsSuffix)\", which holds the unresolved token"
                        + " \"$(TlsSuffix)\", so the value it takes at deploy time cannot be shown to be HTTPS. Fix: "
                        + REPLACE),
                reported("BIZAGI-PROTOCOL-HTTPS", "fail-token-inside-value"));
    }

    @Test
    void aSessionTimeFromEitherPlaceNamesItsToken() {
        assertEquals(
                List.of("system.web/sessionState/@timeout is the unresolved token \"${session.timeout}\", so the value"
                        + " it takes at deploy time cannot be shown to be within the policy's session time. Fix: "
                        + REPLACE),
                reported("ASPNET-SESSION-TIME", "fail-token"));
        assertEquals(
                List.of("session.timeMinutes is the unresolved token \"__SessionMinutes__\", so the value it takes at"
                        + " deploy time cannot be shown to be within the policy's session time. Fix: " + REPLACE),
                reported("ASPNET-SESSION-TIME", "fail-token-bizagi"));
    }

    @Test
    void headerSettingsNameTheirTokens() {
        assertEquals(
                List.of("system.webServer/security/requestFiltering/@removeServerHeader is the unresolved token"
                        + " \"#{RemoveServerHeader}\", so the value it takes at deploy time cannot be shown to be"
                        + " true. Fix: " + REPLACE),
                reported("IIS-SERVER-HEADER", "fail-token"));
        assertEquals(
                List.of("system.webServer/httpProtocol/customHeaders/remove/@name is the unresolved token"
                        + " \"#{DisclosingHeader}\", so the value it takes at deploy time cannot be shown to be"
                        + " X-Powered-By. Fix: " + REPLACE),
                reported("IIS-POWERED-BY-HEADER", "fail-token-remove"));
        assertEquals(
                List.of("system.webServer/httpProtocol/customHeaders/add/@name is the unresolved token"
                        + " \"${extra.header.name}\", so the value it takes at deploy time cannot be shown to be other"
                        + " than X-Powered-By. Fix: " + REPLACE),
                reported("IIS-POWERED-BY-HEADER", "fail-token-add-after-clear"));
    }

    @Test
    void aTokenisedRewriteRuleDoesNotBlankTheHeader() {
        assertEquals(
                List.of("Responses carry the Server header: removeServerHeader is not set. Fix: Set <requestFiltering"
                        + " removeServerHeader=\"true\"> in <system.webServer><security> (IIS 10 and later). Or blank it"
                        + " with a URL Rewrite outbound rule: <rule name=\"Blank Server\"><match"
                        + " serverVariable=\"RESPONSE_SERVER\" pattern=\".*\"/><action type=\"Rewrite\" value=\"\"/>"
                        + "</rule> in <system.webServer><rewrite><outboundRules>."),
                reported("IIS-SERVER-HEADER", "fail-token-in-rewrite-rule"));
    }

    @Test
    void webXmlTokensPointAtTheWarFilter() {
        assertEquals(
                List.of("session-config/session-timeout is the unresolved token \"${session.timeout}\", so the value"
                        + " it takes at deploy time cannot be shown to be from 1 to 5 minutes. Fix: " + FILTER),
                reported("JEE-SESSION-TIMEOUT", "fail-token"));
        assertEquals(
                List.of("cookie-config/secure is the unresolved token \"${cookie.secure}\", so the value it takes at"
                        + " deploy time cannot be shown to be true. Fix: " + FILTER),
                reported("JEE-COOKIE-SECURE", "fail-token"));
    }

    @Test
    void aQuotedProtocolTokenIsShownWithoutItsQuotes() {
        assertEquals(
                List.of("PROTOCOL is the unresolved token \"${protocol}\", so the value it takes at deploy time cannot"
                        + " be shown to be HTTPS. Fix: " + REPLACE),
                reported("JEE-PROTOCOL-HTTPS", "fail-token"));
        assertEquals(
                List.of("PROTOCOL is the unresolved token \"#{Protocol}\", so the value it takes at deploy time cannot"
                        + " be shown to be HTTPS. Fix: " + REPLACE),
                reported("JEE-PROTOCOL-HTTPS", "fail-token-quoted"));
    }

    @Test
    void authenticationSettingsNameTheirTokens() {
        assertEquals(
                List.of("account.lockout.enabled is the unresolved token \"${lockout.enabled}\", so the value it takes"
                        + " at deploy time cannot be shown to be true. Fix: " + REPLACE),
                reported("AUTH-LOCKOUT", "fail-token"));
        assertEquals(
                List.of("login.maxFailedAttempts is the unresolved token \"#{MaxFailedAttempts}\", so the value it"
                        + " takes at deploy time cannot be shown to be at most 3 attempts. Fix: " + REPLACE),
                reported("AUTH-MAX-FAILED-LOGINS", "fail-token"));
        assertEquals(
                List.of("authentication.type is the unresolved token \"$(AuthenticationType)\", so the value it takes"
                        + " at deploy time cannot be shown to be one of bizagi, federated, ldap, oauth, saml,"
                        + " windows. Fix: " + REPLACE),
                reported("AUTH-TYPE", "fail-token"));
        assertEquals(
                List.of("password.blockTimeMinutes is the unresolved token \"__PasswordBlockMinutes__\", so the value"
                        + " it takes at deploy time cannot be shown to be no shorter than"
                        + " login.failedAttemptsResetMinutes. Fix: " + REPLACE),
                reported("AUTH-LOCKOUT-DURATION", "fail-token"));
    }

    /** The messages and fixes {@code ruleId} reports on its fixture {@code folder}. */
    private static List<String> reported(String ruleId, String folder) {
        Fixture fixture = new Fixture(Fixture.RULES.resolve(ruleId).resolve(folder));
        return RuleCatalog.standard().judge(fixture.deployment(), Policy.GUIDE).stream()
                .filter(finding -> finding.ruleId().equals(ruleId))
                .map(finding -> finding.message() + " Fix: " + finding.fix())
                .toList();
    }
}
