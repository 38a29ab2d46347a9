package dev.hardening.bizagi.mojo;

import dev.hardening.bizagi.rules.RuleCatalog;
import dev.hardening.bizagi.rules.RuleSelection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Reads the parameters that choose the rules and their severities, {@code profile},
 * {@code ruleSeverities} and {@code disabledRules}, which the check and rules goals share, so that
 * the rules goal lists what the check runs.
 */
final class SelectionParameters {

    private SelectionParameters() {}

    /**
     * The selection the three parameters make from {@code catalog}.
     *
     * @param ruleSeverities the {@code ruleSeverities} parameter, or null when not set
     * @param disabledRules the {@code disabledRules} parameter, or null when not set
     * @throws MojoExecutionException naming the parameter, for an unknown profile, rule id or severity
     */
    static RuleSelection resolve(
            RuleCatalog catalog, String profile, Map<String, String> ruleSeverities, List<String> disabledRules)
            throws MojoExecutionException {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (ruleSeverities != null) {
            for (Map.Entry<String, String> override : ruleSeverities.entrySet()) {
                String id = requireKnown(catalog, override.getKey(), "ruleSeverities");
                overrides.put(id, override.getValue() == null ? "" : override.getValue());
            }
        }
        for (String id : disabledRules == null ? List.<String>of() : disabledRules) {
            overrides.put(
                    requireKnown(catalog, id, "disabledRules (bizagi.hardening.disabledRules)"), RuleSelection.OFF);
        }
        try {
            return RuleSelection.of(catalog, ProfileParameter.resolve(profile), overrides);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid plugin configuration: " + e.getMessage() + ".", e);
        }
    }

    /**
     * The configuration error for {@code id}, named by {@code parameter}, that no rule has: with the id
     * probably meant when one is near, and where to find every id rather than all of them inline.
     */
    static String unknownRuleId(RuleCatalog catalog, String id, String parameter) {
        return "Invalid plugin configuration: " + parameter + " names " + id + ", which is no rule id"
                + catalog.closestId(id)
                        .map(closest -> "; did you mean " + closest + "?")
                        .orElse(".")
                + " mvn bizagi-hardening:rules lists every rule id.";
    }

    /** {@code id} stripped, when a rule has it. */
    private static String requireKnown(RuleCatalog catalog, String id, String parameter) throws MojoExecutionException {
        String stripped = id.strip();
        if (!catalog.has(stripped)) {
            throw new MojoExecutionException(unknownRuleId(catalog, stripped, parameter));
        }
        return stripped;
    }
}
