package dev.hardening.bizagi.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads configured values as the frameworks read them. */
public final class Values {

    /**
     * The placeholders that build and release tools replace in configuration files, each with a name
     * inside: {@code ${name}} (Maven resource filtering, Ant, shell), {@code @name@} (Maven's other
     * default delimiter), {@code $(Name)} (MSBuild properties, Azure Pipelines macros), {@code #{Name}}
     * and {@code #{Name}#} (Octopus Deploy, the Replace Tokens task, the form Web Deploy parameters
     * without a value are shown in) and {@code __Name__} (the Replace Tokens and Tokenizer tasks).
     * {@code __Name__} must stand apart from letters, digits and further underscores and hold no double
     * underscore, so that identifiers such as {@code __doPostBack} or {@code a__b__c} are not taken for
     * tokens.
     */
    private static final Pattern TOKEN = Pattern.compile(String.join(
            "|",
            "\\$\\{[^{}]+\\}",
            "\\$\\((?:[^()]|\\([^()]*\\))+\\)",
            "#\\{[^{}]+\\}#?",
            "@[A-Za-z_][A-Za-z0-9_.-]*@",
            "(?<![A-Za-z0-9_])__[A-Za-z][A-Za-z0-9.-]*(?:_[A-Za-z0-9.-]+)*__(?![A-Za-z0-9_])"));

    private Values() {}

    /**
     * The first placeholder in {@code value} that a build or release tool was meant to replace and did
     * not, such as {@code #{RequireSsl}} or {@code ${session.timeout}}; empty when the value holds none.
     * Such a value says nothing of what the server will read, so it can never be shown to be secure.
     */
    public static Optional<String> unresolvedToken(String value) {
        Matcher token = TOKEN.matcher(value);
        return token.find() ? Optional.of(token.group()) : Optional.empty();
    }

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
