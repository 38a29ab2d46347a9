package dev.hardening.bizagi.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.report.RuleDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the catalog complete: every rule unique, titled, described well enough to fix a finding
 * without searching, covered by fixtures and given a committed page.
 */
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
    void everyRuleIsDescribedCompletely() {
        for (Rule rule : rules) {
            RuleDescription description = rule.description();
            String id = rule.id();
            assertTrue(
                    !description.bizagi().isEmpty()
                            || !description.cis().isEmpty()
                            || !description.cwe().isEmpty()
                            || !description.seeAlso().isEmpty(),
                    id + " names no reference: give .bizagi(...), .cis(...), .cwe(...) or .seeAlso(...)");
            assertFalse(description.rationale().isBlank(), id + " does not say why it matters: give .why(...)");
            assertFalse(description.fix().isBlank(), id + " does not say how to fix it: give .fix(...)");
            assertFalse(
                    description.whenAbsent().isBlank(),
                    id + " does not say what happens when the setting is absent: give .whenAbsent(...)");
            assertFalse(
                    description.limitations().isEmpty(),
                    id + " does not say what it cannot see: give .limitation(...)");
            assertTrue(
                    description.guideLevel() == GuideLevel.NONE
                            || !description.bizagi().isBlank(),
                    id + " has a Bizagi guide level but no section: give .bizagi(level, section)");
        }
    }

    /** A mandatory guide item that is not an error must say why, where the reader looks for limits. */
    @Test
    void guideItemsKeptBelowErrorStateTheReason() {
        for (Rule rule : rules) {
            RuleDescription description = rule.description();
            if (description.guideLevel().mandatory() && description.severity() != Severity.ERROR) {
                assertTrue(
                        description.limitations().stream()
                                .anyMatch(text ->
                                        text.contains(description.severity().label())),
                        rule.id() + " is a mandatory guide item kept at "
                                + description.severity().label() + "; a .limitation(...) must say why it is a "
                                + description.severity().label());
            }
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
    void everyRuleHasACommittedPage() {
        for (Rule rule : rules) {
            Path page = Path.of("docs/rules", RuleDocs.fileName(rule.id()));
            assertTrue(
                    Files.isRegularFile(page),
                    rule.id() + " has no page " + page + "; write it with `" + RuleDocs.REFRESH_COMMAND + "`");
        }
    }
}
