package dev.hardening.bizagi.rules.auth;

import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.parse.LocatedProperties;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Comparator;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Warns about keys in the authentication settings that no rule reads, which are most often typing
 * mistakes ({@code password.minLenght}); the key meant is then reported missing as well. A known key
 * within a few edits is offered as the rename, and one that differs only in case is named as such,
 * since keys are matched exactly; a key far from every known one is only to be removed, as no rename
 * would be more than a guess.
 */
final class ForbidUnknownSettings extends AuthenticationRule {

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    /** The most edits, besides case, that a key may be from a known key and still be taken for it. */
    private static final int MAX_TYPING_EDITS = 3;

    ForbidUnknownSettings() {
        super(
                RuleDescription.rule("AUTH-UNKNOWN-KEY", "The authentication settings hold only known keys")
                        .seeAlso(AuthenticationRules.WHERE_SET)
                        .why("A key no rule reads is most often a typing mistake (password.minLenght); the setting"
                                + " meant is then reported missing, and this finding says which key was probably"
                                + " meant. Keys are matched exactly, case included.")
                        .fix("""
                                Rename the key to the one meant, or remove it; the keys the check reads are those
                                `mvn bizagi-hardening:init` writes, for example:

                                password.minLength=8
                                """)
                        .whenAbsent("Nothing to judge: only keys present in the file are compared.")
                        .limitation("The file is the team's record of what Bizagi's database holds; a key spelled"
                                + " right but set differently in Studio or the Management Console is not seen.")
                        .build(),
                false);
    }

    @Override
    void check(AuthenticationSettings settings, Policy policy, Findings findings) {
        for (LocatedProperties.Entry entry : settings.unknownKeys()) {
            String key = entry.key();
            String closest = AuthenticationSettings.KEYS.stream()
                    .min(Comparator.comparingInt(known -> distance(known, key)))
                    .orElseThrow();
            String fix;
            if (closest.equalsIgnoreCase(key)) {
                fix = "Rename it to " + closest + ": keys are matched with their case.";
            } else if (distance(closest, key) <= MAX_TYPING_EDITS) {
                fix = "Rename it to " + closest + " if that was meant, or remove it.";
            } else {
                fix = "Remove it; the keys this check reads are those `mvn bizagi-hardening:init` writes.";
            }
            findings.add(
                    new SourceLocation(settings.file(), entry.line(), ""),
                    key + " is not a setting this check knows, so it is ignored.",
                    fix);
        }
    }

    private static int distance(String known, String key) {
        return LEVENSHTEIN.apply(known.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT));
    }
}
