package dev.hardening.bizagi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Choosing report formats from the comma-separated list a user writes. */
class ReportFormatTest {

    @Test
    void listIsReadInAnyCaseWithSpaces() {
        assertEquals(EnumSet.of(ReportFormat.SARIF, ReportFormat.JUNIT), ReportFormat.parse(" SARIF , junit"));
    }

    @Test
    void allSelectsEveryFormatAndBlankNone() {
        assertEquals(EnumSet.allOf(ReportFormat.class), ReportFormat.parse("all"));
        assertEquals(Set.of(), ReportFormat.parse(""));
        assertEquals(Set.of(), ReportFormat.parse(null));
    }

    @Test
    void unknownFormatIsNamedWithTheAllowedOnes() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("sarif,xml"));

        assertEquals(
                "unknown report format \"xml\"; the formats are sarif, json, junit, html, all", error.getMessage());
    }

    @Test
    void fileNamesAreTheOnesToolsLookFor() {
        assertEquals("bizagi-hardening.sarif", ReportFormat.SARIF.fileName());
        assertEquals("bizagi-hardening.json", ReportFormat.JSON.fileName());
        assertEquals("TEST-bizagi-hardening.xml", ReportFormat.JUNIT.fileName());
        assertEquals("bizagi-hardening.html", ReportFormat.HTML.fileName());
    }
}
