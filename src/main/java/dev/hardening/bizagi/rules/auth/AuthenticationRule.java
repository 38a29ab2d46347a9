package dev.hardening.bizagi.rules.auth;

import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.rules.AbstractRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;

/**
 * A rule judged on the declared authentication settings. Password rules apply only where Bizagi checks
 * passwords itself ({@code authentication.type=bizagi}); the others apply to every type.
 */
abstract class AuthenticationRule extends AbstractRule {

    private final boolean passwordRule;

    AuthenticationRule(RuleDescription description, boolean passwordRule) {
        super(description);
        this.passwordRule = passwordRule;
    }

    @Override
    public final List<Finding> check(Deployment deployment, Policy policy) {
        Findings findings = new Findings(this);
        AuthenticationSettings settings = deployment.authentication();
        if (!passwordRule || settings.bizagiAuthentication()) {
            check(settings, policy, findings);
        }
        return findings.list();
    }

    /** Records in {@code findings} where {@code settings} fall short. */
    abstract void check(AuthenticationSettings settings, Policy policy, Findings findings);
}
