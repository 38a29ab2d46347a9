package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.CollectionItem;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Values;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recognises the URL Rewrite outbound rules that Bizagi's guide uses to blank response headers: a rule
 * in {@code system.webServer/rewrite/outboundRules} whose {@code match} reads a {@code RESPONSE_*}
 * server variable with a pattern that matches any value, and whose action rewrites it to nothing.
 * URL Rewrite names a response header's variable {@code RESPONSE_} and the header name, reading every
 * underscore as a dash, so {@code RESPONSE_X_POWERED_BY} and {@code RESPONSE_X-Powered-By} both name
 * {@code X-Powered-By}; patterns ignore case unless the match sets {@code ignoreCase="false"}.
 *
 * <p>Sources: URL Rewrite Module 2.0 Configuration Reference, "Accessing Response Headers from
 * Rewrite Rules" and "Rule pattern properties"
 * (https://learn.microsoft.com/iis/extensions/url-rewrite-module/url-rewrite-module-20-configuration-reference).
 *
 * <p>Limitations: a rule with a {@code preCondition} or {@code conditions} is not accepted, since it
 * may apply to some responses only, nor one with an unresolved token ({@code #{...}}, {@code ${...}})
 * in an attribute of its {@code rule}, {@code match} or {@code action} other than the rule's name,
 * since what it does depends on a value not yet written; a blanking rule counts only when no later
 * rule rewrites the same variable (under any condition) and no earlier rule says
 * {@code stopProcessing="true"}, whether or not that rule would match; patterns are judged by trying
 * them on typical header values.
 */
final class OutboundRewrite {

    /** Values the disclosed headers typically carry; a blanking pattern must match every one. */
    private static final List<String> TYPICAL_VALUES = List.of("Microsoft-IIS/10.0", "ASP.NET", "4.0.30319");

    private OutboundRewrite() {}

    /**
     * The enabled outbound rule that blanks {@code serverVariable} for every response, if any: the last
     * rule that rewrites the variable must blank it, and no rule before it may stop processing.
     *
     * @param serverVariable such as {@code RESPONSE_SERVER}; compared without regard to case, an
     *     underscore matching a dash
     */
    static Optional<CollectionItem> blanking(EffectiveWebConfig config, String serverVariable) {
        List<CollectionItem> rules =
                config.collection("system.webServer/rewrite/outboundRules", "rule", "name", List.of()).stream()
                        .filter(OutboundRewrite::enabled)
                        .toList();
        // Rules run in order, so the last one that rewrites the variable decides what is sent.
        int last = -1;
        for (int i = 0; i < rules.size(); i++) {
            if (rewrites(rules.get(i), serverVariable)) {
                last = i;
            }
        }
        if (last < 0 || !blanks(rules.get(last), serverVariable)) {
            return Optional.empty();
        }
        // A rule before it that stops processing may keep it from running.
        for (CollectionItem earlier : rules.subList(0, last)) {
            if (earlier.attribute("stopProcessing")
                    .flatMap(Values::parseBoolean)
                    .orElse(false)) {
                return Optional.empty();
            }
        }
        return Optional.of(rules.get(last));
    }

    private static boolean enabled(CollectionItem rule) {
        return rule.element() != null
                && rule.attribute("enabled").flatMap(Values::parseBoolean).orElse(true);
    }

    /** Whether the rule rewrites {@code serverVariable} at all, under any condition. */
    private static boolean rewrites(CollectionItem rule, String serverVariable) {
        Optional<LocatedElement> match = rule.element().lastChild("match");
        Optional<LocatedElement> action = rule.element().lastChild("action");
        return match.flatMap(m -> m.findAttribute("serverVariable"))
                        .map(variable -> headerName(variable).equals(headerName(serverVariable)))
                        .orElse(false)
                && action.map(a -> a.findAttribute("type").orElse("Rewrite").equals("Rewrite"))
                        .orElse(false);
    }

    private static boolean blanks(CollectionItem rule, String serverVariable) {
        LocatedElement element = rule.element();
        if (element == null
                || !rule.attribute("enabled").flatMap(Values::parseBoolean).orElse(true)
                || !rule.attribute("preCondition").orElse("").isBlank()
                || hasConditions(element)) {
            return false;
        }
        Optional<LocatedElement> match = element.lastChild("match");
        Optional<LocatedElement> action = element.lastChild("action");
        if (match.isEmpty()
                || action.isEmpty()
                || holdsToken(element)
                || holdsToken(match.get())
                || holdsToken(action.get())) {
            return false;
        }
        boolean readsVariable = match.get()
                .findAttribute("serverVariable")
                .map(variable -> headerName(variable).equals(headerName(serverVariable)))
                .orElse(false);
        boolean negated = match.get()
                .findAttribute("negate")
                .flatMap(Values::parseBoolean)
                .orElse(false);
        boolean rewritesToNothing =
                action.get().findAttribute("type").orElse("Rewrite").equals("Rewrite")
                        && action.get().findAttribute("value").orElse("").isEmpty();
        boolean ignoreCase = match.get()
                .findAttribute("ignoreCase")
                .flatMap(Values::parseBoolean)
                .orElse(true);
        String syntax = rule.attribute("patternSyntax").orElse("ECMAScript");
        return readsVariable
                && !negated
                && rewritesToNothing
                && matchesAnyValue(match.get().findAttribute("pattern").orElse(""), syntax, ignoreCase);
    }

    /**
     * Whether an attribute of {@code element} that decides what it does holds a placeholder that no tool
     * replaced; a rule's {@code name} only labels it.
     */
    private static boolean holdsToken(LocatedElement element) {
        return element.attributes().stream()
                .filter(attribute -> !attribute.getName().equals("name"))
                .anyMatch(attribute ->
                        Values.unresolvedToken(attribute.getValue()).isPresent());
    }

    /** Whether the rule only acts when conditions hold, which may leave some responses untouched. */
    private static boolean hasConditions(LocatedElement rule) {
        return rule.lastChild("conditions")
                .map(conditions -> !conditions.children("add").isEmpty())
                .orElse(false);
    }

    /** The variable in upper case with underscores read as dashes: one spelling per response header. */
    private static String headerName(String serverVariable) {
        return serverVariable.strip().toUpperCase(Locale.ROOT).replace('_', '-');
    }

    private static boolean matchesAnyValue(String pattern, String syntax, boolean ignoreCase) {
        if (syntax.equals("Wildcard")) {
            return pattern.equals("*");
        }
        if (syntax.equals("ExactMatch") || pattern.isEmpty()) {
            return false;
        }
        try {
            Pattern compiled = Pattern.compile(pattern, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
            return TYPICAL_VALUES.stream()
                    .allMatch(value -> compiled.matcher(value).find());
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
