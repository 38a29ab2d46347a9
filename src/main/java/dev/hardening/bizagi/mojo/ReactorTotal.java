package dev.hardening.bizagi.mojo;

import dev.hardening.bizagi.report.ConsoleReport;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;

/**
 * The findings of every module of one build, added up as each module's check ends, so that the last
 * one can print the total. Modules may finish in any order and at once ({@code -T 4}).
 *
 * <p>A tally is kept per build request: a parallel build hands each module its own copy of the
 * {@link MavenSession}, but every copy shares the request.
 */
final class ReactorTotal {

    /** One tally per build; a finished build's request, and its tally, can then be collected. */
    private static final Map<MavenExecutionRequest, ReactorTotal> BY_BUILD =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final int expected;
    private int arrived;
    private int checked;
    private long errors;
    private long warnings;
    private long unjudged;

    ReactorTotal(int expected) {
        this.expected = expected;
    }

    /**
     * The tally of {@code session}'s build.
     *
     * @param expected how many check executions the build holds; the first caller's count is kept
     */
    static ReactorTotal of(MavenSession session, int expected) {
        return BY_BUILD.computeIfAbsent(session.getRequest(), key -> new ReactorTotal(expected));
    }

    /**
     * Adds one execution's findings.
     *
     * @param checkedModule false for an execution that was skipped, which adds no findings
     * @param moduleUnjudged the files or archives of the module that could not be read, whose findings
     *     are unknown: a total without them would read as clean
     * @return the total line, for the execution that completes the build's count; empty for the others
     *     and for builds of one module, whose own summary is the total
     */
    synchronized Optional<String> arrive(
            boolean checkedModule, long moduleErrors, long moduleWarnings, long moduleUnjudged) {
        arrived++;
        if (checkedModule) {
            checked++;
            errors += moduleErrors;
            warnings += moduleWarnings;
            unjudged += moduleUnjudged;
        }
        if (arrived != expected || expected < 2) {
            return Optional.empty();
        }
        return Optional.of("Bizagi hardening, all modules: " + ConsoleReport.plural(errors, "error") + ", "
                + ConsoleReport.plural(warnings, "warning") + " in " + ConsoleReport.plural(checked, "module")
                + (unjudged == 0 ? "" : "; " + ConsoleReport.plural(unjudged, "file") + " could not be judged")
                + ".");
    }
}
