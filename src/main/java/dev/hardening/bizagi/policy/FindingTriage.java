package dev.hardening.bizagi.policy;

import dev.hardening.bizagi.parse.SourceComment;
import dev.hardening.bizagi.report.SuppressedFinding;
import dev.hardening.bizagi.rules.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sorts the rules' findings into those that count and those the user accepted: by a suppression (in
 * a comment beside the finding, in the POM, in a suppressions file) that has not expired, then by the
 * baseline. A suppression past its date lets its findings count again, each saying so; one that
 * matches nothing, and an inline one that cannot be taken, are warned about.
 */
public final class FindingTriage {

    /**
     * What the triage decided.
     *
     * @param counted the findings that count, in the order given, an expired suppression named in the
     *     message of each finding it no longer covers
     * @param suppressed the accepted findings, in the order given
     * @param warnings suppressions that matched nothing, inline ones that cannot be taken
     * @param fixed baseline entries no finding has any more, one line each
     */
    public record Outcome(
            List<Finding> counted, List<SuppressedFinding> suppressed, List<String> warnings, List<String> fixed) {}

    private final SuppressionReader reader;
    private final List<Suppression> declared;
    private final LocalDate today;
    private final Optional<Baseline> baseline;
    private final String version;

    /**
     * @param reader reads the inline suppressions of the comments
     * @param declared the suppressions of the POM and of the suppressions file
     * @param today the date expiry is judged on
     * @param baseline the findings accepted when the check was adopted, if any
     * @param version the project's version, which a baseline writes as a token in archive names
     */
    public FindingTriage(
            SuppressionReader reader,
            List<Suppression> declared,
            LocalDate today,
            Optional<Baseline> baseline,
            String version) {
        this.reader = reader;
        this.declared = List.copyOf(declared);
        this.today = today;
        // Keys written before nested archives' names carried the token still match at the same version.
        this.baseline = baseline.map(accepted -> accepted.withVersionAsToken(version));
        this.version = version;
    }

    /**
     * @param findings the rules' findings, in report order
     * @param comments every file's comments by display path, where inline suppressions are read
     */
    public Outcome apply(List<Finding> findings, Map<String, List<SourceComment>> comments) {
        List<String> warnings = new ArrayList<>();
        List<Suppression> all = new ArrayList<>(inline(comments, warnings));
        all.addAll(declared);

        Set<Suppression> used = new LinkedHashSet<>();
        List<Finding> remaining = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<Suppression> active = first(all, finding, false);
            if (active.isPresent()) {
                used.add(active.get());
                suppressed.add(new SuppressedFinding(
                        finding, active.get().kind(), active.get().reason()));
                continue;
            }
            Optional<Suppression> expired = first(all, finding, true);
            expired.ifPresent(used::add);
            remaining.add(expired.map(s -> expiredAgain(finding, s)).orElse(finding));
        }
        for (Suppression suppression : all) {
            if (!used.contains(suppression)) {
                warnings.add("Suppression of " + suppression.describe() + " matches no finding; remove it.");
            }
        }
        if (baseline.isEmpty()) {
            return new Outcome(remaining, suppressed, warnings, List.of());
        }
        return againstBaseline(baseline.get(), remaining, suppressed, warnings);
    }

    private Outcome againstBaseline(
            Baseline accepted, List<Finding> remaining, List<SuppressedFinding> suppressed, List<String> warnings) {
        // The first findings of a key, up to the baseline's count, are the old ones; any more are new.
        Map<Baseline.Key, Integer> seen = new HashMap<>();
        List<Finding> counted = new ArrayList<>();
        List<SuppressedFinding> all = new ArrayList<>(suppressed);
        for (Finding finding : remaining) {
            Baseline.Key key = Baseline.Key.of(finding, version);
            if (seen.merge(key, 1, Integer::sum) <= accepted.count(key)) {
                all.add(new SuppressedFinding(finding, "baseline", "accepted in the baseline"));
            } else {
                counted.add(finding);
            }
        }
        List<String> fixed = new ArrayList<>();
        accepted.counts().forEach((key, count) -> {
            int now = seen.getOrDefault(key, 0);
            if (now < count) {
                fixed.add("Fixed since the baseline: " + key
                        + (count > 1 ? " (" + (count - now) + " of " + count + ")" : "") + ".");
            }
        });
        return new Outcome(counted, all, warnings, fixed);
    }

    private Optional<Suppression> first(Collection<Suppression> suppressions, Finding finding, boolean expired) {
        return suppressions.stream()
                .filter(s -> s.expiredOn(today) == expired && s.matches(finding))
                .findFirst();
    }

    private List<Suppression> inline(Map<String, List<SourceComment>> comments, List<String> warnings) {
        List<Suppression> found = new ArrayList<>();
        for (List<SourceComment> fileComments : new TreeMap<>(comments).values()) {
            for (SourceComment comment : fileComments) {
                try {
                    reader.inline(comment).ifPresent(found::addAll);
                } catch (PolicyException e) {
                    warnings.add(e.getMessage());
                }
            }
        }
        return found;
    }

    private static Finding expiredAgain(Finding finding, Suppression suppression) {
        return new Finding(
                finding.ruleId(),
                finding.severity(),
                finding.location(),
                finding.message() + " Its suppression " + suppression.describe() + " expired on "
                        + suppression.until().orElseThrow() + ".",
                finding.fix());
    }
}
