package dev.hardening.bizagi.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.PackagedDeployment;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An inline suppression sits in the file a finding points at, which for a transformed value is the transform. */
class InlineSuppressionOriginTest {

    private static final String WEB_CONFIG = """
            <?xml version="1.0"?>
            <configuration>
              <system.web>
                %s
                <compilation debug="false" />
              </system.web>
            </configuration>
            """;

    private static final String RELEASE_TRANSFORM = """
            <?xml version="1.0"?>
            <configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
              <system.web>
                %s
                <compilation debug="true" xdt:Transform="SetAttributes(debug)" />
              </system.web>
            </configuration>
            """;

    private static final String IGNORE =
            "<!-- bizagi-hardening:ignore ASPNET-DEBUG-OFF reason: release symbols for support case 4711 -->";

    @TempDir
    Path basedir;

    @Test
    void aCommentInTheTransformSuppressesWhatTheTransformWrote() throws Exception {
        FindingTriage.Outcome outcome = triage(WEB_CONFIG.formatted(""), RELEASE_TRANSFORM.formatted(IGNORE));

        assertEquals(List.of(), debugFindings(outcome.counted()));
        assertEquals(
                List.of("src/main/portal/WebApplication/Web.Release.config:5"),
                outcome.suppressed().stream()
                        .map(s -> s.finding().location().toString())
                        .filter(s -> s.contains("Release"))
                        .toList());
    }

    @Test
    void aCommentInTheTransformedFileDoesNotReachTheTransformsValue() throws Exception {
        FindingTriage.Outcome outcome = triage(WEB_CONFIG.formatted(IGNORE), RELEASE_TRANSFORM.formatted(""));

        assertEquals(List.of("src/main/portal/WebApplication/Web.Release.config:5"), debugFindings(outcome.counted()));
        assertEquals(
                List.of("Suppression of ASPNET-DEBUG-OFF (src/main/portal/WebApplication/Web.config:4) matches no"
                        + " finding; remove it."),
                outcome.warnings());
    }

    private FindingTriage.Outcome triage(String webConfig, String transform) throws Exception {
        Path folder = basedir.resolve("src/main/portal/WebApplication");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Web.config"), webConfig);
        Files.writeString(folder.resolve("Web.Release.config"), transform);
        Deployment deployment = PackagedDeployment.readFolders(basedir, "src/main");
        RuleCatalog rules = RuleCatalog.standard();
        List<Finding> findings = rules.judge(deployment, Policy.GUIDE);
        SuppressionReader reader = new SuppressionReader(
                rules.rules().stream().map(rule -> rule.id()).toList());
        return new FindingTriage(reader, List.of(), LocalDate.of(2027, 1, 1), Optional.empty(), "1.0.0")
                .apply(findings, deployment.comments());
    }

    private static List<String> debugFindings(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.ruleId().equals("ASPNET-DEBUG-OFF"))
                .map(f -> f.location().toString())
                .toList();
    }
}
