package dev.hardening.bizagi.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comments kept with their lines and the markup they stand above, for inline suppressions. */
class SourceCommentTest {

    @Test
    void xmlCommentsKnowTheirLinesAndTheTagBelowThem() throws Exception {
        List<SourceComment> comments = xmlComments("""
                <configuration>
                  <system.web>
                    <!-- first -->
                    <!-- second,
                         over two lines -->
                    <trace
                        enabled="true" />
                    <compilation debug="true" /> <!-- trailing -->
                    <customErrors mode="Off" />
                  </system.web>
                  <!-- last -->
                </configuration>
                """);

        assertEquals(
                List.of(
                        new SourceComment("web.config", 3, 3, 7, "first"),
                        new SourceComment("web.config", 4, 5, 7, "second,\n         over two lines"),
                        new SourceComment("web.config", 8, 8, 8, "trailing"),
                        new SourceComment("web.config", 11, 11, 12, "last")),
                comments);
    }

    @Test
    void aCommentAppliesToItsOwnLinesAndToTheTagBelowOnly() {
        SourceComment above = new SourceComment("web.config", 4, 5, 7, "text");

        assertEquals(
                List.of(false, true, true, false, true, false),
                List.of(3, 4, 5, 6, 7, 8).stream().map(above::appliesTo).toList());
    }

    @Test
    void aCommentBeforeTheRootElementPointsAtIt() throws Exception {
        List<SourceComment> comments = xmlComments("<?xml version=\"1.0\"?>\n<!-- top -->\n<configuration/>\n");

        assertEquals(List.of(new SourceComment("web.config", 2, 2, 3, "top")), comments);
    }

    @Test
    void propertiesCommentsPointAtTheKeyBelowThem() {
        LocatedProperties properties =
                LocatedProperties.read("""
                # header
                authentication.type=bizagi

                # one
                ! two
                login.maxFailedAttempts=9
                # at the end
                """.getBytes(StandardCharsets.UTF_8), "authentication.properties");

        assertEquals(
                List.of(
                        new SourceComment("authentication.properties", 1, 1, 2, "header"),
                        new SourceComment("authentication.properties", 4, 4, 6, "one"),
                        new SourceComment("authentication.properties", 5, 5, 6, "two"),
                        new SourceComment("authentication.properties", 7, 7, 0, "at the end")),
                properties.comments());
        assertEquals(6, properties.get("login.maxFailedAttempts").orElseThrow().line());
    }

    private static List<SourceComment> xmlComments(String xml) throws MalformedDescriptorException {
        List<SourceComment> found = new ArrayList<>();
        new SafeXmlReader((file, comments) -> found.addAll(comments))
                .read(xml.getBytes(StandardCharsets.UTF_8), "web.config");
        return found;
    }
}
