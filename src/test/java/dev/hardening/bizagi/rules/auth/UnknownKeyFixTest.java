package dev.hardening.bizagi.rules.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Fixture;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rename AUTH-UNKNOWN-KEY offers: only for a likely typing mistake, never a far guess. */
class UnknownKeyFixTest {

    @Test
    void aMisspelledKeyIsOfferedTheKeyMeant() {
        assertEquals(
                List.of("Rename it to password.minLength if that was meant, or remove it."), fixes("fail-misspelled"));
    }

    @Test
    void aKeyInTheWrongCaseIsToldThatCaseMatters() {
        assertEquals(
                List.of("Rename it to password.minLength: keys are matched with their case."),
                fixes("fail-wrong-case"));
    }

    @Test
    void aKeyFarFromEveryKnownOneIsOnlyToBeRemoved() {
        String remove = "Remove it; the keys this check reads are those `mvn bizagi-hardening:init` writes.";

        assertEquals(List.of(remove, remove), fixes("fail-saml-settings"));
    }

    private static List<String> fixes(String fixture) {
        Fixture folder = new Fixture(Fixture.RULES.resolve("AUTH-UNKNOWN-KEY").resolve(fixture));
        return RuleCatalog.standard().judge(folder.deployment(), Policy.GUIDE).stream()
                .filter(finding -> finding.ruleId().equals("AUTH-UNKNOWN-KEY"))
                .map(Finding::fix)
                .toList();
    }
}
