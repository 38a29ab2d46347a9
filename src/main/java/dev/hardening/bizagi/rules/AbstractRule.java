package dev.hardening.bizagi.rules;

import java.util.Objects;

/** Holds a rule's id, title and severity, so that each rule states them once, in its constructor. */
public abstract class AbstractRule implements Rule {

    private final String id;
    private final String title;
    private final Severity severity;

    protected AbstractRule(String id, String title, Severity severity) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.severity = Objects.requireNonNull(severity, "severity");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public String toString() {
        return id;
    }
}
