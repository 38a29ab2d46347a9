package dev.hardening.bizagi.mojo;

import dev.hardening.bizagi.report.RuleDocs;
import dev.hardening.bizagi.rules.Profile;
import dev.hardening.bizagi.rules.Rule;
import dev.hardening.bizagi.rules.RuleCatalog;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.RuleSelection;
import dev.hardening.bizagi.rules.Severity;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the rule catalog: each rule's id, its severity as the check would run it (the profile's, with
 * the project's {@code ruleSeverities} and {@code disabledRules} applied; {@code off} where it does not
 * run), the profiles that run it, and what it requires. With a rule id, prints that
 * rule's page instead: references, why it matters, how to fix it, the default when absent and its
 * limitations, as under {@code docs/rules/}.
 *
 * @since 0.1.0
 */
@Mojo(name = "rules", threadSafe = true, requiresProject = false)
public final class RulesMojo extends AbstractMojo {

    /**
     * The profile whose severities to show: {@code bizagi}, {@code cis-iis-l1} or {@code strict}, as the
     * {@code check} goal takes it. Default {@code bizagi}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "bizagi.hardening.profile", defaultValue = "bizagi")
    private String profile;

    /**
     * Severity overrides by rule id, as the {@code check} goal takes them, so that the catalog shows the
     * severity the check gives each rule. Default none.
     *
     * @since 0.2.0
     */
    @Parameter
    Map<String, String> ruleSeverities;

    /**
     * Ids of rules not to run, as the {@code check} goal takes them; they are listed as {@code off}.
     * Default none.
     *
     * @since 0.2.0
     */
    @Parameter(property = "bizagi.hardening.disabledRules")
    private List<String> disabledRules;

    /**
     * A rule id, such as {@code ASPNET-DEBUG-OFF} (case ignored), whose full page to print instead of
     * the catalog. Default none.
     *
     * @since 0.2.0
     */
    @Parameter(property = "bizagi.hardening.rule")
    private String rule;

    @Override
    public void execute() throws MojoExecutionException {
        RuleCatalog catalog = RuleCatalog.standard();
        // This goal is where a user looks an id up: a misspelt one is told, and the list still shown.
        Map<String, String> severities = new LinkedHashMap<>();
        if (ruleSeverities != null) {
            ruleSeverities.forEach((id, severity) -> {
                if (known(catalog, id, "ruleSeverities")) {
                    severities.put(id, severity);
                }
            });
        }
        List<String> disabled = disabledRules == null
                ? List.of()
                : disabledRules.stream()
                        .filter(id -> known(catalog, id, "disabledRules (bizagi.hardening.disabledRules)"))
                        .toList();
        RuleSelection selection = SelectionParameters.resolve(catalog, profile, severities, disabled);
        boolean overridesApplied = !severities.isEmpty() || !disabled.isEmpty();
        List<Rule> rules = RuleCatalog.standard().rules().stream()
                .sorted(Comparator.comparing(Rule::id))
                .toList();

        if (rule != null && !rule.isBlank()) {
            printPage(find(rules));
            return;
        }
        printCatalog(rules, selection, overridesApplied);
    }

    private Rule find(List<Rule> rules) throws MojoExecutionException {
        return rules.stream()
                .filter(candidate -> candidate.id().equalsIgnoreCase(rule.strip()))
                .findFirst()
                .orElseThrow(() -> new MojoExecutionException(SelectionParameters.unknownRuleId(
                        RuleCatalog.of(rules), rule.strip(), "rule (bizagi.hardening.rule)")));
    }

    private void printPage(Rule found) {
        RuleDocs.of(RuleCatalog.of(List.of(found)))
                .page(found.description())
                .lines()
                .forEach(getLog()::info);
    }

    /** Whether a rule has {@code id}; if not, says so, naming {@code parameter}, and leaves it out. */
    private boolean known(RuleCatalog catalog, String id, String parameter) {
        if (catalog.has(id.strip())) {
            return true;
        }
        getLog().warn(SelectionParameters.unknownRuleId(catalog, id.strip(), parameter)
                        .replace("Invalid plugin configuration: ", "")
                + " The list below leaves it out.");
        return false;
    }

    private void printCatalog(List<Rule> rules, RuleSelection selection, boolean overridesApplied) {
        int idWidth = rules.stream().mapToInt(each -> each.id().length()).max().orElse(2);
        String row = "%-" + idWidth + "s  %-8s  %-24s  %s";
        getLog().info(rules.size() + " rules; profile " + selection.profile().label()
                + (overridesApplied ? " with this project's ruleSeverities and disabledRules" : "") + " runs "
                + selection.active().size() + ":");
        getLog().info(String.format(row, "Id", "Severity", "Profiles", "Title"));
        for (Rule each : rules) {
            RuleDescription description = each.description();
            String profiles = String.join(
                    ",", description.profiles().stream().map(Profile::label).toList());
            String severity =
                    selection.severityOf(each.id()).map(Severity::label).orElse("off");
            getLog().info(String.format(row, each.id(), severity, profiles, description.title()));
        }
        getLog().info("A rule's page: -Dbizagi.hardening.rule=<ID>; every page: docs/rules/README.md.");
    }
}
