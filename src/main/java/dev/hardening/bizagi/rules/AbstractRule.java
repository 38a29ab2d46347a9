package dev.hardening.bizagi.rules;

import java.util.Objects;

/** Holds a rule's description, so that each rule states it once, in its constructor. */
public abstract class AbstractRule implements Rule {

    private final RuleDescription description;

    protected AbstractRule(RuleDescription description) {
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public final RuleDescription description() {
        return description;
    }

    @Override
    public String toString() {
        return description.id();
    }
}
