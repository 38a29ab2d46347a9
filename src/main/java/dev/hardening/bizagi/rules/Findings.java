package dev.hardening.bizagi.rules;

import dev.hardening.bizagi.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Collects one rule's findings, stamping each with the rule's id and severity. */
public final class Findings {

    private final Rule rule;
    private final List<Finding> found = new ArrayList<>();

    public Findings(Rule rule) {
        this.rule = rule;
    }

    /** Records a finding at {@code location}. */
    public void add(SourceLocation location, String message, String fix) {
        found.add(new Finding(rule.id(), rule.severity(), location, message, fix));
    }

    /** The findings recorded so far. */
    public List<Finding> list() {
        return List.copyOf(found);
    }
}
