package dev.hardening.bizagi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML page: self-contained, escaped, grouped by file. */
class HtmlReportTest {

    @TempDir
    Path root;

    private String page;

    @BeforeEach
    void render() throws IOException {
        SampleReports.writeProject(root);
        page = new HtmlReport(root, SampleReports.TOOL).render(SampleReports.result());
    }

    @Test
    void pageLoadsNothingAndRunsNoScript() {
        assertFalse(page.contains("<script"), page);
        assertFalse(page.contains("<link"), page);
        assertFalse(page.contains("src="), page);
        assertTrue(page.contains("<style>"), page);
        assertTrue(page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""), page);
    }

    @Test
    void textFromTheFindingsIsEscaped() {
        assertTrue(page.contains("A note with &quot;quotes&quot; and &lt;markup&gt;."), page);
        assertTrue(page.contains("No ipSecurity &lt;allowUnlisted=&quot;false&quot;&gt; &amp; no allow list."), page);
        assertFalse(page.contains("<markup>"), page);
    }

    @Test
    void summaryCountsEachKind() {
        assertTrue(
                page.contains(
                        "<tr><td>3</td><td>" + SampleReports.result().rules().size()
                                + "</td><td>1</td><td>1</td><td>1</td><td>2</td><td>1</td></tr>"),
                page);
    }

    @Test
    void findingsAreGroupedByFileInOrderWithTheArchiveEntryAndItsSource() {
        int transform = page.indexOf("<h3>" + SampleReports.TRANSFORM + "</h3>");
        int packaged = page.indexOf("<h3>" + SampleReports.PACKAGED + "</h3>");

        assertTrue(transform > 0 && packaged > transform, page);
        assertTrue(
                page.contains("<p class=\"muted\">Entry <code>WebApplication/web.config</code> of <code>"
                        + SampleReports.ZIP + "</code>, packaged from <code>" + SampleReports.SOURCE
                        + "</code> (identical); the lines below are the same in both.</p>"),
                page);
        assertTrue(
                page.contains("<tr><td>4</td><td class=\"error\">error</td><td><code>BIZAGI-PROTOCOL-HTTPS</code></td>"
                        + "<td>appSettings PROTOCOL is &quot;HTTP&quot;, not HTTPS, so Bizagi serves its links over"
                        + " plain HTTP.</td><td><pre>Set &lt;add key=&quot;PROTOCOL&quot; value=&quot;HTTPS&quot;/&gt;"
                        + " in &lt;appSettings&gt;.</pre></td></tr>"),
                page);
    }

    @Test
    void suppressedMalformedAndNotVerifiableHaveTheirSections() {
        assertEquals(1, count("<h2 id=\"suppressed\">"));
        assertTrue(page.contains("<td>inline: tracing is needed in the test environment until 2027</td>"), page);
        assertTrue(
                page.contains("<tr><td><code>target/portal-1.0.0.zip!/WebServices/web.config</code></td><td>3</td>"
                        + "<td class=\"error\">element type &quot;system.web&quot; not closed</td></tr>"),
                page);
        assertTrue(page.contains("<li>TLS protocol versions and cipher suites (SCHANNEL registry)</li>"), page);
    }

    private int count(String text) {
        Matcher matcher = Pattern.compile(Pattern.quote(text)).matcher(page);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
