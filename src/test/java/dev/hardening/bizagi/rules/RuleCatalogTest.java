package dev.hardening.bizagi.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keeps the catalog complete: every rule unique, titled, documented and covered by fixtures. */
class RuleCatalogTest {

    private final List<Rule> rules = RuleCatalog.standard().rules();

    @Test
    void ruleIdsAreUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (Rule rule : rules) {
            assertTrue(seen.add(rule.id()), "duplicate id " + rule.id());
            assertTrue(rule.id().matches("[A-Z]+(-[A-Z0-9]+)+"), "malformed id " + rule.id());
            assertFalse(rule.title().isBlank(), rule.id() + " has no title");
        }
    }

    @Test
    void everyRuleHasAPassingAndAFailingFixture() throws IOException {
        for (Rule rule : rules) {
            List<Path> folders = RuleFixturesTest.fixtureFolders(rule.id());
            assertTrue(
                    folders.stream().anyMatch(f -> f.getFileName().toString().startsWith("pass")),
                    rule.id() + " has no passing fixture under " + Fixture.RULES.resolve(rule.id()));
            assertTrue(
                    folders.stream().anyMatch(f -> f.getFileName().toString().startsWith("fail")),
                    rule.id() + " has no failing fixture under " + Fixture.RULES.resolve(rule.id()));
        }
    }

    @Test
    void everyRuleIsDocumentedInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (Rule rule : rules) {
            assertTrue(readme.contains("`" + rule.id() + "`"), rule.id() + " is missing from README.md's rule list");
        }
    }
}
