package dev.hardening.bizagi.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hardening.bizagi.rules.RuleCatalog;
import dev.hardening.bizagi.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** How the goals read profile, ruleSeverities and disabledRules, and how they name an unknown rule id. */
class SelectionParametersTest {

    private static final RuleCatalog RULES = RuleCatalog.standard();

    @Test
    void aMisspeltSeverityOverrideNamesTheParameterAndTheIdMeant() {
        MojoExecutionException error = assertThrows(
                MojoExecutionException.class,
                () -> SelectionParameters.resolve(RULES, "bizagi", Map.of("aspnet-trust-levl", "off"), null));

        assertEquals(
                "Invalid plugin configuration: ruleSeverities names aspnet-trust-levl, which is no rule id; did you"
                        + " mean ASPNET-TRUST-LEVEL? mvn bizagi-hardening:rules lists every rule id.",
                error.getMessage());
    }

    @Test
    void anIdFarFromEveryRuleGetsNoGuess() {
        assertEquals(
                "Invalid plugin configuration: disabledRules (bizagi.hardening.disabledRules) names NO-SUCH, which is"
                        + " no rule id. mvn bizagi-hardening:rules lists every rule id.",
                SelectionParameters.unknownRuleId(RULES, "NO-SUCH", "disabledRules (bizagi.hardening.disabledRules)"));
    }

    @Test
    void disabledRulesWinOverSeverities() throws Exception {
        var selection = SelectionParameters.resolve(
                RULES, "bizagi", Map.of("ASPNET-DEBUG-OFF", "error"), List.of(" ASPNET-DEBUG-OFF "));

        assertEquals(Optional.empty(), selection.severityOf("ASPNET-DEBUG-OFF"));
        assertEquals(Optional.of(Severity.ERROR), selection.severityOf("BIZAGI-PROTOCOL-HTTPS"));
    }
}
