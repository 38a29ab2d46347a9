package dev.hardening.bizagi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/coverage.md, the map of CIS IIS 10 and Bizagi guide items to rules, in step with the
 * catalog: no row names a rule that does not exist, and no rule's declared item is missing its row.
 */
class CoverageMapTest {

    private static final Path PAGE = Path.of("docs/coverage.md");
    private static final Pattern RULE_ID = Pattern.compile("`([A-Z]+(?:-[A-Z0-9]+)+)`");

    private final List<Rule> rules = RuleCatalog.standard().rules();

    @Test
    void everyRuleNamedOnThePageExists() throws IOException {
        Set<String> known = rules.stream().map(Rule::id).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        Matcher ids = RULE_ID.matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
        while (ids.find()) {
            if (!known.contains(ids.group(1))) {
                unknown.add(ids.group(1));
            }
        }

        assertEquals(Set.of(), unknown, PAGE + " names rules the catalog does not have");
    }

    @Test
    void everyCisItemOfARuleHasARowNamingIt() throws IOException {
        Map<String, String> rows = rows("## CIS Microsoft IIS 10");
        for (Rule rule : rules) {
            String item = rule.description().cis();
            if (item.isEmpty()) {
                continue;
            }
            assertTrue(rows.containsKey(item), rule.id() + " declares CIS " + item + ", which has no row in " + PAGE);
            assertTrue(
                    rows.get(item).contains("`" + rule.id() + "`"),
                    rule.id() + " declares CIS " + item + " but the row for " + item + " does not name it");
        }
    }

    @Test
    void everyGuideItemOfARuleIsNamedAtItsLevel() throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows("## Bizagi's hardening guide").forEach((level, text) -> rows.add(new String[] {level, text}));
        for (Rule rule : rules) {
            GuideLevel level = rule.description().guideLevel();
            if (level == GuideLevel.NONE) {
                continue;
            }
            String label = level.name().toLowerCase(Locale.ROOT);
            assertTrue(
                    rows.stream()
                            .anyMatch(row -> row[0].startsWith(label + "#") && row[1].contains("`" + rule.id() + "`")),
                    rule.id() + " is a guide item (" + label + ") but no " + label + " row of " + PAGE + " names it");
        }
    }

    @Test
    void theCisTableListsEverySectionOfTheBenchmark() throws IOException {
        Set<String> sections = rows("## CIS Microsoft IIS 10").keySet().stream()
                .map(item -> item.substring(0, item.indexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of("1", "2", "3", "4", "5", "6", "7"), sections);
    }

    /**
     * The rows of the table under {@code heading}: first cell to the rest of the row. The Bizagi table's
     * first cell (the level) repeats, so its keys carry the row's number after a {@code #}.
     */
    private static Map<String, String> rows(String heading) throws IOException {
        List<String> lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, PAGE + " has no heading " + heading);
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i);
            if (!line.startsWith("| ") || line.startsWith("| Item ") || line.startsWith("| Level ")) {
                continue;
            }
            String[] cells = line.split("\\|", 3);
            String key = cells[1].strip();
            rows.put(rows.containsKey(key) || heading.contains("Bizagi") ? key + "#" + i : key, cells[2]);
        }
        return rows;
    }
}
