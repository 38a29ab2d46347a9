package dev.hardening.bizagi.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.parse.SafeXmlReader;
import dev.hardening.bizagi.parse.SourceComment;
import dev.hardening.bizagi.report.SuppressedFinding;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which findings count once suppressions and the baseline have had their say. */
class FindingTriageTest {

    private static final String ZIPPED = "target/portal-1.0.0.zip!/WebApplication/web.config";
    private static final LocalDate TODAY = LocalDate.of(2027, 4, 1);

    private final SuppressionReader reader = new SuppressionReader(List.of("ASPNET-TRACE-OFF", "ASPNET-DEBUG-OFF"));

    private final Finding trace = finding("ASPNET-TRACE-OFF", ZIPPED, 7, "/configuration/system.web/trace");
    private final Finding debug = finding("ASPNET-DEBUG-OFF", ZIPPED, 8, "/configuration/system.web/compilation");

    @Test
    void aPomSuppressionMatchesThePathInsideTheArchive() throws Exception {
        Suppression pom = reader.pom(1, "ASPNET-TRACE-OFF", "**/WebApplication/web.config", "load rig", "2027-04-01");

        FindingTriage.Outcome outcome = triage(List.of(pom), Optional.empty()).apply(List.of(trace, debug), Map.of());

        assertEquals(List.of(debug), outcome.counted());
        assertEquals(List.of(new SuppressedFinding(trace, "pom", "load rig")), outcome.suppressed());
        assertEquals(List.of(), outcome.warnings());
    }

    @Test
    void anExpiredSuppressionBringsTheFindingBackSayingWhen() throws Exception {
        Suppression pom = reader.pom(1, "ASPNET-TRACE-OFF", null, "load rig", "2027-03-31");

        FindingTriage.Outcome outcome = triage(List.of(pom), Optional.empty()).apply(List.of(trace), Map.of());

        assertEquals(
                List.of(ZIPPED + ":7: [ASPNET-TRACE-OFF] trace is on. Its suppression ASPNET-TRACE-OFF (pom.xml"
                        + " <suppressions>, suppression 1) expired on 2027-03-31. Fix: Remove it."),
                outcome.counted().stream().map(Finding::toString).toList());
        assertEquals(List.of(), outcome.suppressed());
        assertEquals(List.of(), outcome.warnings());
    }

    @Test
    void anUnusedSuppressionIsOneWarningNamingIt() throws Exception {
        Suppression pom = reader.pom(2, "ASPNET-TRACE-OFF", "**/Other/web.config", "load rig", null);

        FindingTriage.Outcome outcome = triage(List.of(pom), Optional.empty()).apply(List.of(trace), Map.of());

        assertEquals(List.of(trace), outcome.counted());
        assertEquals(
                List.of("Suppression of ASPNET-TRACE-OFF in **/Other/web.config (pom.xml <suppressions>, suppression 2)"
                        + " matches no finding; remove it."),
                outcome.warnings());
    }

    @Test
    void anInlineCommentAboveTheElementSuppressesItsRuleThere() throws Exception {
        Map<String, List<SourceComment>> comments = comments(ZIPPED, """
                <configuration>
                  <system.web>
                    <!-- violation: ASPNET-TRACE-OFF -->
                    <!-- bizagi-hardening:ignore ASPNET-TRACE-OFF reason: load test rig, removed in 2.3 -->
                    <trace enabled="true" />
                  </system.web>
                </configuration>
                """);
        Finding traceOnLine5 = finding("ASPNET-TRACE-OFF", ZIPPED, 5, "/configuration/system.web/trace");
        Finding elsewhere = finding("ASPNET-TRACE-OFF", "src/main/web.config", 5, "/configuration/system.web/trace");

        FindingTriage.Outcome outcome =
                triage(List.of(), Optional.empty()).apply(List.of(traceOnLine5, elsewhere), comments);

        assertEquals(List.of(elsewhere), outcome.counted());
        assertEquals(
                List.of(new SuppressedFinding(traceOnLine5, "inline", "load test rig, removed in 2.3")),
                outcome.suppressed());
        assertEquals(List.of(), outcome.warnings());
    }

    @Test
    void anInlineCommentWithoutAReasonIsAWarningAndSuppressesNothing() throws Exception {
        Map<String, List<SourceComment>> comments = comments(ZIPPED, """
                <configuration>
                  <system.web>
                    <trace enabled="true" /> <!-- bizagi-hardening:ignore ASPNET-TRACE-OFF -->
                  </system.web>
                </configuration>
                """);
        Finding traceOnLine3 = finding("ASPNET-TRACE-OFF", ZIPPED, 3, "/configuration/system.web/trace");

        FindingTriage.Outcome outcome = triage(List.of(), Optional.empty()).apply(List.of(traceOnLine3), comments);

        assertEquals(List.of(traceOnLine3), outcome.counted());
        assertEquals(1, outcome.warnings().size());
        assertTrue(
                outcome.warnings()
                        .get(0)
                        .startsWith(ZIPPED + ":3: bizagi-hardening:ignore needs a rule id and a reason, so it"
                                + " suppresses nothing;"),
                outcome.warnings().get(0));
    }

    @Test
    void anInlineCommentForAnotherRuleLeavesTheFindingAndIsUnused() throws Exception {
        Map<String, List<SourceComment>> comments = comments(ZIPPED, """
                <configuration>
                  <system.web>
                    <!-- bizagi-hardening:ignore ASPNET-DEBUG-OFF reason: not this one -->
                    <trace enabled="true" />
                  </system.web>
                </configuration>
                """);
        Finding traceOnLine4 = finding("ASPNET-TRACE-OFF", ZIPPED, 4, "/configuration/system.web/trace");

        FindingTriage.Outcome outcome = triage(List.of(), Optional.empty()).apply(List.of(traceOnLine4), comments);

        assertEquals(List.of(traceOnLine4), outcome.counted());
        assertEquals(
                List.of("Suppression of ASPNET-DEBUG-OFF (" + ZIPPED + ":3) matches no finding; remove it."),
                outcome.warnings());
    }

    @Test
    void aBaselineKeepsOldFindingsAndLetsNewOnesCount() {
        Baseline baseline = Baseline.of(List.of(trace), "1.0.0");
        Finding movedDown = finding("ASPNET-TRACE-OFF", ZIPPED, 12, "/configuration/system.web/trace");

        FindingTriage.Outcome outcome =
                triage(List.of(), Optional.of(baseline)).apply(List.of(movedDown, debug), Map.of());

        assertEquals(List.of(debug), outcome.counted());
        assertEquals(
                List.of(new SuppressedFinding(movedDown, "baseline", "accepted in the baseline")),
                outcome.suppressed());
        assertEquals(List.of(), outcome.fixed());
    }

    @Test
    void findingsBeyondTheBaselinesCountAreNew() {
        Finding second = finding("ASPNET-TRACE-OFF", ZIPPED, 9, "/configuration/system.web/trace");
        Baseline baseline = Baseline.of(List.of(trace), "1.0.0");

        FindingTriage.Outcome outcome =
                triage(List.of(), Optional.of(baseline)).apply(List.of(trace, second), Map.of());

        assertEquals(List.of(second), outcome.counted());
        assertEquals(1, outcome.suppressed().size());
    }

    @Test
    void baselineEntriesNoLongerFoundAreReportedFixed() {
        Finding second = finding("ASPNET-TRACE-OFF", ZIPPED, 9, "/configuration/system.web/trace");
        Baseline baseline = Baseline.of(List.of(trace, second, debug), "1.0.0");

        FindingTriage.Outcome outcome = triage(List.of(), Optional.of(baseline)).apply(List.of(trace), Map.of());

        assertEquals(List.of(), outcome.counted());
        assertEquals(
                List.of(
                        "Fixed since the baseline: ASPNET-DEBUG-OFF in target/portal-${project.version}.zip!/"
                                + "WebApplication/web.config at /configuration/system.web/compilation.",
                        "Fixed since the baseline: ASPNET-TRACE-OFF in target/portal-${project.version}.zip!/"
                                + "WebApplication/web.config at /configuration/system.web/trace (1 of 2)."),
                outcome.fixed());
    }

    @Test
    void aNewVersionOfTheArchiveKeepsTheBaseline() {
        Baseline baseline = Baseline.of(List.of(trace), "1.0.0");
        Finding nextRelease =
                finding("ASPNET-TRACE-OFF", ZIPPED.replace("1.0.0", "1.1.0"), 7, "/configuration/system.web/trace");

        FindingTriage triage = new FindingTriage(reader, List.of(), TODAY, Optional.of(baseline), "1.1.0");

        assertEquals(List.of(), triage.apply(List.of(nextRelease), Map.of()).counted());
    }

    @Test
    void anArchiveNamedWithoutMavensHyphenKeepsTheBaselineAcrossARelease() {
        String underscored = "target/portal_1.0.0.zip!/WebApplication/web.config";
        Baseline baseline = Baseline.of(
                List.of(finding("ASPNET-TRACE-OFF", underscored, 7, "/configuration/system.web/trace")), "1.0.0");
        Finding nextRelease = finding(
                "ASPNET-TRACE-OFF", underscored.replace("1.0.0", "1.1.0"), 7, "/configuration/system.web/trace");

        FindingTriage triage = new FindingTriage(reader, List.of(), TODAY, Optional.of(baseline), "1.1.0");

        assertEquals(List.of(), triage.apply(List.of(nextRelease), Map.of()).counted());
    }

    private FindingTriage triage(List<Suppression> declared, Optional<Baseline> baseline) {
        return new FindingTriage(reader, declared, TODAY, baseline, "1.0.0");
    }

    private static Finding finding(String rule, String file, int line, String xpath) {
        String what = rule.equals("ASPNET-TRACE-OFF") ? "trace is on." : "debug is on.";
        return new Finding(rule, Severity.ERROR, new SourceLocation(file, line, xpath), what, "Remove it.");
    }

    private static Map<String, List<SourceComment>> comments(String file, String xml) throws Exception {
        Map<String, List<SourceComment>> comments = new HashMap<>();
        new SafeXmlReader(comments::put).read(xml.getBytes(StandardCharsets.UTF_8), file);
        return comments;
    }
}
