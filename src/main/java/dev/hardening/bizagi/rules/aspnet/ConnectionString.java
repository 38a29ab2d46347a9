package dev.hardening.bizagi.rules.aspnet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A database connection string read as ADO.NET's {@code DbConnectionStringBuilder} reads it: pairs
 * {@code key=value} separated by {@code ;}, keys without regard to case or surrounding white space
 * ({@code ==} stands for an {@code =} inside a key), values in single or double quotes when they hold
 * a {@code ;} (a doubled quote stands for one), and the last pair for a key wins. Synonyms count as the
 * same key, as SqlClient and Oracle's provider take them: {@code User ID}, {@code UID} and
 * {@code User}; {@code Password} and {@code PWD}; {@code Integrated Security} and
 * {@code Trusted_Connection}.
 */
final class ConnectionString {

    /** The canonical key of each synonym, lower case. */
    private static final Map<String, String> SYNONYMS = Map.of(
            "uid", "user id",
            "user", "user id",
            "pwd", "password",
            "trusted_connection", "integrated security");

    /**
     * A value and the key it was written under.
     *
     * @param key the key as written, such as {@code PWD}
     * @param value the value, without its quotes
     */
    record Pair(String key, String value) {}

    private final Map<String, Pair> pairs;

    private ConnectionString(Map<String, Pair> pairs) {
        this.pairs = pairs;
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException saying which part ADO.NET would refuse (a part without
     *     {@code =}, an empty key, a quote left open) by its number and key, never its text, which may
     *     hold a password
     */
    static ConnectionString parse(String text) {
        Map<String, Pair> pairs = new LinkedHashMap<>();
        int i = 0;
        int part = 0;
        int length = text.length();
        while (i < length) {
            while (i < length && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ';')) {
                i++;
            }
            if (i >= length) {
                break;
            }
            part++;
            StringBuilder key = new StringBuilder();
            while (true) {
                if (i >= length || text.charAt(i) == ';') {
                    throw new IllegalArgumentException("part " + part + " has no '='");
                }
                char c = text.charAt(i);
                if (c == '=') {
                    if (i + 1 < length && text.charAt(i + 1) == '=') {
                        key.append('=');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                key.append(c);
                i++;
            }
            String name = key.toString().strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("part " + part + " has an empty key");
            }
            while (i < length && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ';') {
                i++;
            }
            String value;
            if (i < length && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
                char quote = text.charAt(i++);
                StringBuilder quoted = new StringBuilder();
                while (true) {
                    if (i >= length) {
                        throw new IllegalArgumentException(
                                "the value of \"" + name + "\" opens a quote it never closes");
                    }
                    char c = text.charAt(i++);
                    if (c == quote) {
                        if (i < length && text.charAt(i) == quote) {
                            quoted.append(quote);
                            i++;
                            continue;
                        }
                        break;
                    }
                    quoted.append(c);
                }
                while (i < length && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i < length && text.charAt(i) != ';') {
                    throw new IllegalArgumentException("the value of \"" + name + "\" goes on after its closing quote");
                }
                value = quoted.toString();
            } else {
                int end = text.indexOf(';', i);
                end = end < 0 ? length : end;
                value = text.substring(i, end).strip();
                i = end;
            }
            pairs.put(canonical(name), new Pair(name, value));
        }
        return new ConnectionString(pairs);
    }

    /** The pair for {@code key} or any of its synonyms, the last one written. */
    Optional<Pair> get(String key) {
        return Optional.ofNullable(pairs.get(canonical(key)));
    }

    /**
     * Whether the connection logs on with the Windows account of the process ({@code Integrated
     * Security} or {@code Trusted_Connection} set to {@code true}, {@code yes} or {@code SSPI}, in any
     * case) or, with Oracle's provider, with the operating system account ({@code User ID=/}); such a
     * connection ignores any user and password written beside it.
     */
    boolean integratedSecurity() {
        boolean windows = get("Integrated Security")
                .map(pair ->
                        List.of("true", "yes", "sspi").contains(pair.value().toLowerCase(Locale.ROOT)))
                .orElse(false);
        return windows || get("User ID").map(pair -> pair.value().equals("/")).orElse(false);
    }

    private static String canonical(String key) {
        String lower = key.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return SYNONYMS.getOrDefault(lower, lower);
    }
}
