package dev.hardening.bizagi.mojo;

import dev.hardening.bizagi.rules.Profile;
import dev.hardening.bizagi.rules.Rule;
import dev.hardening.bizagi.rules.RuleCatalog;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Prints the rule catalog: each rule's id, its severity in the {@code bizagi} profile, the profiles
 * that run it, and what it requires.
 *
 * @since 0.1.0
 */
@Mojo(name = "rules", threadSafe = true, requiresProject = false)
public final class RulesMojo extends AbstractMojo {

    @Override
    public void execute() {
        for (Rule rule : RuleCatalog.standard().rules()) {
            String profiles = String.join(
                    ",",
                    rule.description().profiles().stream().map(Profile::label).toList());
            getLog().info(String.format("%-28s %-8s %-24s %s", rule.id(), rule.severity(), profiles, rule.title()));
        }
    }
}
