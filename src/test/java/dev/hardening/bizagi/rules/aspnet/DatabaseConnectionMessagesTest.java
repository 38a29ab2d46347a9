package dev.hardening.bizagi.rules.aspnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Fixture;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the DSNDB and WebServices rules say; the fixtures pin where they say it. */
class DatabaseConnectionMessagesTest {

    @Test
    void aClearTextPasswordIsMaskedUnderTheKeyAsWritten() {
        assertEquals(
                List.of("DSNDB holds the database password in clear text (PWD=********), so whoever reads this file"
                        + " can log on to Bizagi's database."),
                messages("BIZAGI-DSNDB-PASSWORD", "fail-pwd-synonym"));
    }

    @Test
    void aPasswordThatLacksTheDotAfterCryptIsToldSo() {
        assertEquals(
                List.of("DSNDB's password starts with CRYPT but not with CRYPT. and its dot, the prefix of the values"
                        + " Bizagi's Password Encryption option writes, so it is taken as a clear-text password"
                        + " (Password=********)."),
                messages("BIZAGI-DSNDB-PASSWORD", "fail-crypt-without-dot"));
    }

    @Test
    void theFixNamesThePrefixWithItsDot() {
        assertEquals(
                List.of("Encrypt the password with Bizagi's Password Encryption option (Management Console or Studio,"
                        + " Security) and write the value it gives, which starts with CRYPT. (the five letters and a"
                        + " dot): <add key=\"DSNDB\" value=\"Persist Security Info=True;User ID=bizagi_portal;"
                        + "Password=CRYPT.xxxx;Data Source=...;Initial Catalog=...\"/>; or log on with the"
                        + " application pool's Windows account: Integrated Security=SSPI in place of User ID and"
                        + " Password."),
                findings("BIZAGI-DSNDB-PASSWORD", "fail-crypt-without-dot").stream()
                        .map(Finding::fix)
                        .toList());
    }

    @Test
    void anEmptyPasswordIsCalledEmpty() {
        assertEquals(
                List.of("DSNDB logs on to the database with an empty password (Password=)."),
                messages("BIZAGI-DSNDB-PASSWORD", "fail-empty-password"));
    }

    @Test
    void anUnreadableConnectionStringNamesThePartOnly() {
        assertEquals(
                List.of("DSNDB cannot be read as a connection string (part 2 has no '='), so whether it holds a"
                        + " clear-text password cannot be told, and Bizagi cannot connect with it."),
                messages("BIZAGI-DSNDB-PASSWORD", "fail-malformed"));
    }

    @Test
    void aTokenInThePasswordIsNamed() {
        assertEquals(
                List.of("DSNDB Password is the unresolved token \"#{DbPassword}\", so whether the deployed password is"
                        + " encrypted cannot be shown."),
                messages("BIZAGI-DSNDB-PASSWORD", "fail-token"));
    }

    @Test
    void noFindingEverShowsThePassword() throws IOException {
        try (Stream<Path> fixtures = Files.list(Fixture.RULES.resolve("BIZAGI-DSNDB-PASSWORD"))) {
            for (Path fixture : fixtures.toList()) {
                for (Finding finding : RuleCatalog.standard().judge(new Fixture(fixture).deployment(), Policy.GUIDE)) {
                    assertFalse(finding.toString().contains("Winter"), finding.toString());
                    assertFalse(finding.toString().contains("Win;ter"), finding.toString());
                }
            }
        }
    }

    @Test
    void theSaLoginIsShownAsWritten() {
        assertEquals(
                List.of("DSNDB logs on to the database as UID=SA, SQL Server's administrator, so a flaw in the portal"
                        + " hands over the whole database server."),
                messages("BIZAGI-DSNDB-NOT-SA", "fail-uid-upper-case"));
    }

    @Test
    void anUnrestrictedWebServicesFolderIsReportedOncePerPortal() {
        assertEquals(
                List.of("The Work Portal's WebServices folder has no access restriction of its own: neither a"
                        + " <location path=\"WebServices\"> nor a web.config in the folder denies anyone (an"
                        + " authorization deny rule, an ipSecurity that refuses addresses, anonymous access turned"
                        + " off), so its services answer whoever reaches the portal."),
                messages("BIZAGI-WEBSERVICES-RESTRICTED", "fail-sub-portal-reported-once"));
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
