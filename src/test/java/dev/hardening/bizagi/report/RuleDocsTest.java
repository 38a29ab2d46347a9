package dev.hardening.bizagi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.rules.AbstractRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Rule;
import dev.hardening.bizagi.rules.RuleCatalog;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule pages render every part of a description, and the committed ones under docs/rules are current. */
class RuleDocsTest {

    static final Path COMMITTED = Path.of("docs/rules");

    private static final RuleDescription FULL = RuleDescription.rule("ASPNET-EXAMPLE", "Examples are <b>hardened</b>")
            .bizagi(GuideLevel.INTERMEDIATE, "Mandatory hardening part 2: examples")
            .severity(Severity.WARNING)
            .cis("3.7")
            .cwe(1004, 614)
            .seeAlso("Security Code Scan SCS0009", "CodeQL cs/web/debug-binary", "Vendor page: https://example.com/a.")
            .why("Scripts read <httpCookies> | cookies.")
            .fix("""
                    Set both flags
                    in `<system.web>`:

                    <system.web>
                      <httpCookies httpOnlyCookies="true" />
                    </system.web>

                    key.one=true
                    """)
            .whenAbsent("ASP.NET uses false.")
            .limitation("One.")
            .limitation("Two <location> blocks.")
            .build();

    @Test
    void pageShowsEveryPartOfTheDescription() {
        String page = docs(FULL).page(FULL);

        assertEquals("""
                # ASPNET-EXAMPLE

                **Examples are `<b>`hardened`</b>`**

                | | |
                |---|---|
                | Severity | `bizagi`: warning, `cis-iis-l1`: error, `strict`: error |
                | Profiles | bizagi, cis-iis-l1, strict |
                | Bizagi guide | [Mandatory hardening part 2: examples](https://help.bizagi.com/bpm-suite/en/automation_security_2.htm) (intermediate) |
                | CIS IIS 10 | [3.7](https://www.cisecurity.org/benchmark/microsoft_iis) |
                | CWE | [CWE-1004](https://cwe.mitre.org/data/definitions/1004.html), [CWE-614](https://cwe.mitre.org/data/definitions/614.html) |
                | See also | Security Code Scan [SCS0009](https://security-code-scan.github.io/#SCS0009); CodeQL [cs/web/debug-binary](https://codeql.github.com/codeql-query-help/csharp/cs-web-debug-binary/); Vendor page: <https://example.com/a>. |

                ## Why it matters

                Scripts read `<httpCookies>` | cookies.

                ## How to fix

                Set both flags in `<system.web>`:

                ```xml
                <system.web>
                  <httpCookies httpOnlyCookies="true" />
                </system.web>
                ```

                ```properties
                key.one=true
                ```

                ## When absent

                ASP.NET uses false.

                ## Limitations

                - One.
                - Two `<location>` blocks.

                ---

                Generated from the rule's description by `mvn -B -Pdocs process-classes`. [All rules](README.md).
                """, page);
    }

    @Test
    void indexListsRulesSortedByIdWithSeverityProfilesAndReferences() {
        RuleDescription generic =
                RuleDescription.rule("AAA-GENERIC", "Generic | piped").build();

        String index = docs(FULL, generic).index();

        List<String> rows = index.lines().filter(line -> line.startsWith("| [")).toList();
        assertEquals(
                List.of(
                        "| [AAA-GENERIC](AAA-GENERIC.md) | Generic \\| piped | warning | bizagi, strict | — | — |",
                        "| [ASPNET-EXAMPLE](ASPNET-EXAMPLE.md) | Examples are `<b>`hardened`</b>` | warning |"
                                + " bizagi, cis-iis-l1, strict | 3.7 | intermediate |"),
                rows);
        assertTrue(index.startsWith("# Rules\n\n2 rules."), index);
    }

    @Test
    void writeReplacesPagesOfRulesNoLongerInTheCatalogAndKeepsOtherFiles(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("OLD-RULE.md"), "stale");
        Files.writeString(folder.resolve("notes.txt"), "kept");

        docs(FULL).write(folder);

        assertEquals(Set.of("ASPNET-EXAMPLE.md", "README.md", "notes.txt"), names(folder));
        assertFalse(Files.readString(folder.resolve("ASPNET-EXAMPLE.md")).contains("\r"));
    }

    /**
     * Regenerates the pages into {@code target/rule-docs} and compares them with the committed ones, so
     * that a description changed without its page fails the build.
     */
    @Test
    void committedRulePagesAreCurrent() throws IOException {
        Path generated = Path.of("target/rule-docs");
        RuleDocs.of(RuleCatalog.standard()).write(generated);

        List<String> differences = new ArrayList<>();
        Set<String> all = new TreeSet<>(names(generated));
        all.addAll(Files.isDirectory(COMMITTED) ? names(COMMITTED) : Set.of());
        for (String name : all) {
            Path committed = COMMITTED.resolve(name);
            Path fresh = generated.resolve(name);
            if (!Files.exists(committed)) {
                differences.add(name + " is missing");
            } else if (!Files.exists(fresh)) {
                differences.add(name + " is no rule's page");
            } else if (!Files.readString(committed, StandardCharsets.UTF_8)
                    .equals(Files.readString(fresh, StandardCharsets.UTF_8))) {
                differences.add(name + " differs from " + fresh);
            }
        }

        assertEquals(
                List.of(),
                differences,
                "docs/rules/ is out of date with the rules' descriptions; refresh it with `" + RuleDocs.REFRESH_COMMAND
                        + "` and commit the result");
    }

    private static RuleDocs docs(RuleDescription... descriptions) {
        return RuleDocs.of(RuleCatalog.of(Stream.of(descriptions)
                .map(description -> (Rule) new AbstractRule(description) {
                    @Override
                    public List<Finding> check(Deployment deployment, Policy policy) {
                        return List.of();
                    }
                })
                .toList()));
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
