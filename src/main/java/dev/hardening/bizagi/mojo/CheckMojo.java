package dev.hardening.bizagi.mojo;

import dev.hardening.bizagi.input.DeploymentScanner;
import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.input.DescriptorSelector;
import dev.hardening.bizagi.input.InputException;
import dev.hardening.bizagi.input.ReadLimits;
import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.DeploymentReader;
import dev.hardening.bizagi.parse.LocatedProperties;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.policy.Baseline;
import dev.hardening.bizagi.policy.FindingTriage;
import dev.hardening.bizagi.policy.PolicyException;
import dev.hardening.bizagi.policy.Suppression;
import dev.hardening.bizagi.policy.SuppressionReader;
import dev.hardening.bizagi.report.CheckResult;
import dev.hardening.bizagi.report.ConsoleReport;
import dev.hardening.bizagi.report.ReportContent;
import dev.hardening.bizagi.report.ReportFormat;
import dev.hardening.bizagi.report.ToolInfo;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.NotVerifiable;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Rule;
import dev.hardening.bizagi.rules.RuleCatalog;
import dev.hardening.bizagi.rules.RuleSelection;
import dev.hardening.bizagi.rules.Severity;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Fails the build when the configuration the project packaged, or the authentication policy it
 * declares, is not hardened. Reads every {@code web.config}, {@code WEB-INF/web.xml} and
 * {@code bizagi-config.properties} inside the archives the build made (and the archives nested in
 * them), or under {@code target} and {@code src/main} when it made none, works out the configuration
 * that will run, and reports each shortfall with its file, line, rule id and fix.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    private static final RuleCatalog RULES = RuleCatalog.standard();

    /** How many files left alone for their root element the log names before it only counts them. */
    private static final int NOT_JUDGED_NAMED = 5;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    /** What "today" is when suppressions expire; tests set their own. */
    Clock clock = Clock.systemDefaultZone();

    /**
     * Skips the check. Default {@code false}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Whether error findings fail the build. With {@code false} they are logged and the build goes on.
     * Files that cannot be parsed fail the build either way. Default {@code true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * Whether a build in which no configuration file is found fails. Default {@code true}: a check
     * that finds nothing to check must not pass unnoticed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.failIfNoDescriptors", defaultValue = "true")
    private boolean failIfNoDescriptors;

    /**
     * The authentication settings the environment runs with, which Bizagi keeps in its database and the
     * project declares here. The {@code init} goal writes one with the hardening guide's values. Default
     * <code>src/main/bizagi/authentication.properties</code> in the project folder.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "bizagi.hardening.authenticationSettings",
            defaultValue = "${project.basedir}/src/main/bizagi/authentication.properties")
    private File authenticationSettings;

    /**
     * The longest idle session allowed, in minutes, for Bizagi's session time, {@code sessionState}
     * and web.xml {@code session-timeout}. Default {@code 5}, the hardening guide's value.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.maxSessionMinutes", defaultValue = "5")
    private int maxSessionMinutes;

    /**
     * The most failed logons allowed before an account locks. Default {@code 3}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.maxFailedLogins", defaultValue = "3")
    private int maxFailedLogins;

    /**
     * The longest a password may live, in days. Default {@code 30}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.maxPasswordAgeDays", defaultValue = "30")
    private int maxPasswordAgeDays;

    /**
     * The shortest password allowed, in characters. Default {@code 8}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.minPasswordLength", defaultValue = "8")
    private int minPasswordLength;

    /**
     * Ant-style patterns, matched without regard to case against the path inside each archive or folder
     * searched (from its own root, leading slashes ignored), of the files to read. Names ending
     * {@code .config} are read as web.config, {@code weblogic.xml} as WebLogic's descriptor,
     * {@code jboss-all.xml} as JBoss's, {@code standalone*.xml} and {@code domain*.xml} as JBoss server
     * configurations, other {@code .xml} as web.xml, {@code .properties} as bizagi-config.properties; an
     * include of a name with none of those endings, or holding {@code !/}, is a configuration error.
     * Default {@code **}{@code /web.config},
     * {@code **}{@code /WEB-INF/web.xml}, {@code **}{@code /bizagi-config.properties},
     * {@code **}{@code /WEB-INF/weblogic.xml}, {@code **}{@code /META-INF/jboss-all.xml},
     * {@code **}{@code /configuration/standalone*.xml}, {@code **}{@code /configuration/domain*.xml}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.includes")
    private List<String> includes;

    /**
     * Ant-style patterns of files and nested archives not to read, such as
     * {@code **}{@code /samples/**}, matched as includes are; {@code **}{@code /extra.zip} leaves that
     * nested archive unopened. A pattern holding {@code !/} is a configuration error. Default none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.excludes")
    private List<String> excludes;

    /**
     * Ant-style patterns of the archives inside archives that are opened and searched in turn, matched as
     * includes are. Setting it replaces the default list: name the defaults still wanted. Default
     * {@code **}{@code /*.zip}, {@code **}{@code /*.war}, {@code **}{@code /*.ear}, {@code **}{@code /*.jar},
     * and the tar archives: {@code **}{@code /*.tar}, {@code **}{@code /*.tar.gz}, {@code **}{@code /*.tgz},
     * {@code **}{@code /*.tar.bz2}, {@code **}{@code /*.tbz2}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.nestedArchives")
    private List<String> nestedArchives;

    /**
     * How many archives deep nested archives are opened; deeper nesting fails the check. Default
     * {@code 4}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.maxNestingDepth", defaultValue = "4")
    private int maxNestingDepth;

    /**
     * The build configuration whose XDT transform ({@code Web.<environment>.config}) applies to a
     * {@code Web.config} that has one beside it, as publishing would apply it. Default {@code Release}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.environment", defaultValue = "Release")
    private String environment;

    /**
     * The folders inside the package that IIS runs as applications of their own, such as
     * {@code WebApplication/WebServices}; a {@code <location inheritInChildApplications="false">}
     * block stops at them. Default none: the folder holding the topmost web.config is the only
     * application.
     *
     * @since 0.1.0
     */
    @Parameter(property = "bizagi.hardening.applications")
    private List<String> applications;

    /**
     * The rule profile: {@code bizagi} runs every rule, with the mandatory items of Bizagi's hardening
     * guide as errors and the other items as warnings; {@code cis-iis-l1} runs the CIS IIS 10 items
     * and the {@code bizagi} errors, all as errors; {@code strict} runs every rule as an error. Default
     * {@code bizagi}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "bizagi.hardening.profile", defaultValue = "bizagi")
    private String profile;

    /**
     * Severity overrides by rule id, each {@code error}, {@code warning}, {@code info} or {@code off},
     * applied on top of the profile, such as
     * <code>&lt;ruleSeverities&gt;&lt;IIS-IP-ALLOWLIST&gt;off&lt;/IIS-IP-ALLOWLIST&gt;&lt;/ruleSeverities&gt;</code>.
     * An override can also bring back a rule the profile leaves out. Default none.
     *
     * @since 0.2.0
     */
    @Parameter
    Map<String, String> ruleSeverities;

    /**
     * Ids of rules not to run, such as {@code ASPNET-TRACE-OFF}; from the command line, a comma-separated
     * list. The same as setting each to {@code off} in {@code ruleSeverities}. Default none.
     *
     * @since 0.2.0
     */
    @Parameter(property = "bizagi.hardening.disabledRules")
    private List<String> disabledRules;

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning} or {@code info}. With
     * {@code warning}, warnings fail the build as errors do. Suppressed and baselined findings never
     * count. Default {@code error}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "bizagi.hardening.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /**
     * Findings accepted for a reason, each a {@code <suppression>} with a {@code <rule>} id (or
     * {@code *} with a path), an optional {@code <path>} (an Ant-style pattern, case ignored, matched
     * against the finding's path, such as {@code **}{@code /LoadTest/web.config} or
     * {@code target/*.zip!/**}), a required {@code <reason>} and an optional {@code <until>} date
     * ({@code yyyy-MM-dd}, the last day it holds). Past that date the findings count again and say so;
     * a suppression that matches nothing is warned about. Default none.
     *
     * @since 0.2.0
     */
    @Parameter
    private List<PomSuppression> suppressions;

    /**
     * A file of suppressions, shaped as the POM's: {@code <suppressions><suppression><rule>...}. Errors
     * in it name its line. Default none.
     *
     * @since 0.2.0
     */
    @Parameter(property = "bizagi.hardening.suppressionsFile")
    File suppressionsFile;

    /**
     * The baseline, a JSON file the {@code baseline} goal writes with the findings a project has when
     * it adopts the check. With it, {@code check} fails only on findings that are not in it, reports the
     * ones in it as suppressed and names the ones since fixed. The {@code baseline} goal writes it here,
     * by default to <code>bizagi-hardening-baseline.json</code> in the project folder; {@code check}
     * reads none unless it is set.
     *
     * @since 0.2.0
     */
    @Parameter(property = "bizagi.hardening.baselineFile")
    File baselineFile;

    /**
     * The report files to write beside the console output, a comma-separated list of {@code sarif}
     * (SARIF 2.1.0 for code scanning), {@code json}, {@code junit} (JUnit XML for CI test tabs) and
     * {@code html}, or {@code all}. They are written before the build fails, so a CI step can publish
     * them either way. Default none.
     *
     * @since 0.2.0
     */
    @Parameter(property = "bizagi.hardening.formats")
    private String formats;

    /**
     * Where the report files go: {@code bizagi-hardening.sarif}, {@code bizagi-hardening.json},
     * {@code TEST-bizagi-hardening.xml}, {@code bizagi-hardening.html}. Default
     * <code>${project.build.directory}/bizagi-hardening</code>.
     *
     * @since 0.2.0
     */
    @Parameter(
            property = "bizagi.hardening.outputDirectory",
            defaultValue = "${project.build.directory}/bizagi-hardening")
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            addToReactorTotal(Optional.empty());
            return;
        }
        Policy policy = policy();
        RuleSelection selection = selection();
        Severity threshold = failThreshold();
        FindingTriage triage = triage();
        Set<ReportFormat> reports = reportFormats();
        requireMatchablePatterns();
        AuthenticationSettings authentication = readAuthenticationSettings();
        Scan scan = findDescriptors(reports);

        Deployment deployment = read(scan.found(), authentication);
        logWhatIsNotJudged(deployment);
        requireConfiguration(deployment, scan.searched());

        CheckResult result = applyPolicy(judge(deployment, policy, selection), deployment, triage);

        new ConsoleReport(new LogSink(getLog())).write(result);
        writeReports(result, reports);

        conclude(result, threshold);
    }

    private boolean skipped() {
        if (skip) {
            getLog().info("Bizagi hardening check skipped (bizagi.hardening.skip=true).");
            return true;
        }
        if (isAggregatorWithoutArchive()) {
            getLog().info("Bizagi hardening check skipped: " + project.getArtifactId()
                    + " aggregates modules and packages nothing; each module is checked on its own.");
            return true;
        }
        return false;
    }

    /** Counts this module in the build's total, then fails the build if the findings call for it. */
    void conclude(CheckResult result, Severity threshold) throws MojoExecutionException, MojoFailureException {
        addToReactorTotal(Optional.of(result));
        decide(result, threshold);
    }

    private Set<ReportFormat> reportFormats() throws MojoExecutionException {
        try {
            return ReportFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "Invalid plugin configuration: formats (bizagi.hardening.formats): " + e.getMessage() + ".", e);
        }
    }

    /** Stops the goal on a pattern that can never match, or an include that can never be read. */
    private void requireMatchablePatterns() throws MojoExecutionException {
        for (String include : orDefault(includes, List.of())) {
            requireMatchable(
                    "includes (bizagi.hardening.includes)",
                    include,
                    DescriptorSelector.unmatchable(include).or(() -> DescriptorSelector.unreadableInclude(include)));
        }
        for (String exclude : orDefault(excludes, List.of())) {
            requireMatchable("excludes (bizagi.hardening.excludes)", exclude, DescriptorSelector.unmatchable(exclude));
        }
        for (String nested : orDefault(nestedArchives, List.of())) {
            requireMatchable(
                    "nestedArchives (bizagi.hardening.nestedArchives)", nested, DescriptorSelector.unmatchable(nested));
        }
    }

    private static void requireMatchable(String parameter, String pattern, Optional<String> problem)
            throws MojoExecutionException {
        if (problem.isPresent()) {
            throw new MojoExecutionException(
                    "Invalid plugin configuration: " + parameter + ": \"" + pattern + "\" " + problem.get() + ".");
        }
    }

    /**
     * The top folder of the build, where code scanning resolves SARIF paths: Maven's multi-module
     * project directory (the repository's root, where {@code .mvn} is or the build was started, even
     * with {@code -pl}) when this project lies below it, else the reactor's root project, else this
     * project's own folder.
     */
    private Path buildRoot() {
        Path own = project.getBasedir().toPath().toAbsolutePath().normalize();
        if (session == null) {
            return own;
        }
        File multiModule =
                session.getRequest() == null ? null : session.getRequest().getMultiModuleProjectDirectory();
        if (multiModule != null
                && own.startsWith(multiModule.toPath().toAbsolutePath().normalize())) {
            return multiModule.toPath();
        }
        MavenProject top = session.getTopLevelProject();
        return top != null && top.getBasedir() != null ? top.getBasedir().toPath() : own;
    }

    /** The folders of the build's other modules, where a packaged file's source may be. */
    private List<Path> otherModules() {
        if (session == null || session.getProjects() == null) {
            return List.of();
        }
        return session.getProjects().stream()
                .map(MavenProject::getBasedir)
                .filter(Objects::nonNull)
                .map(File::toPath)
                .toList();
    }

    private void writeReports(CheckResult result, Set<ReportFormat> reports) throws MojoExecutionException {
        if (reports.isEmpty()) {
            return;
        }
        ToolInfo tool = ToolInfo.current();
        Path projectRoot = project.getBasedir().toPath();
        ReportContent content;
        try {
            content = ReportContent.of(result, projectRoot, otherModules());
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("The reports cannot be written (" + e.getMessage() + ")", e);
        }
        for (ReportFormat format : reports) {
            Path file = outputDirectory.toPath().resolve(format.fileName());
            try {
                format.writer(projectRoot, buildRoot(), tool).write(content, file);
            } catch (IOException | UncheckedIOException e) {
                throw new MojoExecutionException(
                        scanner().displayName(file) + ": the " + format.label() + " report cannot be written ("
                                + e.getMessage() + ")",
                        e);
            }
            getLog().info("Bizagi hardening: " + format.label() + " report written to "
                    + scanner().displayName(file));
        }
    }

    private Deployment read(List<Descriptor> descriptors, AuthenticationSettings authentication) {
        return new DeploymentReader(
                        orDefault(applications, List.of()),
                        environment,
                        selector().readsWarWebXml())
                .read(descriptors, authentication);
    }

    /**
     * Says what the project names that the check leaves alone: files a broad include took in that are
     * not judged for their root element, and applications that are no judged path.
     */
    private void logWhatIsNotJudged(Deployment deployment) {
        logNotJudged(deployment.notJudged());
        for (String path : deployment.applicationsJudgedNowhere()) {
            getLog().warn("Bizagi hardening: the applications entry \"" + path + "\" lies under no folder holding"
                    + " a web.config in what the check read, so it changes nothing judged; write its path from the"
                    + " root of the package or folder read, as findings show paths, with any folder the package"
                    + " puts first (an assembly's includeBaseDirectory adds <artifactId>-<version>/).");
        }
    }

    /**
     * Names the files the includes took in but the check left alone for their root element, so that a
     * broad include is not narrowed without a word; the first few are named, the rest counted.
     */
    private void logNotJudged(List<String> notJudged) {
        if (notJudged.isEmpty()) {
            return;
        }
        int named = Math.min(notJudged.size(), NOT_JUDGED_NAMED);
        getLog().info("Bizagi hardening: " + ConsoleReport.plural(notJudged.size(), "file")
                + " the includes take in "
                + (notJudged.size() == 1 ? "is" : "are")
                + " not judged, as "
                + (notJudged.size() == 1 ? "its root element is" : "their root elements are")
                + " not a web.config's or a web.xml's (they configure nothing the server runs, and are still"
                + " read where a judged file names them): "
                + String.join(", ", notJudged.subList(0, named))
                + (named < notJudged.size() ? ", and " + (notJudged.size() - named) + " more" : "")
                + ".");
    }

    private static CheckResult judge(Deployment deployment, Policy policy, RuleSelection selection) {
        List<Finding> findings = RULES.judge(deployment, policy, selection);
        return new CheckResult(
                findings,
                List.of(),
                deployment.malformed(),
                deployment.filesRead(),
                selection.active(),
                NotVerifiable.of(deployment),
                deployment.absentFiles());
    }

    /**
     * Takes out the findings the user accepted (suppressions, the baseline), warning about suppressions
     * that match nothing and naming baseline entries since fixed.
     */
    private CheckResult applyPolicy(CheckResult judged, Deployment deployment, FindingTriage triage) {
        FindingTriage.Outcome outcome = triage.apply(judged.findings(), deployment.comments());
        outcome.warnings().forEach(getLog()::warn);
        if (judged.malformed().isEmpty()) {
            outcome.fixed().forEach(getLog()::info);
        } else if (!outcome.fixed().isEmpty()) {
            // A file that cannot be read yields no findings, which is not the same as having fixed them.
            getLog().info("Baseline entries no longer found are not listed as fixed while a file cannot be read.");
        }
        return new CheckResult(
                outcome.counted(),
                outcome.suppressed(),
                judged.malformed(),
                judged.filesRead(),
                judged.rules(),
                judged.notVerifiable(),
                judged.absentFiles());
    }

    private Severity failThreshold() throws MojoExecutionException {
        return Severity.named(failOnSeverity)
                .orElseThrow(() -> new MojoExecutionException("Invalid plugin configuration: failOnSeverity"
                        + " (bizagi.hardening.failOnSeverity) is \"" + failOnSeverity
                        + "\"; it must be error, warning or info."));
    }

    /** Reads and checks every suppression and the baseline before any file is judged. */
    private FindingTriage triage() throws MojoExecutionException {
        SuppressionReader reader =
                new SuppressionReader(RULES.rules().stream().map(Rule::id).toList());
        List<Suppression> declared = new ArrayList<>();
        try {
            List<PomSuppression> pom = suppressions == null ? List.of() : suppressions;
            for (int i = 0; i < pom.size(); i++) {
                PomSuppression one = pom.get(i);
                declared.add(reader.pom(i + 1, one.rule(), one.path(), one.reason(), one.until()));
            }
            if (suppressionsFile != null) {
                declared.addAll(reader.file(readPolicyFile(suppressionsFile, "Suppressions"), shown(suppressionsFile)));
            }
            return new FindingTriage(reader, declared, LocalDate.now(clock), baseline(), project.getVersion());
        } catch (PolicyException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The baseline {@code check} compares with, if one is set. */
    Optional<Baseline> baseline() throws PolicyException {
        if (baselineFile == null) {
            return Optional.empty();
        }
        byte[] json = readPolicyFile(baselineFile, "Baseline");
        return Optional.of(Baseline.read(new String(json, StandardCharsets.UTF_8), shown(baselineFile)));
    }

    private byte[] readPolicyFile(File file, String what) throws PolicyException {
        String shown = shown(file);
        if (!file.isFile()) {
            throw new PolicyException(what + " file not found: " + shown + " (" + file.getAbsolutePath() + ").");
        }
        try {
            return Files.readAllBytes(file.toPath());
        } catch (IOException e) {
            throw new PolicyException(what + " file " + shown + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** The file's path as messages give it: relative to the project folder when inside it. */
    String shown(File file) {
        return scanner().displayName(file.toPath());
    }

    /**
     * Adds this module's findings to the build's total and prints the total when this module is the
     * last of the build to finish its check.
     *
     * @param result this module's findings, empty when its check was skipped
     */
    private void addToReactorTotal(Optional<CheckResult> result) {
        if (session == null || mojoExecution == null) {
            return;
        }
        ReactorTotal.of(session, checkExecutions())
                .arrive(
                        result.isPresent(),
                        result.map(r -> r.count(Severity.ERROR)).orElse(0L),
                        result.map(r -> r.count(Severity.WARNING)).orElse(0L),
                        result.map(r -> (long) r.malformed().size()).orElse(0L))
                .ifPresent(getLog()::info);
    }

    /**
     * How many times the build runs this goal: once per project when it is named on the command line,
     * else once per execution of it that each project's build declares.
     */
    private int checkExecutions() {
        if (mojoExecution.getSource() == MojoExecution.Source.CLI) {
            return session.getProjects().size();
        }
        PluginDescriptor plugin = mojoExecution.getMojoDescriptor().getPluginDescriptor();
        String goal = mojoExecution.getGoal();
        int count = 0;
        for (MavenProject module : session.getProjects()) {
            for (Plugin declared : module.getBuildPlugins()) {
                if (declared.getGroupId().equals(plugin.getGroupId())
                        && declared.getArtifactId().equals(plugin.getArtifactId())) {
                    for (PluginExecution execution : declared.getExecutions()) {
                        count += (int) execution.getGoals().stream()
                                .filter(goal::equals)
                                .count();
                    }
                }
            }
        }
        return count;
    }

    private RuleSelection selection() throws MojoExecutionException {
        return SelectionParameters.resolve(RULES, profile, ruleSeverities, disabledRules);
    }

    private boolean isAggregatorWithoutArchive() {
        return "pom".equals(project.getPackaging())
                && !project.getModules().isEmpty()
                && attachedPackages().isEmpty()
                && hasNoPackageWrittenByThisBuild();
    }

    private boolean hasNoPackageWrittenByThisBuild() {
        try {
            return DeploymentScanner.packagesIn(buildFolder()).stream().noneMatch(this::writtenByThisBuild);
        } catch (InputException e) {
            // The check itself will name the folder it cannot list.
            return false;
        }
    }

    private Policy policy() throws MojoExecutionException {
        requirePositive("maxSessionMinutes", maxSessionMinutes);
        requirePositive("maxFailedLogins", maxFailedLogins);
        requirePositive("maxPasswordAgeDays", maxPasswordAgeDays);
        requirePositive("minPasswordLength", minPasswordLength);
        requirePositive("maxNestingDepth", maxNestingDepth);
        return new Policy(maxSessionMinutes, maxFailedLogins, maxPasswordAgeDays, minPasswordLength);
    }

    private static void requirePositive(String parameter, int value) throws MojoExecutionException {
        if (value < 1) {
            throw new MojoExecutionException("Invalid plugin configuration: " + parameter + " (bizagi.hardening."
                    + parameter + ") must be a whole number of 1 or more, not " + value + ".");
        }
    }

    private AuthenticationSettings readAuthenticationSettings() throws MojoExecutionException {
        Path file = authenticationSettings.toPath();
        String shown = scanner().displayName(file);
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException(
                    AuthenticationSettingsTemplate.missingFileMessage(shown, file.toAbsolutePath()));
        }
        try {
            LocatedProperties properties = LocatedProperties.read(Files.readAllBytes(file), shown);
            if (!properties.problems().isEmpty()) {
                properties.problems().forEach(problem -> getLog().error(problem.getMessage()));
                throw new MojoExecutionException(shown + ": "
                        + ConsoleReport.plural(properties.problems().size(), "line")
                        + " cannot be read as properties; each is listed above.");
            }
            return new AuthenticationSettings(properties);
        } catch (IOException e) {
            throw new MojoExecutionException(shown + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The files found, and the archives or folders searched, as named in messages. */
    private record Scan(List<Descriptor> found, List<String> searched) {}

    /**
     * The files to judge; an archive or file that stops the scan is written into the reports before the
     * goal stops ({@link #unreadableInput}).
     */
    private Scan findDescriptors(Set<ReportFormat> reports) throws MojoExecutionException {
        try {
            return scan();
        } catch (InputException e) {
            throw unreadableInput(e, reports);
        }
    }

    private Scan scan() throws InputException {
        DeploymentScanner scanner = scanner();
        List<Path> archives = archivesToRead(scanner);
        List<Path> folders =
                List.of(buildFolder(), project.getBasedir().toPath().resolve("src/main"));
        List<Descriptor> found = archives.isEmpty() ? scanner.scanFolders(folders) : scanner.scanArchives(archives);
        scanner.skippedLinks()
                .forEach((link, target) -> getLog().warn(link + ": a link to " + target
                        + ", not followed; the check reads no file through a link, so nothing outside the"
                        + " project."));
        getLog().debug("Bizagi hardening: read " + ConsoleReport.plural(found.size(), "file") + " from "
                + (archives.isEmpty() ? folders : archives));
        return new Scan(
                found,
                (archives.isEmpty() ? folders : archives)
                        .stream().map(scanner::displayName).toList());
    }

    /**
     * Lists an archive or file that stopped the scan, and writes it into every report asked for as a
     * file that could not be judged, so that a CI step publishing the reports finds them; then gives
     * the error that stops the goal.
     */
    private MojoExecutionException unreadableInput(InputException e, Set<ReportFormat> reports)
            throws MojoExecutionException {
        CheckResult result = new CheckResult(
                List.of(),
                List.of(),
                List.of(MalformedDescriptorException.unreadable(e.file(), e.reason(), e)),
                0,
                // No rule ran: a report listing them would show each as passed.
                List.of(),
                List.of(),
                Set.of());
        writeReports(result, reports);
        addToReactorTotal(Optional.of(result));
        return new MojoExecutionException(e.getMessage(), e);
    }

    /**
     * Stops the goal, or warns when allowed, when the model holds nothing to judge. Companions (other
     * .config files, Web Deploy parameters) are read only to interpret a judged file, so found alone
     * they count for nothing; a war's web fragments count, as the war is judged without its web.xml.
     */
    private void requireConfiguration(Deployment deployment, List<String> searched) throws MojoFailureException {
        if (!deployment.judgesNothing()) {
            return;
        }
        String message = "No web.config, WEB-INF/web.xml or bizagi-config.properties found in " + searched
                + "; check the includes (patterns matched inside those places), or set"
                + " bizagi.hardening.failIfNoDescriptors=false if the project"
                + " holds no configuration.";
        if (failIfNoDescriptors) {
            throw new MojoFailureException(message);
        }
        getLog().warn(message);
    }

    /**
     * The archives to judge: what this build packaged and attached to the project, and any archive it
     * wrote directly in {@code target/} without attaching it ({@code <attach>false</attach>}). When the
     * goal runs on its own ({@code mvn bizagi-hardening:check} after an earlier {@code mvn package}),
     * the archives that earlier build left there, provided each is named after the project's final name,
     * so that none may be another release's. Each choice but the first is said in one line. Without an
     * archive the sources are judged; the check stops rather than judge them in place of a package it
     * cannot read, or of archives it cannot tell for this release's: that would pass what the packaging
     * changes.
     */
    private List<Path> archivesToRead(DeploymentScanner scanner) throws InputException {
        Path target = buildFolder();
        List<Path> packages = DeploymentScanner.packagesIn(target);
        List<Path> attached = attachedPackages();
        List<Path> writtenNow = packages.stream()
                .filter(this::writtenByThisBuild)
                .filter(file -> !attached.contains(file))
                .toList();
        List<Path> built = Stream.concat(attached.stream(), writtenNow.stream()).toList();
        requireReadableKinds(built, scanner);
        if (!writtenNow.isEmpty()) {
            getLog().info("Bizagi hardening: this build wrote " + shownList(writtenNow, scanner)
                    + " without attaching it to the project; the check reads it.");
        }
        if (!built.isEmpty()) {
            return built;
        }
        if (mojoExecution == null || mojoExecution.getSource() != MojoExecution.Source.CLI) {
            return List.of();
        }
        if (packages.isEmpty()) {
            getLog().info("Bizagi hardening: this build packaged no archive and target/ holds none, so the check"
                    + " reads target/ and src/main/ as they are.");
            return List.of();
        }
        String finalName = project.getBuild().getFinalName() != null
                ? project.getBuild().getFinalName()
                : project.getArtifactId() + "-" + project.getVersion();
        List<Path> otherNames = packages.stream()
                .filter(archive -> !DeploymentScanner.isNamedFor(archive, finalName))
                .toList();
        if (!otherNames.isEmpty()) {
            throw new InputException(
                    scanner.displayName(target),
                    "this build packaged no archive, and the folder holds " + shownList(otherNames, scanner)
                            + ", not named after the project's final name, " + finalName + ", so the check cannot"
                            + " tell which archives an earlier build packaged for this release. Run the check in the"
                            + " build that packages the deployment: mvn clean package bizagi-hardening:check.");
        }
        requireReadableKinds(packages, scanner);
        getLog().info("Bizagi hardening: this build packaged no archive, so the check reads "
                + shownList(packages, scanner)
                + ", which an earlier build left; run the check in the build that packages"
                + " (mvn package bizagi-hardening:check, or bind it to verify) to judge what the sources make now.");
        return packages;
    }

    /** The build folder, {@code target/}, as an absolute path. */
    private Path buildFolder() {
        return Path.of(project.getBuild().getDirectory()).toAbsolutePath().normalize();
    }

    /**
     * Fails on the first of {@code archives} whose kind the check cannot read: the deployment it holds
     * would not be judged.
     */
    private static void requireReadableKinds(List<Path> archives, DeploymentScanner scanner) throws InputException {
        Optional<Path> unreadable = archives.stream()
                .filter(file -> !DeploymentScanner.isReadableArchive(file))
                .findFirst();
        if (unreadable.isPresent()) {
            throw new InputException(
                    scanner.displayName(unreadable.get()),
                    "the check cannot read an archive of this kind (it reads zip, war, ear and jar files, and tar"
                            + " files plain, gzip or bzip2), so the deployment it holds would not be judged. Package"
                            + " the deployment as one of those (an assembly's <format>zip</format>); the sources are"
                            + " not judged in its place, as the packaging may change them.");
        }
    }

    /** Whether {@code archive} was written since this build started, so by this build. */
    private boolean writtenByThisBuild(Path archive) {
        if (session == null || session.getStartTime() == null) {
            return false;
        }
        try {
            return !Files.getLastModifiedTime(archive)
                    .toInstant()
                    .isBefore(session.getStartTime().toInstant());
        } catch (IOException e) {
            return false;
        }
    }

    private static String shownList(List<Path> files, DeploymentScanner scanner) {
        return String.join(", ", files.stream().map(scanner::displayName).toList());
    }

    /**
     * The project's main artifact and attached artifacts that are archives, whether the check reads
     * their kind or not ({@link DeploymentScanner#isPackage}); a pom, an SBOM or a signature is none.
     */
    private List<Path> attachedPackages() {
        List<Artifact> artifacts = new ArrayList<>();
        artifacts.add(project.getArtifact());
        artifacts.addAll(project.getAttachedArtifacts());
        return artifacts.stream()
                .filter(artifact -> artifact != null
                        && artifact.getFile() != null
                        && artifact.getFile().isFile())
                .filter(artifact -> !"pom".equals(artifact.getType()))
                .map(artifact -> artifact.getFile().toPath().toAbsolutePath().normalize())
                .filter(DeploymentScanner::isPackage)
                .distinct()
                .toList();
    }

    private DeploymentScanner scanner() {
        ReadLimits limits = new ReadLimits(ReadLimits.DEFAULT.maxDescriptorBytes(), maxNestingDepth);
        return new DeploymentScanner(project.getBasedir().toPath(), selector(), limits);
    }

    private DescriptorSelector selector() {
        return new DescriptorSelector(
                orDefault(includes, DescriptorSelector.DEFAULT_INCLUDES),
                orDefault(excludes, List.of()),
                orDefault(nestedArchives, DescriptorSelector.DEFAULT_NESTED_ARCHIVES));
    }

    private void decide(CheckResult result, Severity threshold) throws MojoExecutionException, MojoFailureException {
        requireReadable(result);
        List<Finding> failing = result.findings().stream()
                .filter(finding -> finding.severity().atLeast(threshold))
                .toList();
        if (failing.isEmpty()) {
            return;
        }
        String message = "Bizagi hardening check found " + failingCounts(failing, threshold)
                + "; each is listed above with its file, line and fix.";
        if (failOnViolation) {
            throw new MojoFailureException(message);
        }
        getLog().warn(message + " The build goes on because bizagi.hardening.failOnViolation=false.");
    }

    /** Stops the goal when a file could not be parsed, whatever the findings. */
    void requireReadable(CheckResult result) throws MojoExecutionException {
        if (!result.malformed().isEmpty()) {
            throw new MojoExecutionException(
                    ConsoleReport.plural(result.malformed().size(), "configuration file")
                            + " could not be judged; each is listed above with the reason.");
        }
    }

    /** {@code 2 errors}; below the default threshold, {@code 1 error and 2 warnings at or above ...}. */
    private static String failingCounts(List<Finding> failing, Severity threshold) {
        if (threshold == Severity.ERROR) {
            return ConsoleReport.plural(failing.size(), "error");
        }
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long count = failing.stream().filter(f -> f.severity() == severity).count();
            if (count > 0) {
                parts.add(ConsoleReport.plural(count, severity == Severity.INFO ? "note" : severity.label()));
            }
        }
        return String.join(" and ", parts) + " at or above failOnSeverity=" + threshold.label();
    }

    /** The project the goal runs in. */
    MavenProject project() {
        return project;
    }

    private static List<String> orDefault(List<String> configured, List<String> fallback) {
        return configured == null || configured.isEmpty() ? fallback : configured;
    }
}
