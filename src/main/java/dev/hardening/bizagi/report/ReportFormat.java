package dev.hardening.bizagi.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The files the check can write beside the console output, each named for the tools that read it. */
public enum ReportFormat {
    SARIF("bizagi-hardening.sarif"),
    JSON("bizagi-hardening.json"),
    JUNIT("TEST-bizagi-hardening.xml"),
    HTML("bizagi-hardening.html");

    /** The word that selects every format. */
    public static final String ALL = "all";

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The report's file name, such as {@code bizagi-hardening.sarif}. */
    public String fileName() {
        return fileName;
    }

    /** The name used to select it, such as {@code sarif}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The formats a comma-separated list names, in any case, with {@link #ALL} for every one; a blank
     * list names none.
     *
     * @throws IllegalArgumentException naming the first unknown word and the allowed ones
     */
    public static Set<ReportFormat> parse(String list) {
        Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
        if (list == null) {
            return chosen;
        }
        for (String word : list.split(",")) {
            String name = word.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals(ALL)) {
                chosen.addAll(EnumSet.allOf(ReportFormat.class));
                continue;
            }
            chosen.add(Arrays.stream(values())
                    .filter(format -> format.label().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown report format \"" + word.strip() + "\"; the formats are " + labels())));
        }
        return chosen;
    }

    /** {@code sarif, json, junit, html, all}. */
    public static String labels() {
        return Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")) + ", " + ALL;
    }

    /** The writer of this format, naming {@code tool}, with paths relative to {@code projectRoot}. */
    public ReportWriter writer(Path projectRoot, ToolInfo tool) {
        return writer(projectRoot, projectRoot, tool);
    }

    /**
     * The writer of this format, naming {@code tool}, with paths relative to {@code projectRoot}; SARIF's
     * relative to {@code buildRoot}, the top of a multi-module build, where code scanning resolves them.
     */
    public ReportWriter writer(Path projectRoot, Path buildRoot, ToolInfo tool) {
        return switch (this) {
            case SARIF -> new SarifReport(projectRoot, buildRoot, tool);
            case JSON -> new JsonReport(projectRoot, tool);
            case JUNIT -> new JunitReport(projectRoot, tool);
            case HTML -> new HtmlReport(projectRoot, tool);
        };
    }
}
