package dev.hardening.bizagi.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a check result as one report file. Each format renders the same {@link ReportContent}, so
 * they agree on order, paths and sources; several formats of one check share one content.
 */
public abstract class ReportWriter {

    private final Path projectRoot;

    /** The plugin, as the report names it. */
    final ToolInfo tool;

    ReportWriter(Path projectRoot, ToolInfo tool) {
        this.projectRoot = projectRoot;
        this.tool = tool;
    }

    /** Writes {@code result} to {@code file}, making its folder when needed. */
    public final void write(CheckResult result, Path file) throws IOException {
        write(ReportContent.of(result, projectRoot), file);
    }

    /**
     * Writes {@code content}, made for this writer's project folder, to {@code file}, making its folder
     * when needed: the way to write several formats of one check.
     */
    public final void write(ReportContent content, Path file) throws IOException {
        ReportContent.writeFile(file, render(content));
    }

    /** The report's text for {@code result}, paths relative to the project folder. */
    public final String render(CheckResult result) {
        return render(ReportContent.of(result, projectRoot));
    }

    abstract String render(ReportContent content);
}
