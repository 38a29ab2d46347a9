package dev.hardening.bizagi.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a check result as one report file. Each format renders the same {@link ReportContent}, so
 * they agree on order, paths and sources; this class reads the result once and writes the file.
 */
public abstract class ReportWriter {

    private final Path projectRoot;

    /** The folders of the build's other modules, whose {@code src/main} may hold a packaged file's source. */
    private List<Path> otherModules = List.of();

    /** The plugin, as the report names it. */
    final ToolInfo tool;

    ReportWriter(Path projectRoot, ToolInfo tool) {
        this.projectRoot = projectRoot;
        this.tool = tool;
    }

    /**
     * Also looks for a packaged file's source under the {@code src/main} of these modules of the same
     * build, as when a zip module packages the war another module builds.
     *
     * @return this writer
     */
    public final ReportWriter alsoSearching(List<Path> modules) {
        this.otherModules = List.copyOf(modules);
        return this;
    }

    /** Writes {@code result} to {@code file}, making its folder when needed. */
    public final void write(CheckResult result, Path file) throws IOException {
        ReportContent.writeFile(file, render(result));
    }

    /** The report's text for {@code result}, paths relative to the project folder. */
    public final String render(CheckResult result) {
        return render(ReportContent.of(result, projectRoot, otherModules));
    }

    abstract String render(ReportContent content);
}
