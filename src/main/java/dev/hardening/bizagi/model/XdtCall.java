package dev.hardening.bizagi.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of an {@code xdt:Transform} or {@code xdt:Locator} attribute: a name and, in parentheses,
 * its arguments, such as {@code Match(key)} or {@code InsertAfter(/configuration/appSettings)}.
 *
 * <p>Read as Microsoft.Web.XmlTransform reads it: names are case-sensitive, arguments are split at
 * commas that no parenthesis encloses (a comma inside quotes still splits), and an empty argument list
 * counts as none.
 *
 * @param name the transform's or locator's name
 * @param arguments the arguments, trimmed, empty when none are given
 */
record XdtCall(String name, List<String> arguments) {

    private static final Pattern NAME_AND_ARGUMENTS =
            Pattern.compile("\\A\\s*(\\w+)(\\s*\\((.*)\\))?\\s*\\z", Pattern.DOTALL);

    XdtCall {
        arguments = List.copyOf(arguments);
    }

    /** The call written as {@code value}; empty when it is not a name with optional arguments. */
    static Optional<XdtCall> parse(String value) {
        Matcher matcher = NAME_AND_ARGUMENTS.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String arguments = matcher.group(3);
        return Optional.of(
                new XdtCall(matcher.group(1), arguments == null || arguments.isEmpty() ? List.of() : split(arguments)));
    }

    /** The only argument, or empty when there are none or several. */
    Optional<String> onlyArgument() {
        return arguments.size() == 1 ? Optional.of(arguments.get(0)) : Optional.empty();
    }

    private static List<String> split(String arguments) {
        List<String> split = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : arguments.toCharArray()) {
            if (c == ',' && depth == 0) {
                split.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            current.append(c);
        }
        split.add(current.toString().strip());
        return split;
    }
}
