package dev.hardening.bizagi.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocatedPropertiesTest {

    private static final String FILE = "src/main/bizagi/authentication.properties";

    @Test
    void keysStandOnTheLineTheyAreWrittenOn() {
        LocatedProperties properties = read("""
                # Authentication policy of the Claims environment.

                authentication.type=bizagi
                ! Bizagi Studio > Security > Authentication
                login.maxFailedAttempts=3
                """);

        assertEquals(
                List.of(
                        new LocatedProperties.Entry("authentication.type", "bizagi", 3),
                        new LocatedProperties.Entry("login.maxFailedAttempts", "3", 5)),
                properties.entries());
        assertEquals(FILE, properties.file());
    }

    @Test
    void separatorsAreReadAsPropertiesReadsThem() {
        LocatedProperties properties = read("""
                equals=1
                spaced = 2
                colon:3
                spacedColon : 4
                whitespace 5
                tab\t6
                noValue
                """);

        assertEquals(
                Map.of(
                        "equals", "1",
                        "spaced", "2",
                        "colon", "3",
                        "spacedColon", "4",
                        "whitespace", "5",
                        "tab", "6",
                        "noValue", ""),
                values(properties));
    }

    @Test
    void continuationLinesKeepTheKeysFirstLine() {
        LocatedProperties properties = read("""
                systemUser.name=\\
                    domain\\\\\\
                    admon
                password.minLength = 8
                """);

        assertEquals(
                Optional.of(new LocatedProperties.Entry("systemUser.name", "domain\\admon", 1)),
                properties.get("systemUser.name"));
        assertEquals(4, properties.get("password.minLength").orElseThrow().line());
    }

    @Test
    void anEvenNumberOfBackslashesEndsTheLine() {
        LocatedProperties properties = read("""
                share=\\\\\\\\files\\\\bizagi\\\\
                password.minLength=8
                """);

        assertEquals(
                Optional.of(new LocatedProperties.Entry("share", "\\\\files\\bizagi\\", 1)), properties.get("share"));
        assertEquals(2, properties.get("password.minLength").orElseThrow().line());
    }

    @Test
    void aCommentEndingInABackslashDoesNotContinue() {
        LocatedProperties properties = read("""
                # Old share: \\\\files\\
                password.minLength=8
                """);

        assertEquals(List.of(new LocatedProperties.Entry("password.minLength", "8", 2)), properties.entries());
    }

    @Test
    void aBackslashOnTheLastLineEndsTheValue() {
        LocatedProperties properties = read("password.minLength=8\\");

        assertEquals(List.of(new LocatedProperties.Entry("password.minLength", "8", 1)), properties.entries());
    }

    @Test
    void aStrayBackslashJoinsTheNextLineToTheValue() {
        LocatedProperties properties = read("""
                password.minLength=8\\
                password.requireLetters=true
                password.requireNumbers=true
                """);

        assertEquals(
                List.of(
                        new LocatedProperties.Entry("password.minLength", "8password.requireLetters=true", 1),
                        new LocatedProperties.Entry("password.requireNumbers", "true", 3)),
                properties.entries());
    }

    @Test
    void escapesAreUnescapedInKeysAndValues() {
        LocatedProperties properties = read("""
                max\\ logon\\ attempts=3
                colon\\:key=a\\=b
                systemUser.name=domain\\\\admon
                greeting=caf\\u00e9\\tbar
                \\#notAComment=1
                """);

        assertEquals(
                Map.of(
                        "max logon attempts", "3",
                        "colon:key", "a=b",
                        "systemUser.name", "domain\\admon",
                        "greeting", "caf\u00e9\tbar",
                        "#notAComment", "1"),
                values(properties));
        assertEquals(5, properties.get("#notAComment").orElseThrow().line());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstKey() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "authentication.type=bizagi\nlogin.maxFailedAttempts=3\n".getBytes(StandardCharsets.UTF_8);

        LocatedProperties properties = LocatedProperties.read(concat(bom, text), FILE);

        assertEquals(
                List.of(
                        new LocatedProperties.Entry("authentication.type", "bizagi", 1),
                        new LocatedProperties.Entry("login.maxFailedAttempts", "3", 2)),
                properties.entries());
    }

    @Test
    void utf8IsReadAsUtf8() {
        byte[] content = "systemUser.name=CLAIMS\\\\se\u00f1or\u20ac\n".getBytes(StandardCharsets.UTF_8);

        LocatedProperties properties = LocatedProperties.read(content, FILE);

        assertEquals(
                "CLAIMS\\se\u00f1or\u20ac",
                properties.get("systemUser.name").orElseThrow().value());
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsIso88591() {
        String text = "# Contrase\u00f1as\nsystemUser.name=CLAIMS\\\\se\u00f1or\n";
        byte[] content = text.getBytes(StandardCharsets.ISO_8859_1);

        LocatedProperties properties = LocatedProperties.read(content, FILE);

        assertEquals(
                List.of(new LocatedProperties.Entry("systemUser.name", "CLAIMS\\se\u00f1or", 2)), properties.entries());
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() {
        String text = "\uFEFFauthentication.type=saml\r\nsystemUser.enabled=true\r\n";

        LocatedProperties littleEndian = LocatedProperties.read(text.getBytes(StandardCharsets.UTF_16LE), FILE);
        LocatedProperties bigEndian = LocatedProperties.read(text.getBytes(StandardCharsets.UTF_16BE), FILE);

        List<LocatedProperties.Entry> expected = List.of(
                new LocatedProperties.Entry("authentication.type", "saml", 1),
                new LocatedProperties.Entry("systemUser.enabled", "true", 2));
        assertEquals(expected, littleEndian.entries());
        assertEquals(expected, bigEndian.entries());
    }

    @Test
    void aRepeatedKeyTakesTheLastValueAndItsLine() {
        LocatedProperties properties = read("""
                password.minLength=6
                password.requireLetters=true
                # Raised after the audit.
                password.minLength=12
                """);

        assertEquals(
                List.of(
                        new LocatedProperties.Entry("password.requireLetters", "true", 2),
                        new LocatedProperties.Entry("password.minLength", "12", 4)),
                properties.entries());
    }

    @Test
    void everyLineEndingCountsAsOneLine() {
        LocatedProperties properties = read("a=1\r\nb=2\rc=3\nd=4\r\n\r\ne=5");

        assertEquals(
                List.of(1, 2, 3, 4, 6),
                properties.entries().stream().map(LocatedProperties.Entry::line).toList());
    }

    @Test
    void continuationAcrossCrlfLineEndingsKeepsTheKeysFirstLine() {
        LocatedProperties properties = read("PROTOCOL=\\\r\n    \"HTTPS\"\r\nPROJECT_NAME=Claims\r\n");

        assertEquals(
                List.of(
                        new LocatedProperties.Entry("PROTOCOL", "\"HTTPS\"", 1),
                        new LocatedProperties.Entry("PROJECT_NAME", "Claims", 3)),
                properties.entries());
    }

    @Test
    void whiteSpaceBeforeTheValueIsDroppedAndAfterItKept() {
        LocatedProperties properties = read("password.minLength =   8  \t\n");

        assertEquals("8  \t", properties.get("password.minLength").orElseThrow().value());
    }

    @Test
    void keysAreMatchedExactly() {
        LocatedProperties properties = read("Password.MinLength=8\n");

        assertEquals(Optional.empty(), properties.get("password.minLength"));
        assertEquals("8", properties.get("Password.MinLength").orElseThrow().value());
    }

    @Test
    void aMalformedUnicodeEscapeDropsOnlyItsOwnLine() {
        LocatedProperties properties = read("""
                systemUser.name=domain\\u00zzadmon
                systemUser.enabled=true
                """);

        assertEquals(List.of(new LocatedProperties.Entry("systemUser.enabled", "true", 2)), properties.entries());
    }

    @Test
    void anEmptyFileHasNoEntries() {
        assertEquals(List.of(), read("").entries());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a=1\nb = 2\nc:3\nd 4\n",
                "a=1\\\n  2\\\n   3\nb=4",
                "a=1\\\n\nb=2",
                "a=x\\\\\nb=2",
                "   a=1\\\n\tb\nc=2",
                "a = 1 \\\n   # part of the value\n",
                "a=1\\\n  !part of the value\nb=2",
                "# comment \\\na=1",
                "! comment \\\na=1",
                "a=1\\\r\n  2\r\nb=3",
                "a=\\\n\\\n  z\n",
                "key\\ with\\ spaces=v\n\\#hash=1\n\\!bang=2\n",
                "=empty key\nonlyKey\n",
                "a=1\na=2\nb=3\na=4\n",
                "\f a=1\n  \t\n",
            })
    void readsEveryKeyAndValueAsPropertiesDoes(String text) throws IOException {
        Properties expected = new Properties();
        expected.load(new StringReader(text));

        LocatedProperties properties = read(text);

        assertEquals(
                new TreeMap<>(expected.stringPropertyNames().stream()
                        .collect(Collectors.toMap(key -> key, expected::getProperty))),
                new TreeMap<>(values(properties)));
    }

    @Test
    void aContinuedLineStartingWithAHashIsValueNotComment() {
        LocatedProperties properties = read("a=1\\\n  #2\\\nb=3\n");

        assertEquals(Optional.of(new LocatedProperties.Entry("a", "1#2b=3", 1)), properties.get("a"));
        assertEquals(Optional.empty(), properties.get("b"));
    }

    @Test
    void aMalformedUnicodeEscapeIsAProblemWithItsLine() {
        LocatedProperties properties = read("authentication.type=bizagi\nsystemUser.name=domain\\u00zzadmon\n");

        assertEquals(1, properties.problems().size());
        assertEquals(2, properties.problems().get(0).line());
        assertEquals(
                FILE + ":2: cannot be parsed: Malformed \\uxxxx encoding.",
                properties.problems().get(0).getMessage());
        assertEquals(
                "bizagi", properties.get("authentication.type").orElseThrow().value());
    }

    private static LocatedProperties read(String text) {
        return LocatedProperties.read(text.getBytes(StandardCharsets.UTF_8), FILE);
    }

    private static Map<String, String> values(LocatedProperties properties) {
        return properties.entries().stream()
                .collect(Collectors.toMap(LocatedProperties.Entry::key, LocatedProperties.Entry::value));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
