package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.CollectionItem;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.SourceLocation;
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
 * server variable with a pattern that matches any value, and whose action rewrites it to nothing; and
 * the rules that set a header the response lacks, such as {@code Strict-Transport-Security}, with a
 * pattern that matches the empty value.
 * URL Rewrite names a response header's variable {@code RESPONSE_} and the header name, reading every
 * underscore as a dash, so {@code RESPONSE_X_POWERED_BY} and {@code RESPONSE_X-Powered-By} both name
 * {@code X-Powered-By}; patterns ignore case unless the match sets {@code ignoreCase="false"}.
 *
 * <p>Sources: URL Rewrite Module 2.0 Configuration Reference, "Accessing Response Headers from
 * Rewrite Rules" and "Rule pattern properties"
 * (https://learn.microsoft.com/iis/extensions/url-rewrite-module/url-rewrite-module-20-configuration-reference).
 *
 * <p>Limitations: a rule with a {@code preCondition} or {@code conditions} is not accepted, since it
 * may apply to some responses only (for a header browsers read only over HTTPS, conditions that only
 * require {@code {HTTPS}} to be {@code on} are accepted), nor one with an unresolved token ({@code #{...}}, {@code ${...}})
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
        return lastRewriting(config, serverVariable)
                .filter(rule -> appliesToEveryResponse(rule, serverVariable, false)
                        && !holdsToken(rule.element().lastChild("action").orElseThrow())
                        && value(rule).isEmpty()
                        && matchesAll(rule, TYPICAL_VALUES));
    }

    /**
     * The enabled outbound rule that writes {@code serverVariable} on every response, whatever value it
     * writes (an unresolved token in the value is left to the caller): the last rule that rewrites the
     * variable, reading it even when the response has no such header yet, with no rule before it that
     * stops processing.
     *
     * @param httpsOnly whether conditions that only require the request to use HTTPS ({@code {HTTPS}}
     *     matching {@code on}) still count as every response, as they do for a header browsers read only
     *     over HTTPS
     */
    static Optional<CollectionItem> setting(EffectiveWebConfig config, String serverVariable, boolean httpsOnly) {
        return lastRewriting(config, serverVariable)
                .filter(rule ->
                        appliesToEveryResponse(rule, serverVariable, httpsOnly) && matchesAll(rule, List.of("")));
    }

    /** The value the rule's action writes, empty when it sets none. */
    static String value(CollectionItem rule) {
        return rule.element()
                .lastChild("action")
                .flatMap(action -> action.findAttribute("value"))
                .orElse("");
    }

    /** Where the rule's action writes its value: the action element, or where another file set the value. */
    static SourceLocation valueLocation(CollectionItem rule) {
        LocatedElement action = rule.element().lastChild("action").orElse(rule.element());
        return SourceLocation.ofAttribute(rule.location().file(), action, "value");
    }

    /**
     * The last enabled rule that rewrites {@code serverVariable} under any condition, when no rule before
     * it stops processing; rules run in order, so that rule decides what is sent.
     */
    private static Optional<CollectionItem> lastRewriting(EffectiveWebConfig config, String serverVariable) {
        List<CollectionItem> rules =
                config.collection("system.webServer/rewrite/outboundRules", "rule", "name", List.of()).stream()
                        .filter(OutboundRewrite::enabled)
                        .toList();
        int last = -1;
        for (int i = 0; i < rules.size(); i++) {
            if (rewrites(rules.get(i), serverVariable)) {
                last = i;
            }
        }
        if (last < 0) {
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

    /**
     * Whether the rule rewrites the variable to what its action says on every response: no
     * precondition, no conditions (but those requiring HTTPS where {@code httpsOnly}), no unresolved
     * token in the rule or its match, no negated match.
     */
    private static boolean appliesToEveryResponse(CollectionItem rule, String serverVariable, boolean httpsOnly) {
        LocatedElement element = rule.element();
        Optional<LocatedElement> match = element.lastChild("match");
        if (!rule.attribute("preCondition").orElse("").isBlank()
                || !conditionsHold(element, httpsOnly)
                || match.isEmpty()
                || holdsToken(element)
                || holdsToken(match.get())) {
            return false;
        }
        boolean negated = match.get()
                .findAttribute("negate")
                .flatMap(Values::parseBoolean)
                .orElse(false);
        return rewrites(rule, serverVariable) && !negated;
    }

    /** Whether the rule's pattern matches every one of {@code values}. */
    private static boolean matchesAll(CollectionItem rule, List<String> values) {
        LocatedElement match = rule.element().lastChild("match").orElseThrow();
        boolean ignoreCase =
                match.findAttribute("ignoreCase").flatMap(Values::parseBoolean).orElse(true);
        String syntax = rule.attribute("patternSyntax").orElse("ECMAScript");
        return matchesAll(match.findAttribute("pattern").orElse(""), syntax, ignoreCase, values);
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

    /**
     * Whether the rule's conditions hold for every response: there are none, or, where
     * {@code httpsOnly}, each requires only that the request uses HTTPS.
     */
    private static boolean conditionsHold(LocatedElement rule, boolean httpsOnly) {
        List<LocatedElement> conditions = rule.lastChild("conditions")
                .map(element -> element.children("add"))
                .orElse(List.of());
        return conditions.stream().allMatch(condition -> httpsOnly && requiresHttps(condition));
    }

    /** Whether a condition holds exactly when the request uses HTTPS: {@code {HTTPS}} matching {@code on}. */
    private static boolean requiresHttps(LocatedElement condition) {
        boolean ignoreCase = condition
                .findAttribute("ignoreCase")
                .flatMap(Values::parseBoolean)
                .orElse(true);
        boolean negated =
                condition.findAttribute("negate").flatMap(Values::parseBoolean).orElse(false);
        String pattern = condition.findAttribute("pattern").orElse("");
        return condition.findAttribute("input").orElse("").strip().equalsIgnoreCase("{HTTPS}")
                && !negated
                && matchesAll(pattern, "ECMAScript", ignoreCase, List.of("on"))
                && !matchesAll(pattern, "ECMAScript", ignoreCase, List.of("off"));
    }

    /** The variable in upper case with underscores read as dashes: one spelling per response header. */
    private static String headerName(String serverVariable) {
        return serverVariable.strip().toUpperCase(Locale.ROOT).replace('_', '-');
    }

    private static boolean matchesAll(String pattern, String syntax, boolean ignoreCase, List<String> values) {
        if (syntax.equals("Wildcard")) {
            return pattern.equals("*");
        }
        if (syntax.equals("ExactMatch") || pattern.isEmpty()) {
            return false;
        }
        try {
            Pattern compiled = Pattern.compile(pattern, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
            return values.stream().allMatch(value -> compiled.matcher(value).find());
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
