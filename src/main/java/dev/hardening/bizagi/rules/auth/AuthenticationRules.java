package dev.hardening.bizagi.rules.auth;

import static dev.hardening.bizagi.model.AuthenticationSettings.CHANGE_ON_FIRST_LOGIN;
import static dev.hardening.bizagi.model.AuthenticationSettings.EVENTS_LOGGED;
import static dev.hardening.bizagi.model.AuthenticationSettings.EXPIRATION_DAYS;
import static dev.hardening.bizagi.model.AuthenticationSettings.HISTORY_ENFORCED;
import static dev.hardening.bizagi.model.AuthenticationSettings.LOCKOUT_ENABLED;
import static dev.hardening.bizagi.model.AuthenticationSettings.MAX_FAILED_ATTEMPTS;
import static dev.hardening.bizagi.model.AuthenticationSettings.MIN_LENGTH;
import static dev.hardening.bizagi.model.AuthenticationSettings.REQUIRE_CAPITALS;
import static dev.hardening.bizagi.model.AuthenticationSettings.REQUIRE_LETTERS;
import static dev.hardening.bizagi.model.AuthenticationSettings.REQUIRE_NUMBERS;
import static dev.hardening.bizagi.model.AuthenticationSettings.REQUIRE_SMALL_LETTERS;
import static dev.hardening.bizagi.model.AuthenticationSettings.REQUIRE_SPECIAL;
import static dev.hardening.bizagi.model.AuthenticationSettings.SYSTEM_USER_ADMINISTRATOR;
import static dev.hardening.bizagi.model.AuthenticationSettings.SYSTEM_USER_ENABLED;
import static dev.hardening.bizagi.model.AuthenticationSettings.VERIFY_SEQUENCES;

import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Rule;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;
import dev.hardening.bizagi.rules.auth.NumericLimit.Bound;
import java.util.List;

/**
 * The rules on the declared authentication settings, one per recommendation of Bizagi's hardening
 * guide (mandatory parts 1 and 2, "Bizagi authentication"). Password rules apply to Bizagi
 * authentication only; the event log and system user rules apply to every type.
 */
public final class AuthenticationRules {

    private AuthenticationRules() {}

    /** Every authentication rule, in catalog order. */
    public static List<Rule> all() {
        return List.of(
                new RequireKnownAuthenticationType(),
                new RequiredFlag(
                        RuleDescription.rule("AUTH-LOCKOUT", "Accounts lock after repeated failed logons")
                                .severity(Severity.ERROR)
                                .build(),
                        LOCKOUT_ENABLED,
                        true,
                        true,
                        "passwords can be guessed without limit"),
                new NumericLimit(
                        RuleDescription.rule("AUTH-MAX-FAILED-LOGINS", "Few failed logons lock an account")
                                .severity(Severity.ERROR)
                                .build(),
                        MAX_FAILED_ATTEMPTS,
                        Bound.AT_MOST,
                        Policy::maxFailedLogins,
                        "attempts"),
                new RequiredFlag(
                        RuleDescription.rule("AUTH-CHANGE-FIRST-LOGIN", "Users change their password at first logon")
                                .severity(Severity.ERROR)
                                .build(),
                        CHANGE_ON_FIRST_LOGIN,
                        true,
                        true,
                        "passwords handed out by administrators stay in use"),
                new RequiredFlag(
                        RuleDescription.rule("AUTH-PASSWORD-HISTORY", "Old passwords cannot be reused")
                                .severity(Severity.ERROR)
                                .build(),
                        HISTORY_ENFORCED,
                        true,
                        true,
                        "users can cycle back to a password that has leaked"),
                new RequiredFlag(
                        RuleDescription.rule("AUTH-EVENTS-LOGGED", "Authentication events are logged")
                                .severity(Severity.ERROR)
                                .build(),
                        EVENTS_LOGGED,
                        true,
                        false,
                        "logons, failures and lockouts leave no trace to investigate"),
                new NumericLimit(
                        RuleDescription.rule("AUTH-PASSWORD-EXPIRATION", "Passwords expire")
                                .severity(Severity.ERROR)
                                .build(),
                        EXPIRATION_DAYS,
                        Bound.AT_MOST,
                        Policy::maxPasswordAgeDays,
                        "days"),
                new NumericLimit(
                        RuleDescription.rule("AUTH-PASSWORD-MIN-LENGTH", "Passwords are long enough")
                                .severity(Severity.ERROR)
                                .build(),
                        MIN_LENGTH,
                        Bound.AT_LEAST,
                        Policy::minPasswordLength,
                        "characters"),
                new RequiredFlag(
                        RuleDescription.rule("AUTH-PASSWORD-LETTERS", "Passwords contain letters")
                                .severity(Severity.ERROR)
                                .build(),
                        REQUIRE_LETTERS,
                        true,
                        true,
                        "passwords made of digits alone are accepted"),
                new RequiredFlag(
                        RuleDescription.rule("AUTH-PASSWORD-CAPITALS", "Passwords contain capital letters")
                                .severity(Severity.ERROR)
                                .build(),
                        REQUIRE_CAPITALS,
                        true,
                        true,
                        "passwords without capital letters are accepted"),
                new RequiredFlag(
                        RuleDescription.rule("AUTH-PASSWORD-SMALL-LETTERS", "Passwords contain small letters")
                                .severity(Severity.ERROR)
                                .build(),
                        REQUIRE_SMALL_LETTERS,
                        true,
                        true,
                        "passwords without small letters are accepted"),
                new RequiredFlag(
                        RuleDescription.rule("AUTH-PASSWORD-NUMBERS", "Passwords contain numbers")
                                .severity(Severity.ERROR)
                                .build(),
                        REQUIRE_NUMBERS,
                        true,
                        true,
                        "passwords without numbers are accepted"),
                new RequiredFlag(
                        RuleDescription.rule("AUTH-PASSWORD-SPECIAL", "Passwords contain special characters")
                                .severity(Severity.ERROR)
                                .build(),
                        REQUIRE_SPECIAL,
                        true,
                        true,
                        "passwords without special characters are accepted"),
                new RequiredFlag(
                        RuleDescription.rule("AUTH-PASSWORD-SEQUENCES", "Passwords with sequences are refused")
                                .severity(Severity.ERROR)
                                .build(),
                        VERIFY_SEQUENCES,
                        true,
                        true,
                        "passwords such as abc123 or 1111 are accepted"),
                new LockoutOutlastsFailedAttemptsWindow(),
                new RequiredFlag(
                        RuleDescription.rule("AUTH-SYSTEM-USER-ENABLED", "The system user stays enabled")
                                .severity(Severity.ERROR)
                                .build(),
                        SYSTEM_USER_ENABLED,
                        true,
                        false,
                        "Bizagi's scheduled jobs and internal processes, which run as this user, stop working"),
                new RequiredFlag(
                        RuleDescription.rule("AUTH-SYSTEM-USER-NOT-ADMIN", "The system user is not an administrator")
                                .severity(Severity.ERROR)
                                .build(),
                        SYSTEM_USER_ADMINISTRATOR,
                        false,
                        false,
                        "a built-in account with a well-known name holds administrator rights"),
                new ForbidUnknownSettings());
    }
}
