package dev.hardening.bizagi.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which rules run and how much their findings weigh: the profile's choice, then the user's overrides
 * by rule id, each either a severity or {@code off}.
 */
public final class RuleSelection {

    /** The override value that turns a rule off. */
    public static final String OFF = "off";

    private final Profile profile;
    private final List<ActiveRule> active;
    private final Map<String, Severity> severities = new LinkedHashMap<>();

    private RuleSelection(Profile profile, List<ActiveRule> active) {
        this.profile = profile;
        this.active = List.copyOf(active);
        active.forEach(a -> severities.put(a.rule().id(), a.severity()));
    }

    /**
     * The rules of {@code catalog} that {@code profile} runs, with {@code overrides} applied.
     *
     * @param overrides rule id to {@code error}, {@code warning}, {@code info} or {@code off}, in any case;
     *     an override can bring back a rule the profile leaves out
     * @throws IllegalArgumentException naming the id or the value, when an id is not in the catalog or a
     *     value is none of those
     */
    public static RuleSelection of(RuleCatalog catalog, Profile profile, Map<String, String> overrides) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        catalog.rules().forEach(rule -> byId.put(rule.id(), rule));
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            if (!byId.containsKey(override.getKey())) {
                throw new IllegalArgumentException(
                        "unknown rule id " + override.getKey() + "; the rule ids are " + new TreeSet<>(byId.keySet()));
            }
            if (!override.getValue().strip().equalsIgnoreCase(OFF)
                    && Severity.named(override.getValue()).isEmpty()) {
                throw new IllegalArgumentException(override.getKey() + " is set to \"" + override.getValue()
                        + "\"; a rule's severity is error, warning, info or off");
            }
        }
        List<ActiveRule> active = new ArrayList<>();
        for (Rule rule : catalog.rules()) {
            String value = overrides.get(rule.id());
            Optional<Severity> severity =
                    value == null ? profile.severityOf(rule.description()) : Severity.named(value);
            severity.ifPresent(s -> active.add(new ActiveRule(rule, s)));
        }
        return new RuleSelection(profile, active);
    }

    /** The profile the selection starts from. */
    public Profile profile() {
        return profile;
    }

    /** The rules that run, in catalog order, with their severity. */
    public List<ActiveRule> active() {
        return active;
    }

    /** The severity of the rule {@code id}, empty when it does not run. */
    public Optional<Severity> severityOf(String id) {
        return Optional.ofNullable(severities.get(id));
    }
}
