package dev.hardening.bizagi.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.parse.SourceComment;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Suppressions as users write them, and each way of writing one wrong. */
class SuppressionReaderTest {

    private final SuppressionReader reader = new SuppressionReader(List.of("ASPNET-TRACE-OFF", "ASPNET-DEBUG-OFF"));

    @Test
    void fileSuppressionsAreReadWithTheirLines() throws Exception {
        List<Suppression> read = reader.file(bytes("""
                <suppressions>
                  <suppression>
                    <rule>ASPNET-TRACE-OFF</rule>
                    <path>**/LoadTest/web.config</path>
                    <reason> Load test rig; removed in 2.3 </reason>
                    <until>2027-03-31</until>
                  </suppression>
                  <suppression>
                    <rule>*</rule>
                    <path>target/*.zip!/Samples/**</path>
                    <reason>Samples are not deployed</reason>
                  </suppression>
                </suppressions>
                """), "suppressions.xml");

        assertEquals(
                List.of(
                        new Suppression(
                                "ASPNET-TRACE-OFF",
                                Optional.of("**/LoadTest/web.config"),
                                "Load test rig; removed in 2.3",
                                Optional.of(LocalDate.of(2027, 3, 31)),
                                "file",
                                "suppressions.xml:2",
                                Optional.empty()),
                        new Suppression(
                                "*",
                                Optional.of("target/*.zip!/Samples/**"),
                                "Samples are not deployed",
                                Optional.empty(),
                                "file",
                                "suppressions.xml:8",
                                Optional.empty())),
                read);
    }

    @Test
    void aMissingReasonNamesTheSuppressionsLine() {
        PolicyException error = assertThrows(
                PolicyException.class,
                () -> reader.file(
                        bytes("<suppressions>\n  <suppression>\n    <rule>ASPNET-TRACE-OFF</rule>\n"
                                + "  </suppression>\n</suppressions>\n"),
                        "suppressions.xml"));

        assertEquals(
                "Suppressions file suppressions.xml:2: <reason> is missing; every suppression says why the risk is"
                        + " accepted.",
                error.getMessage());
    }

    @Test
    void aBadDateNamesItsLine() {
        PolicyException error = assertThrows(
                PolicyException.class,
                () -> reader.file(
                        bytes("<suppressions>\n  <suppression>\n    <rule>ASPNET-TRACE-OFF</rule>\n"
                                + "    <reason>rig</reason>\n    <until>31/03/2027</until>\n"
                                + "  </suppression>\n</suppressions>\n"),
                        "suppressions.xml"));

        assertEquals(
                "Suppressions file suppressions.xml:5: <until> is \"31/03/2027\", not a date written yyyy-MM-dd"
                        + " (ISO 8601) such as 2027-03-31.",
                error.getMessage());
        // Maven appends a cause's message to the build's error: the parser's own text must not follow.
        assertNull(error.getCause());
    }

    @Test
    void anUnknownRuleIdNamesItsLineAndTheKnownIds() {
        PolicyException error = assertThrows(
                PolicyException.class,
                () -> reader.file(
                        bytes("<suppressions>\n  <suppression>\n    <reason>rig</reason>\n"
                                + "    <rule>ASPNET-TRACE</rule>\n  </suppression>\n</suppressions>\n"),
                        "suppressions.xml"));

        assertEquals(
                "Suppressions file suppressions.xml:4: <rule> names the unknown rule id ASPNET-TRACE. mvn"
                        + " bizagi-hardening:rules lists every rule id.",
                error.getMessage());
    }

    @Test
    void malformedXmlNamesTheFileAndLine() {
        PolicyException error = assertThrows(
                PolicyException.class,
                () -> reader.file(bytes("<suppressions>\n  <suppression>\n</suppressions>\n"), "suppressions.xml"));

        assertTrue(
                error.getMessage().startsWith("Suppressions file suppressions.xml:3: cannot be parsed: "),
                error.getMessage());
        // Maven would print a cause's message after this one, the parser's reason a second time.
        assertNull(error.getCause());
    }

    @Test
    void anUnknownElementIsRefused() {
        PolicyException error = assertThrows(
                PolicyException.class,
                () -> reader.file(
                        bytes("<suppressions>\n  <suppression>\n    <rule>ASPNET-TRACE-OFF</rule>\n"
                                + "    <reason>rig</reason>\n    <expires>2027-01-01</expires>\n"
                                + "  </suppression>\n</suppressions>\n"),
                        "suppressions.xml"));

        assertEquals(
                "Suppressions file suppressions.xml:5: <expires> is not allowed in <suppression>; it holds [rule,"
                        + " path, reason, until].",
                error.getMessage());
    }

    @Test
    void anyRuleNeedsAPath() {
        PolicyException error = assertThrows(PolicyException.class, () -> reader.pom(2, "*", null, "everything", null));

        assertEquals(
                "Invalid plugin configuration: pom.xml <suppressions>, suppression 2: <rule> is \"*\" without a"
                        + " <path>; \"*\" suppresses every rule only for the files a path pattern names.",
                error.getMessage());
    }

    @Test
    void aBlankPomReasonIsMissing() {
        PolicyException error =
                assertThrows(PolicyException.class, () -> reader.pom(1, "ASPNET-TRACE-OFF", null, "  ", null));

        assertEquals(
                "Invalid plugin configuration: pom.xml <suppressions>, suppression 1: <reason> is missing; every"
                        + " suppression says why the risk is accepted.",
                error.getMessage());
    }

    @Test
    void anInlineCommentNamesRulesAndAReason() throws Exception {
        SourceComment comment = new SourceComment(
                "web.config", 6, 6, 7, "bizagi-hardening:ignore ASPNET-TRACE-OFF, ASPNET-DEBUG-OFF reason: load rig");

        List<Suppression> read = reader.inline(comment).orElseThrow();

        assertEquals(
                List.of("ASPNET-TRACE-OFF", "ASPNET-DEBUG-OFF"),
                read.stream().map(Suppression::ruleId).toList());
        assertEquals("load rig", read.get(0).reason());
        assertEquals("web.config:6", read.get(0).declaredAt());
    }

    @Test
    void anInlineCommentWithoutAReasonIsRefused() {
        SourceComment comment = new SourceComment("web.config", 6, 6, 7, "bizagi-hardening:ignore ASPNET-TRACE-OFF");

        PolicyException error = assertThrows(PolicyException.class, () -> reader.inline(comment));

        assertEquals(
                "web.config:6: bizagi-hardening:ignore needs a rule id and a reason, so it suppresses nothing; write"
                        + " <!-- bizagi-hardening:ignore RULE-ID reason: why it is accepted --> (# bizagi-hardening:ignore"
                        + " RULE-ID reason: ... in a properties file).",
                error.getMessage());
    }

    @Test
    void anOrdinaryCommentIsNoSuppression() throws Exception {
        assertEquals(Optional.empty(), reader.inline(new SourceComment("web.config", 2, 2, 3, "violation: X")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
