package dev.hardening.bizagi.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a finding weighs. By default errors fail the build, warnings and notes are reported only;
 * the fail threshold is the user's to move.
 */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The severity named {@code name} in any case, such as {@code warning}. */
    public static Optional<Severity> named(String name) {
        for (Severity severity : values()) {
            if (severity.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    /** Whether this weighs at least as much as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** The lower-case name used in configuration and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
