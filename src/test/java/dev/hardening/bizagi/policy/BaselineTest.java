package dev.hardening.bizagi.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline file: deterministic, keyed without lines, read back strictly. */
class BaselineTest {

    private static final String JSON = """
            {
              "version" : 2,
              "findings" : [
                {
                  "rule" : "AUTH-LOCKOUT",
                  "file" : "src/main/bizagi/authentication.properties",
                  "xpath" : "",
                  "count" : 1
                },
                {
                  "rule" : "ASPNET-TRACE-OFF",
                  "file" : "target/portal-${project.version}.zip!/WebApplication/web.config",
                  "xpath" : "/configuration/system.web/trace",
                  "count" : 2
                }
              ]
            }
            """;

    @Test
    void findingsAreWrittenSortedAndCountedWithoutLines() {
        List<Finding> findings = List.of(
                finding(
                        "ASPNET-TRACE-OFF",
                        "target/portal-2.0.zip!/WebApplication/web.config",
                        9,
                        "/configuration/system.web/trace"),
                finding("AUTH-LOCKOUT", "src/main/bizagi/authentication.properties", 1, ""),
                finding(
                        "ASPNET-TRACE-OFF",
                        "target/portal-2.0.zip!/WebApplication/web.config",
                        4,
                        "/configuration/system.web/trace"));

        assertEquals(JSON, Baseline.of(findings, "2.0").toJson());
        assertEquals(
                JSON,
                Baseline.of(List.of(findings.get(2), findings.get(1), findings.get(0)), "2.0")
                        .toJson());
    }

    @Test
    void whatIsWrittenReadsBack() throws Exception {
        Baseline read = Baseline.read(JSON, "bizagi-hardening-baseline.json");

        assertEquals(JSON, read.toJson());
        assertEquals(3, read.size());
    }

    @Test
    void corruptJsonNamesTheFileAndLine() {
        PolicyException error = assertThrows(
                PolicyException.class,
                () -> Baseline.read("{\n  \"version\" : 2,\n  \"findings\" : [ {\n", "baseline.json"));

        assertTrue(error.getMessage().startsWith("Baseline file baseline.json:4 cannot be read: "), error.getMessage());
        assertTrue(
                error.getMessage().endsWith(" Write it again with mvn bizagi-hardening:baseline."), error.getMessage());
        // Maven appends a cause's message to the build's error, which would give the reason twice.
        assertNull(error.getCause());
    }

    @Test
    void anEntryWithoutACountIsRefused() {
        PolicyException error = assertThrows(
                PolicyException.class,
                () -> Baseline.read(
                        "{\"version\":2,\"findings\":[{\"rule\":\"AUTH-LOCKOUT\",\"file\":\"a\",\"xpath\":\"\"}]}",
                        "baseline.json"));

        assertEquals(
                "Baseline file baseline.json: entry 1 of \"findings\" needs a \"rule\", a \"file\" and a \"count\" of"
                        + " 1 or more. Write it again with mvn bizagi-hardening:baseline.",
                error.getMessage());
    }

    @Test
    void anotherVersionIsRefused() {
        PolicyException error = assertThrows(
                PolicyException.class, () -> Baseline.read("{\"version\":1,\"findings\":[]}", "baseline.json"));

        assertEquals(
                "Baseline file baseline.json is not a version 2 baseline (it needs \"version\": 2 and a \"findings\""
                        + " list). Write it again with mvn bizagi-hardening:baseline.",
                error.getMessage());
    }

    @Test
    void aFileOfTheWrongShapeIsToldWithoutTheParsersInternals() {
        String shape = "it is JSON but not in a baseline's shape (\"version\": 2, and \"findings\": a list of entries"
                + " with \"rule\", \"file\", \"xpath\" and a \"count\" of 1 or more). Write it again with mvn"
                + " bizagi-hardening:baseline.";

        assertEquals("Baseline file b.json:1 cannot be read: " + shape, readError("[1,2]"));
        assertEquals("Baseline file b.json:1 cannot be read: " + shape, readError("{\"version\":2,\"findings\":{}}"));
        assertEquals(
                "Baseline file b.json:1 cannot be read: \"xpth\" is no field of a baseline. Write it again with mvn"
                        + " bizagi-hardening:baseline.",
                readError("{\"version\":2,\"findings\":[{\"rule\":\"A\",\"file\":\"f\",\"xpth\":\"\",\"count\":1}]}"));
        assertTrue(
                readError("").startsWith("Baseline file b.json:1 cannot be read: the file is empty."), readError(""));
        String duplicate = readError("{\"version\":2,\"findings\":[{\"rule\":\"A\",\"rule\":\"B\"}]}");
        assertTrue(duplicate.contains("Duplicate field 'rule'"), duplicate);
        assertFalse(duplicate.contains("Source:") || duplicate.contains("dev.hardening"), duplicate);
    }

    private static String readError(String json) {
        return assertThrows(PolicyException.class, () -> Baseline.read(json, "b.json"))
                .getMessage();
    }

    @Test
    void theVersionBecomesTheTokenInTheOuterArchivesPathAndWhereMavenPutsItInNestedNames() {
        assertEquals(
                "target/portal-${project.version}.ear!/app.war!/WEB-INF/lib/fragments-${project.version}.jar!/META-INF/"
                        + "web-fragment.xml",
                Baseline.versionAsToken(
                        "target/portal-2.0.0.ear!/app.war!/WEB-INF/lib/fragments-2.0.0.jar!/META-INF/web-fragment.xml",
                        "2.0.0"));
        // Before a classifier, in a SNAPSHOT, and not where the version is only the start of another one.
        assertEquals(
                "target/portal-${project.version}-bin.zip!/lib/web-${project.version}-classes.jar!/web.config",
                Baseline.versionAsToken("target/portal-1.2.0-bin.zip!/lib/web-1.2.0-classes.jar!/web.config", "1.2.0"));
        assertEquals(
                "target/portal-${project.version}.zip!/web.config",
                Baseline.versionAsToken("target/portal-1.0-SNAPSHOT.zip!/web.config", "1.0-SNAPSHOT"));
        assertEquals(
                "target/app-1.2.1.ear!/lib/x-1.2.10.jar!/web.config",
                Baseline.versionAsToken("target/app-1.2.1.ear!/lib/x-1.2.10.jar!/web.config", "1.2"));
        // The outer archive's path wherever the version stands whole, whatever joins it to the name.
        assertEquals(
                "target/portal_${project.version}.zip!/web.config",
                Baseline.versionAsToken("target/portal_1.2.0.zip!/web.config", "1.2.0"));
        assertEquals(
                "target/dist/${project.version}/portal-v${project.version}.zip!/web.config",
                Baseline.versionAsToken("target/dist/1.2.0/portal-v1.2.0.zip!/web.config", "1.2.0"));
        assertEquals(
                "target/portal-1.2.0.zip!/web.config",
                Baseline.versionAsToken("target/portal-1.2.0.zip!/web.config", "2.0"));
        // Folders inside archives, the entry, nested names that only contain the version, and paths
        // outside any archive keep it.
        assertEquals(
                "target/${project.version}/portal-${project.version}.zip!/1.0/lib/x1.0.jar!/1.0/web-1.0.config",
                Baseline.versionAsToken("target/1.0/portal-1.0.zip!/1.0/lib/x1.0.jar!/1.0/web-1.0.config", "1.0"));
        assertEquals("src/main/1.0/web-1.0.config", Baseline.versionAsToken("src/main/1.0/web-1.0.config", "1.0"));
        assertEquals(
                "target/portal-${project.version}.zip!/web.config",
                Baseline.versionAsToken("target/portal-${project.version}.zip!/web.config", "1.0"));
    }

    @Test
    void aBaselineWrittenBeforeNestedNamesCarriedTheTokenStillMatchesAtItsVersion() throws Exception {
        String nested = "target/app-${project.version}.ear!/lib/fragments-2.0.0.jar!/META-INF/web-fragment.xml";
        Baseline old = Baseline.read(
                "{\"version\":2,\"findings\":[{\"rule\":\"R\",\"file\":\"" + nested
                        + "\",\"xpath\":\"/x\",\"count\":1}]}",
                "b.json");

        assertEquals(
                List.of("R in target/app-${project.version}.ear!/lib/fragments-${project.version}.jar!/META-INF/"
                        + "web-fragment.xml at /x"),
                old.withVersionAsToken("2.0.0").counts().keySet().stream()
                        .map(Object::toString)
                        .toList());
    }

    private static Finding finding(String rule, String file, int line, String xpath) {
        return new Finding(rule, Severity.ERROR, new SourceLocation(file, line, xpath), "message", "fix");
    }
}
