package dev.hardening.bizagi.report;

import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.rules.ActiveRule;
import dev.hardening.bizagi.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A check result in the order every report writes it, each finding with the file a reader can open
 * and the source it was packaged from. Sorting here, not in each writer, keeps the reports
 * byte-identical for the same input and in step with each other.
 */
public final class ReportContent {

    /**
     * One finding as the reports write it.
     *
     * @param finding the finding
     * @param path its file, split where it enters an archive
     * @param source the project file it was packaged from, when one is found
     * @param suppression how the user accepted it, for a suppressed finding
     */
    record Entry(
            Finding finding,
            DisplayPath path,
            Optional<SourceOrigin> source,
            Optional<SuppressedFinding> suppression) {}

    private static final Comparator<MalformedDescriptorException> MALFORMED_ORDER = Comparator.comparing(
                    MalformedDescriptorException::file)
            .thenComparingInt(MalformedDescriptorException::line)
            .thenComparing(MalformedDescriptorException::getMessage);

    final CheckResult result;
    final List<Entry> findings;
    final List<Entry> suppressed;
    final List<MalformedDescriptorException> malformed;
    final List<ActiveRule> rules;

    private ReportContent(CheckResult result, Path projectRoot, List<Path> otherModules) {
        PackagedSources sources = new PackagedSources(projectRoot, otherModules);
        this.result = result;
        this.findings = result.findings().stream()
                .sorted(Finding.REPORT_ORDER)
                .map(finding -> entry(finding, Optional.empty(), sources, result.absentFiles()))
                .toList();
        this.suppressed = result.suppressed().stream()
                .sorted(Comparator.comparing(SuppressedFinding::finding, Finding.REPORT_ORDER)
                        .thenComparing(SuppressedFinding::kind)
                        .thenComparing(SuppressedFinding::reason))
                .map(accepted -> entry(accepted.finding(), Optional.of(accepted), sources, result.absentFiles()))
                .toList();
        this.malformed = result.malformed().stream().sorted(MALFORMED_ORDER).toList();
        this.rules = result.rules().stream()
                .sorted(Comparator.comparing(active -> active.rule().id()))
                .toList();
    }

    static ReportContent of(CheckResult result, Path projectRoot) {
        return of(result, projectRoot, List.of());
    }

    /**
     * The content every format of one check renders: made once for all of them, since finding each
     * packaged file's source lists the {@code src/main} folders and compares bytes.
     *
     * @param projectRoot the folder of the project that ran the check; report paths are relative to it
     * @param otherModules the folders of the build's other modules, whose {@code src/main} may hold a
     *     packaged file's source (as when a zip module packages the war another module builds)
     */
    public static ReportContent of(CheckResult result, Path projectRoot, List<Path> otherModules) {
        return new ReportContent(result, projectRoot, otherModules);
    }

    private static Entry entry(
            Finding finding, Optional<SuppressedFinding> suppression, PackagedSources sources, Set<String> absent) {
        String file = finding.location().file();
        return new Entry(
                finding,
                DisplayPath.of(file),
                // A file the package lacks was copied from nothing; another module's file of that name is not it.
                absent.contains(file)
                        ? Optional.empty()
                        : sources.originOf(file, finding.location().line()),
                suppression);
    }

    /** The position of {@code ruleId} among {@link #rules}, -1 when it did not run. */
    int ruleIndex(String ruleId) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).rule().id().equals(ruleId)) {
                return i;
            }
        }
        return -1;
    }

    /** Writes {@code text} as UTF-8 with LF line ends, making the folder when needed. */
    static void writeFile(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text.replace("\r\n", "\n"), StandardCharsets.UTF_8);
    }
}
