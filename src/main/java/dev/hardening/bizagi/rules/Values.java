package dev.hardening.bizagi.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads configured values as the frameworks read them. */
public final class Values {

    private Values() {}

    /**
     * A boolean as .NET configuration and Bizagi read it: {@code true} or {@code false} in any case,
     * nothing else; empty for any other text.
     */
    public static Optional<Boolean> parseBoolean(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("true")) {
            return Optional.of(Boolean.TRUE);
        }
        if (lower.equals("false")) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }

    /** A whole number in ASCII decimal digits, an optional sign first; empty for any other text. */
    public static OptionalInt parseInt(String value) {
        if (!value.matches("[+-]?[0-9]+")) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The text with one pair of surrounding single or double quotes removed, then stripped. */
    public static String unquote(String value) {
        String stripped = value.strip();
        if (stripped.length() >= 2) {
            char first = stripped.charAt(0);
            char last = stripped.charAt(stripped.length() - 1);
            if ((first == '"' || first == '\'') && first == last) {
                return stripped.substring(1, stripped.length() - 1).strip();
            }
        }
        return stripped;
    }
}
