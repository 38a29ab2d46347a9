package dev.hardening.bizagi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML report, parsed back with the JDK's own parser. */
class JunitReportTest {

    @TempDir
    Path root;

    private Element suite;

    @BeforeEach
    void writeAndParse() throws Exception {
        SampleReports.writeProject(root);
        String xml = new JunitReport(root, SampleReports.TOOL).render(SampleReports.result());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        suite = document.getDocumentElement();
    }

    @Test
    void suiteCountsMatchItsTestCases() {
        int rules = SampleReports.result().rules().size();
        // One case per rule without findings, one per rule and file with findings (ASPNET-DEBUG-OFF has
        // two files), one for the unreadable file.
        int withFindings = 5;
        int rulesWithFindings = 4;

        assertEquals("testsuite", suite.getTagName());
        assertEquals("bizagi-hardening", suite.getAttribute("name"));
        assertEquals(String.valueOf(rules - rulesWithFindings + withFindings + 1), suite.getAttribute("tests"));
        assertEquals(rules - rulesWithFindings + withFindings + 1, cases().size());
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("2", suite.getAttribute("skipped"));
        assertEquals(1, suite.getElementsByTagName("failure").getLength());
        assertEquals(1, suite.getElementsByTagName("error").getLength());
        assertEquals(2, suite.getElementsByTagName("skipped").getLength());
    }

    @Test
    void errorFindingIsAFailureUnderItsRuleAndFile() {
        Element protocol = testCase("BIZAGI-PROTOCOL-HTTPS", SampleReports.PACKAGED);
        Element failure = (Element) protocol.getElementsByTagName("failure").item(0);

        assertEquals(
                "appSettings PROTOCOL is \"HTTP\", not HTTPS, so Bizagi serves its links over plain HTTP.",
                failure.getAttribute("message"));
        assertEquals("BIZAGI-PROTOCOL-HTTPS", failure.getAttribute("type"));
        assertEquals(
                "error: " + SampleReports.protocolError() + " (packaged from " + SampleReports.SOURCE + ":4)",
                failure.getTextContent());
    }

    @Test
    void warningAndNotePassWithTheirFindingsInSystemOut() {
        Element warning = testCase("IIS-IP-ALLOWLIST", SampleReports.TRANSFORM);

        assertEquals(0, warning.getElementsByTagName("failure").getLength());
        assertTrue(
                warning.getElementsByTagName("system-out")
                        .item(0)
                        .getTextContent()
                        .startsWith("warning: " + SampleReports.TRANSFORM + ":2: [IIS-IP-ALLOWLIST] No ipSecurity"
                                + " <allowUnlisted=\"false\"> & no allow list."),
                warning.getTextContent());
    }

    @Test
    void suppressedOnlyCaseIsSkippedWithItsReason() {
        Element trace = testCase("ASPNET-TRACE-OFF", SampleReports.PACKAGED);
        Element skipped = (Element) trace.getElementsByTagName("skipped").item(0);

        assertEquals(
                "suppressed (inline): tracing is needed in the test environment until 2027",
                skipped.getAttribute("message"));
    }

    @Test
    void ruleWithoutFindingsIsOnePassingCaseAndMalformedFileAnError() {
        Element clean = testCase("ASPNET-COOKIES-SSL", JunitReport.NO_FINDINGS);
        Element malformed = testCase("MALFORMED-FILE", "target/portal-1.0.0.zip!/WebServices/web.config");

        assertEquals(0, clean.getChildNodes().getLength());
        assertEquals(
                "element type \"system.web\" not closed",
                ((Element) malformed.getElementsByTagName("error").item(0)).getAttribute("message"));
    }

    private List<Element> cases() {
        NodeList nodes = suite.getElementsByTagName("testcase");
        List<Element> cases = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            cases.add((Element) nodes.item(i));
        }
        return cases;
    }

    private Element testCase(String className, String name) {
        return cases().stream()
                .filter(c -> c.getAttribute("classname").equals(className)
                        && c.getAttribute("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no test case " + className + " " + name));
    }
}
