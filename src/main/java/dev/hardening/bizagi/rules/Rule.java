package dev.hardening.bizagi.rules;

import dev.hardening.bizagi.model.Deployment;
import java.util.List;

/**
 * One requirement of the hardening policy. A rule is stateless: it reads the deployment and returns
 * what falls short, and knows nothing of Maven.
 */
public interface Rule {

    /** What the rule requires and why, how to fix it, and where the requirement comes from. */
    RuleDescription description();

    /** The stable id used in messages, docs and configuration, such as {@code ASPNET-COOKIES-SSL}. */
    default String id() {
        return description().id();
    }

    /** What the rule requires, in a few words. */
    default String title() {
        return description().title();
    }

    /** How much a finding of this rule weighs in the default profile. */
    default Severity severity() {
        return description().severity();
    }

    /** The findings for {@code deployment} under {@code policy}, in no particular order. */
    List<Finding> check(Deployment deployment, Policy policy);
}
