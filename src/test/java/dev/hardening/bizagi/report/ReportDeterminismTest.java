package dev.hardening.bizagi.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same check result gives byte-identical reports, whatever order its lists came in. */
class ReportDeterminismTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void sameResultGivesTheSameBytesInAnyInputOrder(ReportFormat format) throws IOException {
        SampleReports.writeProject(root);
        Path first = root.resolve("first").resolve(format.fileName());
        Path second = root.resolve("second").resolve(format.fileName());

        format.writer(root, SampleReports.TOOL).write(SampleReports.result(), first);
        format.writer(root, SampleReports.TOOL).write(SampleReports.reversed(), second);

        byte[] bytes = Files.readAllBytes(first);
        assertArrayEquals(bytes, Files.readAllBytes(second));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), "no CR line ends");
        assertFalse(text.contains(root.toString()), "no machine-specific path");
    }
}
