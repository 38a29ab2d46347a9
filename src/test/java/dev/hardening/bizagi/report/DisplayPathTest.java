package dev.hardening.bizagi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Splitting a display path where it enters an archive, and the URI each part gets. */
class DisplayPathTest {

    @Test
    void nestedEntryKeepsTheOutermostArchiveAsArtifact() {
        DisplayPath path = DisplayPath.of("target/portal.zip!/portal.war!/WEB-INF/web.xml");

        assertEquals("target/portal.zip", path.artifact());
        assertEquals("portal.war!/WEB-INF/web.xml", path.entry());
        assertEquals("WEB-INF/web.xml", path.innermostEntry());
        assertEquals("portal.war!/WEB-INF/web.xml", path.stableName());
    }

    @Test
    void uriIsRelativeAndEncodedInsideTheProjectAndAFileUriOutside() {
        assertEquals(
                "target/my%20portal.zip",
                DisplayPath.of("target/my portal.zip!/web.config").artifactUri());
        assertEquals(
                "src/main/web.config", DisplayPath.of("src/main/web.config").artifactUri());
        assertEquals(
                "file:///opt/build/portal.zip",
                DisplayPath.of("/opt/build/portal.zip").artifactUri());
        assertEquals(
                "file:///C:/build/portal.zip",
                DisplayPath.of("C:/build/portal.zip").artifactUri());
    }
}
