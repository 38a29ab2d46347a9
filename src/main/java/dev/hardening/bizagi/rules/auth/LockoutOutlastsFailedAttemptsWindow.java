package dev.hardening.bizagi.rules.auth;

import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Requires a locked account (or password) to stay blocked at least as long as the window in which
 * failed logons are counted: Bizagi asks that "Account lockout duration" be no shorter than "Failed
 * login attempts time-out", or an attacker can keep guessing at the full rate. The three keys are
 * optional; those given must be whole numbers of minutes of 1 or more, with no placeholder left in them.
 *
 * <p>Source: Bizagi, "Bizagi authentication" (account lockout duration).
 */
final class LockoutOutlastsFailedAttemptsWindow extends AuthenticationRule {

    private static final List<String> DURATIONS =
            List.of(AuthenticationSettings.PASSWORD_BLOCK_MINUTES, AuthenticationSettings.BLOCKED_DURATION_MINUTES);

    LockoutOutlastsFailedAttemptsWindow() {
        super(
                RuleDescription.rule(
                                "AUTH-LOCKOUT-DURATION",
                                "Accounts stay locked at least as long as failed logons are counted")
                        .bizagi(
                                GuideLevel.BASIC,
                                "Mandatory hardening part 1: Bizagi authentication, account lockout duration no"
                                        + " shorter than the failed login attempts time-out")
                        .cwe(307)
                        .seeAlso(AuthenticationRules.WHERE_SET)
                        .why("Bizagi counts failed logons within a window (Failed login attempts time-out). If a"
                                + " locked account reopens before that window ends, an attacker can keep guessing"
                                + " at nearly the full rate: lock, wait, guess again.")
                        .fix("""
                                Keep both lockout durations at least as long as the failed-attempts window, in
                                src/main/bizagi/authentication.properties:

                                login.failedAttemptsResetMinutes=15
                                password.blockTimeMinutes=15
                                account.blockedDurationMinutes=15
                                """)
                        .whenAbsent("The three keys are optional: a pair that is not declared is not compared.")
                        .limitation(AuthenticationRules.DECLARED_ONLY)
                        .limitation(AuthenticationRules.PASSWORD_ONLY)
                        .build(),
                true);
    }

    @Override
    void check(AuthenticationSettings settings, Policy policy, Findings findings) {
        OptionalInt window = minutes(
                settings,
                AuthenticationSettings.FAILED_ATTEMPTS_RESET_MINUTES,
                "no longer than " + String.join(" and ", DURATIONS),
                findings);
        for (String key : DURATIONS) {
            OptionalInt duration = minutes(
                    settings, key, "no shorter than " + AuthenticationSettings.FAILED_ATTEMPTS_RESET_MINUTES, findings);
            if (window.isPresent() && duration.isPresent() && duration.getAsInt() < window.getAsInt()) {
                findings.add(
                        settings.get(key).orElseThrow().location(),
                        key + " is " + duration.getAsInt() + " minutes, shorter than "
                                + AuthenticationSettings.FAILED_ATTEMPTS_RESET_MINUTES + " (" + window.getAsInt()
                                + "), so a locked account reopens before its failed logons are forgotten.",
                        "Set " + key + " to " + window.getAsInt() + " or more in " + settings.file() + ".");
            }
        }
    }

    /**
     * The setting as whole minutes, recording a finding when it is an unresolved token or not a
     * positive whole number.
     *
     * @param wanted what the value must be next to the others, for the finding on a token
     */
    private static OptionalInt minutes(AuthenticationSettings settings, String key, String wanted, Findings findings) {
        Optional<Setting> setting = settings.get(key);
        if (setting.isEmpty()) {
            return OptionalInt.empty();
        }
        String value = setting.get().value().strip();
        if (findings.addUnresolvedToken(setting.get().location(), key, value, wanted)) {
            return OptionalInt.empty();
        }
        OptionalInt minutes = Values.parseInt(value);
        if (minutes.isEmpty() || minutes.getAsInt() < 1) {
            findings.add(
                    setting.get().location(),
                    key + " is \"" + value + "\", not a whole number of minutes of 1 or more.",
                    "Set " + key + " to a whole number of minutes in " + settings.file() + ".");
            return OptionalInt.empty();
        }
        return minutes;
    }
}
