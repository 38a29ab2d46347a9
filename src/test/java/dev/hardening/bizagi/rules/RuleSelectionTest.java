package dev.hardening.bizagi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hardening.bizagi.model.Deployment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Profiles choose rules and severities from the descriptions; overrides by id come last. */
class RuleSelectionTest {

    private static final RuleDescription GUIDE_ITEM = RuleDescription.rule("GUIDE-ITEM", "From the guide")
            .bizagi(GuideLevel.BASIC, "Mandatory hardening part 1")
            .build();
    private static final RuleDescription CIS_ITEM =
            RuleDescription.rule("CIS-ITEM", "From CIS").cis("1.3").build();
    private static final RuleDescription GENERIC_ITEM =
            RuleDescription.rule("GENERIC-ITEM", "Generic").build();

    private final RuleCatalog catalog = RuleCatalog.of(List.of(rule(GUIDE_ITEM), rule(CIS_ITEM), rule(GENERIC_ITEM)));

    @Test
    void bizagiProfileMakesGuideItemsErrorsAndTheRestWarnings() {
        RuleSelection selection = RuleSelection.of(catalog, Profile.BIZAGI, Map.of());

        assertEquals(List.of("GUIDE-ITEM=ERROR", "CIS-ITEM=WARNING", "GENERIC-ITEM=WARNING"), describe(selection));
    }

    @Test
    void cisProfileRunsCisAndGuideItemsAsErrorsOnly() {
        RuleSelection selection = RuleSelection.of(catalog, Profile.CIS_IIS_L1, Map.of());

        assertEquals(List.of("GUIDE-ITEM=ERROR", "CIS-ITEM=ERROR"), describe(selection));
    }

    @Test
    void cisProfileAlsoRunsDeclaredErrorsAndKeepsAGuideItemTheDescriptionLowers() {
        RuleDescription declaredError = RuleDescription.rule("DECLARED-ERROR", "An error outside the guide")
                .severity(Severity.ERROR)
                .build();
        RuleDescription lowered = RuleDescription.rule("LOWERED-GUIDE-ITEM", "Beyond the package")
                .bizagi(GuideLevel.BASIC, "Mandatory hardening part 1")
                .severity(Severity.WARNING)
                .build();
        RuleCatalog wider = RuleCatalog.of(List.of(rule(declaredError), rule(lowered), rule(GENERIC_ITEM)));

        assertEquals(
                List.of("DECLARED-ERROR=ERROR", "LOWERED-GUIDE-ITEM=WARNING"),
                describe(RuleSelection.of(wider, Profile.CIS_IIS_L1, Map.of())));
    }

    @Test
    void strictProfileMakesEverythingAnError() {
        RuleSelection selection = RuleSelection.of(catalog, Profile.STRICT, Map.of());

        assertEquals(List.of("GUIDE-ITEM=ERROR", "CIS-ITEM=ERROR", "GENERIC-ITEM=ERROR"), describe(selection));
    }

    @Test
    void overridesChangeSeverityTurnRulesOffAndBringThemBack() {
        RuleSelection selection = RuleSelection.of(
                catalog,
                Profile.CIS_IIS_L1,
                Map.of("GUIDE-ITEM", "Warning", "CIS-ITEM", "off", "GENERIC-ITEM", "info"));

        assertEquals(List.of("GUIDE-ITEM=WARNING", "GENERIC-ITEM=INFO"), describe(selection));
        assertEquals(Optional.empty(), selection.severityOf("CIS-ITEM"));
    }

    @Test
    void badOverridesNameTheIdOrTheValue() {
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class,
                () -> RuleSelection.of(catalog, Profile.BIZAGI, Map.of("NO-SUCH", "off")));
        IllegalArgumentException badValue = assertThrows(
                IllegalArgumentException.class,
                () -> RuleSelection.of(catalog, Profile.BIZAGI, Map.of("CIS-ITEM", "fatal")));

        assertEquals(
                "unknown rule id NO-SUCH; the rule ids are [CIS-ITEM, GENERIC-ITEM, GUIDE-ITEM]", unknown.getMessage());
        assertEquals(
                "CIS-ITEM is set to \"fatal\"; a rule's severity is error, warning, info or off",
                badValue.getMessage());
    }

    @Test
    void profilesAreNamedByTheirLabel() {
        assertEquals(Optional.of(Profile.CIS_IIS_L1), Profile.named(" CIS-IIS-L1 "));
        assertEquals(Optional.empty(), Profile.named("cis"));
    }

    private static List<String> describe(RuleSelection selection) {
        return selection.active().stream()
                .map(a -> a.rule().id() + "=" + a.severity())
                .toList();
    }

    private static Rule rule(RuleDescription description) {
        return new AbstractRule(description) {
            @Override
            public List<Finding> check(Deployment deployment, Policy policy) {
                return List.of();
            }
        };
    }
}
