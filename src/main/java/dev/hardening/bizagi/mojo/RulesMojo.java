package dev.hardening.bizagi.mojo;

import dev.hardening.bizagi.report.RuleDocs;
import dev.hardening.bizagi.rules.Profile;
import dev.hardening.bizagi.rules.Rule;
import dev.hardening.bizagi.rules.RuleCatalog;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the rule catalog: each rule's id, its severity in the chosen profile ({@code off} where the
 * profile does not run it), the profiles that run it, and what it requires. With a rule id, prints that
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
     * A rule id, such as {@code ASPNET-DEBUG-OFF} (case ignored), whose full page to print instead of
     * the catalog. Default none.
     *
     * @since 0.2.0
     */
    @Parameter(property = "bizagi.hardening.rule")
    private String rule;

    @Override
    public void execute() throws MojoExecutionException {
        Profile chosen = ProfileParameter.resolve(profile);
        List<Rule> rules = RuleCatalog.standard().rules().stream()
                .sorted(Comparator.comparing(Rule::id))
                .toList();

        if (rule != null && !rule.isBlank()) {
            printPage(find(rules));
            return;
        }
        printCatalog(rules, chosen);
    }

    private Rule find(List<Rule> rules) throws MojoExecutionException {
        return rules.stream()
                .filter(candidate -> candidate.id().equalsIgnoreCase(rule.strip()))
                .findFirst()
                .orElseThrow(() -> new MojoExecutionException("Unknown rule id \"" + rule
                        + "\" (bizagi.hardening.rule); the rule ids are "
                        + new TreeSet<>(rules.stream().map(Rule::id).toList()) + "."));
    }

    private void printPage(Rule found) {
        RuleDocs.of(RuleCatalog.of(List.of(found)))
                .page(found.description())
                .lines()
                .forEach(getLog()::info);
    }

    private void printCatalog(List<Rule> rules, Profile chosen) {
        String row = "%-28s  %-8s  %-24s  %s";
        long running = rules.stream()
                .filter(r -> chosen.severityOf(r.description()).isPresent())
                .count();
        getLog().info(rules.size() + " rules; profile " + chosen.label() + " runs " + running + ":");
        getLog().info(String.format(row, "Id", "Severity", "Profiles", "Title"));
        for (Rule each : rules) {
            RuleDescription description = each.description();
            String profiles = String.join(
                    ",", description.profiles().stream().map(Profile::label).toList());
            String severity =
                    chosen.severityOf(description).map(Severity::label).orElse("off");
            getLog().info(String.format(row, each.id(), severity, profiles, description.title()));
        }
        getLog().info("A rule's page: -Dbizagi.hardening.rule=<ID>; every page: docs/rules/README.md.");
    }
}
