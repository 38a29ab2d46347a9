package dev.hardening.bizagi.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.report.RuleDocs;
import dev.hardening.bizagi.rules.Rule;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

/** The rules goal prints the catalog in a profile, or one rule's page, and names a bad profile or id. */
@MojoTest
class RulesMojoTest {

    private final List<String> log = new ArrayList<>();

    @Provides
    Log provideLog() {
        return DeploymentProjects.recordingLog(log);
    }

    @Test
    @InjectMojo(goal = "rules")
    void catalogShowsEveryRuleWithItsSeverityInTheDefaultProfile(RulesMojo mojo) throws Exception {
        mojo.execute();

        int rules = RuleCatalog.standard().rules().size();
        assertEquals("[INFO] " + rules + " rules; profile bizagi runs " + rules + ":", log.get(0));
        assertEquals(rules + 3, log.size(), String.join("\n", log));
        assertEquals(
                cells("ASPNET-DEBUG-OFF", "warning ")
                        + " bizagi,cis-iis-l1,strict  Pages are not compiled in debug mode",
                row("ASPNET-DEBUG-OFF"));
        assertEquals(
                cells("BIZAGI-PROTOCOL-HTTPS", "error   ")
                        + " bizagi,cis-iis-l1,strict  The Work Portal's PROTOCOL appSetting is HTTPS",
                row("BIZAGI-PROTOCOL-HTTPS"));
        assertEquals(
                "[INFO] ASPNET-FORMS-CROSS-APP-REDIRECTS  warning ",
                row("ASPNET-FORMS-CROSS-APP-REDIRECTS").substring(0, 49),
                "the longest id keeps the columns in line");
        assertEquals(
                "[INFO] A rule's page: -Dbizagi.hardening.rule=<ID>; every page: docs/rules/README.md.",
                log.get(log.size() - 1));
    }

    @Test
    @InjectMojo(goal = "rules")
    @MojoParameter(name = "profile", value = "cis-iis-l1")
    void catalogShowsRulesAProfileLeavesOutAsOff(RulesMojo mojo) throws Exception {
        mojo.execute();

        assertEquals(
                cells("ASPNET-DEBUG-OFF", "error   ")
                        + " bizagi,cis-iis-l1,strict  Pages are not compiled in debug mode",
                row("ASPNET-DEBUG-OFF"));
        assertEquals(
                cells("AUTH-UNKNOWN-KEY", "off     ")
                        + " bizagi,strict             The authentication settings hold only known keys",
                row("AUTH-UNKNOWN-KEY"));
    }

    @Test
    @InjectMojo(goal = "rules")
    @MojoParameter(name = "disabledRules", value = "ASPNET-DEBUG-OFF")
    void catalogShowsTheProjectsOverridesAsTheCheckRunsThem(RulesMojo mojo) throws Exception {
        mojo.ruleSeverities = Map.of("AUTH-UNKNOWN-KEY", "error");

        mojo.execute();

        int rules = RuleCatalog.standard().rules().size();
        assertEquals(
                "[INFO] " + rules + " rules; profile bizagi with this project's ruleSeverities and disabledRules runs "
                        + (rules - 1) + ":",
                log.get(0));
        assertTrue(row("ASPNET-DEBUG-OFF").startsWith(cells("ASPNET-DEBUG-OFF", "off")), row("ASPNET-DEBUG-OFF"));
        assertTrue(row("AUTH-UNKNOWN-KEY").startsWith(cells("AUTH-UNKNOWN-KEY", "error")), row("AUTH-UNKNOWN-KEY"));
    }

    @Test
    @InjectMojo(goal = "rules")
    @MojoParameter(name = "rule", value = "aspnet-debug-off")
    void ruleIdPrintsThatRulesPage(RulesMojo mojo) throws Exception {
        mojo.execute();

        Rule rule = RuleCatalog.standard().rules().stream()
                .filter(r -> r.id().equals("ASPNET-DEBUG-OFF"))
                .findFirst()
                .orElseThrow();
        List<String> expected = RuleDocs.of(RuleCatalog.standard())
                .page(rule.description())
                .lines()
                .map(line -> "[INFO] " + line)
                .toList();
        assertEquals(expected, log);
        assertEquals("[INFO] # ASPNET-DEBUG-OFF", log.get(0));
        assertTrue(log.contains("[INFO]   <compilation debug=\"false\" />"), String.join("\n", log));
    }

    @Test
    @InjectMojo(goal = "rules")
    @MojoParameter(name = "profile", value = "lenient")
    void unknownProfileIsAConfigurationError(RulesMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Invalid plugin configuration: profile (bizagi.hardening.profile) is \"lenient\"; it must be one"
                        + " of bizagi, cis-iis-l1, strict.",
                error.getMessage());
    }

    @Test
    @InjectMojo(goal = "rules")
    @MojoParameter(name = "rule", value = "ASPNET-NO-SUCH-RULE")
    void unknownRuleIdIsAConfigurationError(RulesMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "Invalid plugin configuration: rule (bizagi.hardening.rule) names ASPNET-NO-SUCH-RULE, which is no"
                        + " rule id. mvn bizagi-hardening:rules lists every rule id.",
                error.getMessage());
        assertEquals(List.of(), log);
    }

    @Test
    @InjectMojo(goal = "rules")
    @MojoParameter(name = "disabledRules", value = "ASPNET-DEBUG-OF")
    void aMisspeltIdIsToldButTheCatalogIsStillListed(RulesMojo mojo) throws Exception {
        mojo.execute();

        assertEquals(
                "[WARNING] disabledRules (bizagi.hardening.disabledRules) names ASPNET-DEBUG-OF, which is no rule"
                        + " id; did you mean ASPNET-DEBUG-OFF? mvn bizagi-hardening:rules lists every rule id. The"
                        + " list below leaves it out.",
                log.get(0));
        assertTrue(
                log.get(1)
                        .startsWith("[INFO] " + RuleCatalog.standard().rules().size() + " rules; profile bizagi runs "),
                log.get(1));
        assertTrue(row("ASPNET-DEBUG-OFF").startsWith(cells("ASPNET-DEBUG-OFF", "warning")), row("ASPNET-DEBUG-OFF"));
    }

    /** The start of a catalog row: the id padded to the longest id, then the severity. */
    private static String cells(String id, String severity) {
        int width = RuleCatalog.standard().rules().stream()
                .mapToInt(rule -> rule.id().length())
                .max()
                .orElseThrow();
        return "[INFO] " + String.format("%-" + width + "s  %s ", id, severity);
    }

    private String row(String id) {
        return log.stream()
                .filter(line -> line.startsWith("[INFO] " + id + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not listed:\n" + String.join("\n", log)));
    }
}
