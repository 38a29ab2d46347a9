package dev.hardening.bizagi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule on its fixtures under {@code src/test/resources/rules/<RULE-ID>/}: each folder named
 * {@code fail...} must give exactly the findings its markers name, each folder named {@code pass...}
 * none of that rule.
 */
class RuleFixturesTest {

    @TestFactory
    Stream<DynamicTest> eachRuleReportsExactlyItsMarkedLines() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : RuleCatalog.standard().rules()) {
            for (Path folder : fixtureFolders(rule.id())) {
                String name = folder.getFileName().toString();
                tests.add(DynamicTest.dynamicTest(rule.id() + "/" + name, () -> {
                    Fixture fixture = new Fixture(folder);
                    assertEquals(
                            List.of(), fixture.deployment().malformed(), folder + " holds a file that does not parse");
                    List<Fixture.Expected> markers = fixture.markers(rule.id());
                    if (name.startsWith("fail")) {
                        assertFalse(markers.isEmpty(), folder + " marks no line with " + rule.id());
                    } else {
                        assertTrue(markers.isEmpty(), folder + " is a passing fixture but marks lines");
                    }
                    assertEquals(markers, fixture.findings(rule.id()), folder.toString());
                }));
            }
        }
        return tests.stream();
    }

    static List<Path> fixtureFolders(String ruleId) throws IOException {
        Path folder = Fixture.RULES.resolve(ruleId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .filter(child -> child.getFileName().toString().startsWith("pass")
                            || child.getFileName().toString().startsWith("fail"))
                    .sorted()
                    .toList();
        }
    }
}
