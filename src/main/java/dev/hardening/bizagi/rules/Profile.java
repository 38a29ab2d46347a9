package dev.hardening.bizagi.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A named choice of rules and the severity each has. Every profile derives from the rule's
 * description, so a rule never lists its profiles by hand.
 */
public enum Profile {
    /**
     * Every rule. The mandatory items of Bizagi's guide are errors; the rest keep the severity their
     * description gives, a warning unless the description says otherwise.
     */
    BIZAGI,
    /**
     * The rules that carry a CIS Microsoft IIS 10 item, a mandatory Bizagi item or an error of the
     * {@code bizagi} profile; rules with none of these are not run. All are errors, except a mandatory
     * item whose description keeps it lower because the package cannot show it.
     */
    CIS_IIS_L1,
    /** Every rule, all errors. */
    STRICT;

    /** The name used in configuration, such as {@code cis-iis-l1}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The profile labelled {@code label}, in any case. */
    public static Optional<Profile> named(String label) {
        return Arrays.stream(values())
                .filter(p -> p.label().equalsIgnoreCase(label.strip()))
                .findFirst();
    }

    /** Every label, for messages: {@code bizagi, cis-iis-l1, strict}. */
    public static String labels() {
        return Arrays.stream(values()).map(Profile::label).collect(Collectors.joining(", "));
    }

    /** The severity the rule has in this profile, or empty when the profile does not run it. */
    public Optional<Severity> severityOf(RuleDescription rule) {
        return switch (this) {
            case BIZAGI -> Optional.of(rule.severity());
            case CIS_IIS_L1 -> {
                if (!rule.cis().isEmpty() || rule.severity() == Severity.ERROR) {
                    yield Optional.of(Severity.ERROR);
                }
                yield rule.guideLevel().mandatory() ? Optional.of(rule.severity()) : Optional.empty();
            }
            case STRICT -> Optional.of(Severity.ERROR);
        };
    }
}
