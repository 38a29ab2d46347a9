package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;

/** A rule that requires one boolean attribute of the effective web.config to hold one value. */
abstract class BooleanAttributeRule extends WebConfigRule {

    private final String sectionPath;
    private final String attribute;
    private final boolean required;
    private final boolean frameworkDefault;
    private final String consequence;
    private final String fix;

    /**
     * @param sectionPath the element, such as {@code system.web/httpCookies}
     * @param attribute the attribute on it
     * @param required the value the policy requires
     * @param frameworkDefault the value ASP.NET or IIS uses when no file sets it
     * @param consequence what the wrong value lets happen, with no full stop
     * @param fix the change to make
     */
    BooleanAttributeRule(
            RuleDescription description,
            String sectionPath,
            String attribute,
            boolean required,
            boolean frameworkDefault,
            String consequence,
            String fix) {
        super(description);
        this.sectionPath = sectionPath;
        this.attribute = attribute;
        this.required = required;
        this.frameworkDefault = frameworkDefault;
        this.consequence = consequence;
        this.fix = fix;
    }

    @Override
    final void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        requireBoolean(config, sectionPath, attribute, required, frameworkDefault, consequence, fix, findings);
    }
}
