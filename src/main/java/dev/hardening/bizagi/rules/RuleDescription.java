package dev.hardening.bizagi.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a reader needs to understand and fix a rule's findings, stated once beside the rule and
 * used by the console, the reports, the {@code rules} goal and the generated rule pages.
 *
 * @param id the stable id, such as {@code ASPNET-COOKIES-HTTPONLY}
 * @param title what the rule requires, in a few words
 * @param severity the severity in the default {@code bizagi} profile
 * @param guideLevel the level of Bizagi's hardening guide that asks for it, {@link GuideLevel#NONE} when none
 * @param bizagi where Bizagi's guide asks for it (page and section), empty when it does not
 * @param cis the CIS Microsoft IIS 10 benchmark item, such as {@code 3.7}, empty when none fits
 * @param cwe the CWE ids that fit, possibly none
 * @param seeAlso further sources: scanner rule ids, framework documentation
 * @param rationale why it matters: what an attacker gains when the setting is wrong
 * @param fix how to fix it, with the XML or properties to write
 * @param whenAbsent what the framework does when no file states the setting
 * @param limitations what the rule cannot see or prove, possibly nothing
 */
public record RuleDescription(
        String id,
        String title,
        Severity severity,
        GuideLevel guideLevel,
        String bizagi,
        String cis,
        List<Integer> cwe,
        List<String> seeAlso,
        String rationale,
        String fix,
        String whenAbsent,
        List<String> limitations) {

    public RuleDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(guideLevel, "guideLevel");
        cwe = List.copyOf(cwe);
        seeAlso = List.copyOf(seeAlso);
        limitations = List.copyOf(limitations);
    }

    /** Starts the description of the rule {@code id}. */
    public static Builder rule(String id, String title) {
        return new Builder(id, title);
    }

    /** The profiles that run this rule. */
    public Set<Profile> profiles() {
        Set<Profile> profiles = EnumSet.noneOf(Profile.class);
        for (Profile profile : Profile.values()) {
            if (profile.severityOf(this).isPresent()) {
                profiles.add(profile);
            }
        }
        return profiles;
    }

    /**
     * Builds a {@link RuleDescription}. The severity defaults to {@link Severity#ERROR} for the
     * mandatory items of Bizagi's guide and to {@link Severity#WARNING} for the rest.
     */
    public static final class Builder {
        private final String id;
        private final String title;
        private Severity severity;
        private GuideLevel guideLevel = GuideLevel.NONE;
        private String bizagi = "";
        private String cis = "";
        private final List<Integer> cwe = new ArrayList<>();
        private final List<String> seeAlso = new ArrayList<>();
        private String rationale = "";
        private String fix = "";
        private String whenAbsent = "";
        private final List<String> limitations = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /** Sets the severity in the {@code bizagi} profile, instead of the one the guide level gives. */
        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        /** Names the level and the place in Bizagi's guide that asks for the setting. */
        public Builder bizagi(GuideLevel level, String section) {
            this.guideLevel = level;
            this.bizagi = section;
            return this;
        }

        /** Names the CIS Microsoft IIS 10 benchmark item, such as {@code 3.7}. */
        public Builder cis(String item) {
            this.cis = item;
            return this;
        }

        /** Adds the CWE ids that fit. */
        public Builder cwe(Integer... ids) {
            cwe.addAll(Arrays.asList(ids));
            return this;
        }

        /** Adds further sources. */
        public Builder seeAlso(String... sources) {
            seeAlso.addAll(Arrays.asList(sources));
            return this;
        }

        /** Says why the setting matters. */
        public Builder why(String text) {
            this.rationale = text.strip();
            return this;
        }

        /**
         * Says how to fix a finding, with the XML or properties to write. Paragraphs are separated by a
         * blank line; on the rule's page a paragraph that starts with {@code <} is shown as an XML block,
         * one made of {@code key=value} lines as a properties block, and the rest as prose.
         */
        public Builder fix(String text) {
            this.fix = text.strip();
            return this;
        }

        /** Says what the framework does when no file states the setting. */
        public Builder whenAbsent(String text) {
            this.whenAbsent = text.strip();
            return this;
        }

        /** Adds something the rule cannot see or prove. */
        public Builder limitation(String text) {
            limitations.add(text.strip());
            return this;
        }

        public RuleDescription build() {
            Severity chosen = severity != null ? severity : guideLevel.mandatory() ? Severity.ERROR : Severity.WARNING;
            return new RuleDescription(
                    id, title, chosen, guideLevel, bizagi, cis, cwe, seeAlso, rationale, fix, whenAbsent, limitations);
        }
    }
}
