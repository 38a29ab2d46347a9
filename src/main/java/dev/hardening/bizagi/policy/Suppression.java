package dev.hardening.bizagi.policy;

import dev.hardening.bizagi.parse.SourceComment;
import dev.hardening.bizagi.rules.Finding;
import java.time.LocalDate;
import java.util.Optional;
import org.codehaus.plexus.util.SelectorUtils;

/**
 * A finding the user accepts, with the reason, until an optional date.
 *
 * @param ruleId the rule id it applies to, or {@link #ANY_RULE} with a path
 * @param path an Ant-style pattern matched, case ignored, against the finding's display path (such as
 *     {@code **}{@code /WebApplication/web.config} or {@code target/*.zip!/**}); empty for every file
 * @param reason why the finding is accepted; never blank
 * @param until the last day it holds; empty for no end
 * @param kind where it was declared: {@code pom}, {@code file} or {@code inline}
 * @param declaredAt where it was declared, in messages: {@code pom.xml <suppressions>, suppression 2},
 *     {@code suppressions.xml:14}
 * @param comment for an inline suppression, the comment declaring it, which decides the file and line
 *     it covers
 */
public record Suppression(
        String ruleId,
        Optional<String> path,
        String reason,
        Optional<LocalDate> until,
        String kind,
        String declaredAt,
        Optional<SourceComment> comment) {

    /** The rule id that stands for every rule, allowed only with a path. */
    public static final String ANY_RULE = "*";

    /**
     * Whether it names the finding's rule and, when it has a path, the finding's file; an inline one,
     * whether its comment stands on the finding's line or above it, in the same file.
     */
    public boolean matches(Finding finding) {
        if (!ruleId.equals(ANY_RULE) && !ruleId.equalsIgnoreCase(finding.ruleId())) {
            return false;
        }
        if (comment.isPresent()) {
            return comment.get().file().equals(finding.location().file())
                    && comment.get().appliesTo(finding.location().line());
        }
        return path.map(pattern -> SelectorUtils.matchPath(
                        pattern.replace('\\', '/'), finding.location().file(), "/", false))
                .orElse(true);
    }

    /** Whether {@code today} is past its last day. */
    public boolean expiredOn(LocalDate today) {
        return until.map(today::isAfter).orElse(false);
    }

    /** {@code ASPNET-TRACE-OFF in **}{@code /web.config (suppressions.xml:14)}, for messages. */
    public String describe() {
        return ruleId + path.map(pattern -> " in " + pattern).orElse("") + " (" + declaredAt + ")";
    }
}
