package dev.hardening.bizagi.rules;

import dev.hardening.bizagi.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects one rule's findings, stamping each with the rule's id and severity. */
public final class Findings {

    /** How to resolve a token in a value, wherever it was left. */
    public static final String REPLACE_TOKEN = "Replace the token at build time (Maven resource filtering, a Web Deploy"
            + " parameter, a release variable) or write the value itself.";

    private final Rule rule;
    private final List<Finding> found = new ArrayList<>();

    public Findings(Rule rule) {
        this.rule = rule;
    }

    /** Records a finding at {@code location}. */
    public void add(SourceLocation location, String message, String fix) {
        found.add(new Finding(rule.id(), rule.severity(), location, message, fix));
    }

    /**
     * Records that the value of {@code name} holds a placeholder no tool replaced, when it does, with
     * {@link #REPLACE_TOKEN} as the fix.
     *
     * @param location where the value is written
     * @param name what the value is, such as {@code system.web/httpCookies/@requireSSL}
     * @param value the value as written
     * @param wanted what the rule needs the value to be, such as {@code true}
     * @return whether the value holds a token, in which case the caller judges it no further
     */
    public boolean addUnresolvedToken(SourceLocation location, String name, String value, String wanted) {
        return addUnresolvedToken(location, name, value, wanted, REPLACE_TOKEN);
    }

    /** As {@link #addUnresolvedToken(SourceLocation, String, String, String)}, with its own fix. */
    public boolean addUnresolvedToken(SourceLocation location, String name, String value, String wanted, String fix) {
        Optional<String> token = Values.unresolvedToken(value);
        if (token.isEmpty()) {
            return false;
        }
        String quoted = "\"" + token.get() + "\"";
        String what = value.strip().equals(token.get())
                ? "the unresolved token " + quoted
                : "\"" + value.strip() + "\", which holds the unresolved token " + quoted;
        add(
                location,
                name + " is " + what + ", so the value it takes at deploy time cannot be shown to be " + wanted + ".",
                fix);
        return true;
    }

    /** The findings recorded so far. */
    public List<Finding> list() {
        return List.copyOf(found);
    }
}
