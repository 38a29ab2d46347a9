package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.OptionalLong;

/**
 * A rule on one attribute of {@code system.webServer/security/requestFiltering/requestLimits}: an
 * unsigned number that must be set in a file, or must not exceed a maximum (the schema's default is then
 * judged like a written value).
 */
abstract class RequestLimitRule extends WebConfigRule {

    static final String SECTION = "system.webServer/security/requestFiltering/requestLimits";

    private final String attribute;
    private final long frameworkDefault;
    private final OptionalLong maximum;
    private final String consequence;
    private final String fix;

    /**
     * @param attribute the attribute of {@code requestLimits}
     * @param frameworkDefault the value IIS uses when no file sets it
     * @param maximum the largest value allowed; empty when any value passes once a file sets it
     * @param consequence what a missing or too large value lets happen, with no full stop
     * @param fix the change to make
     */
    RequestLimitRule(
            RuleDescription description,
            String attribute,
            long frameworkDefault,
            OptionalLong maximum,
            String consequence,
            String fix) {
        super(description);
        this.attribute = attribute;
        this.frameworkDefault = frameworkDefault;
        this.maximum = maximum;
        this.consequence = consequence;
        this.fix = fix;
    }

    @Override
    final void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        String wanted = maximum.isPresent() ? "at most " + maximum.getAsLong() : "a limit the portal needs";
        boolean stated = config.attribute(SECTION, attribute).isPresent();
        OptionalLong value = IisValues.unsigned(config, SECTION, attribute, wanted, fix, findings);
        if (!stated && maximum.isEmpty()) {
            findings.add(
                    config.anchor(SECTION),
                    SECTION + "/@" + attribute + " is not set, so the default " + frameworkDefault + " applies: "
                            + consequence + ".",
                    fix);
            return;
        }
        long inForce = stated ? value.orElse(-1) : frameworkDefault;
        if (maximum.isPresent() && inForce > maximum.getAsLong()) {
            IisValues.report(
                    config,
                    SECTION,
                    attribute,
                    String.valueOf(inForce),
                    "more than " + maximum.getAsLong() + ", so " + consequence,
                    fix,
                    findings);
        }
    }
}
