package dev.hardening.bizagi.rules.auth;

import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.parse.LocatedProperties;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Severity;
import java.util.Comparator;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Warns about keys in the authentication settings that no rule reads, which are most often typing
 * mistakes ({@code password.minLenght}); the key meant is then reported missing as well.
 */
final class ForbidUnknownSettings extends AuthenticationRule {

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    ForbidUnknownSettings() {
        super("AUTH-UNKNOWN-KEY", "The authentication settings hold only known keys", Severity.WARNING, false);
    }

    @Override
    void check(AuthenticationSettings settings, Policy policy, Findings findings) {
        for (LocatedProperties.Entry entry : settings.unknownKeys()) {
            String closest = AuthenticationSettings.KEYS.stream()
                    .min(Comparator.comparingInt(known -> LEVENSHTEIN.apply(
                            known.toLowerCase(Locale.ROOT), entry.key().toLowerCase(Locale.ROOT))))
                    .orElseThrow();
            findings.add(
                    new SourceLocation(settings.file(), entry.line(), ""),
                    entry.key() + " is not a setting this check knows, so it is ignored.",
                    "Remove it, or rename it if " + closest + " was meant.");
        }
    }
}
