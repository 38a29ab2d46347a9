package dev.hardening.bizagi.mojo;

import dev.hardening.bizagi.policy.Baseline;
import dev.hardening.bizagi.report.CheckResult;
import dev.hardening.bizagi.report.ConsoleReport;
import dev.hardening.bizagi.rules.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the findings the project has now to a baseline file, so that {@code check}, given that file
 * as {@code baselineFile}, fails only on findings that are new. Run it after the deployment is
 * packaged, where the check would run: {@code mvn package bizagi-hardening:baseline}. It judges exactly
 * as {@code check} does, with the same parameters and suppressions, but ignores any baseline already
 * set and fails only on files it cannot read.
 *
 * <p>Unlike {@code check}, which writes only under {@code target/}, this goal writes one file where the project keeps it
 * ({@code bizagi-hardening-baseline.json} in the project folder unless {@code baselineFile} says
 * otherwise), because it is meant to be committed.
 *
 * @since 0.2.0
 */
@Mojo(name = "baseline", threadSafe = true)
public final class BaselineMojo extends CheckMojo {

    /** Where the baseline goes when {@code baselineFile} is not set. */
    static final String DEFAULT_FILE = "bizagi-hardening-baseline.json";

    /** A new baseline takes every finding, whatever an older one holds. */
    @Override
    Optional<Baseline> baseline() {
        return Optional.empty();
    }

    @Override
    void conclude(CheckResult result, Severity threshold) throws MojoExecutionException {
        requireReadable(result);
        File file = baselineFile != null ? baselineFile : new File(project().getBasedir(), DEFAULT_FILE);
        Baseline baseline = Baseline.of(result.findings(), project().getVersion());
        Path path = file.toPath();
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, baseline.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Baseline file " + shown(file) + " cannot be written (" + e.getMessage() + ").", e);
        }
        getLog().info("Bizagi hardening baseline: " + ConsoleReport.plural(baseline.size(), "finding") + " written to "
                + shown(file) + ". Commit it and set <baselineFile> (bizagi.hardening.baselineFile) for check to"
                + " fail only on new findings.");
    }
}
