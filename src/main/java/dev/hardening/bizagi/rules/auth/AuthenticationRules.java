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

import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Rule;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.auth.NumericLimit.Bound;
import java.util.List;

/**
 * The rules on the declared authentication settings, one per recommendation of Bizagi's hardening
 * guide (mandatory parts 1 and 2, "Bizagi authentication"). Password rules apply to Bizagi
 * authentication only; the event log and system user rules apply to every type. Each rule's
 * description is stated here, beside the data the rule is built from.
 */
public final class AuthenticationRules {

    /** What a missing key means for every rule on the authentication settings. */
    static final String WHEN_ABSENT = "Bizagi keeps the setting in its database, per environment, where the"
            + " package cannot show it; a key missing from the authentication settings file is a finding, since"
            + " its value cannot be assumed.";

    /** Where Bizagi keeps these settings, which the declared file must mirror. */
    static final String WHERE_SET =
            "Bizagi authentication: https://help.bizagi.com/platform/en/bizagi_authentication.htm";

    /** Why the settings are declared in a file at all, stated once for every rule on them. */
    static final String DECLARED_ONLY = "The check judges the settings the project declares in"
            + " src/main/bizagi/authentication.properties, not those the environment's database holds: keep the"
            + " file in step with Studio (Security > Authentication) or the Management Console.";

    /** Where password rules apply. */
    static final String PASSWORD_ONLY = "Judged only where Bizagi checks passwords itself: authentication.type"
            + " bizagi, or a type missing or unknown (AUTH-TYPE). With Windows, LDAP, SAML, OAuth or federated"
            + " authentication the identity provider's own policy applies.";

    private AuthenticationRules() {}

    /**
     * Starts the description of a rule on one key of the authentication settings that the hardening
     * guide's mandatory part 1 asks for: the guide section, the fix with the guide's value, the default
     * and the shared limitation.
     *
     * @param label the setting's label in Bizagi's guide, such as {@code Enable Lock Account}
     */
    static RuleDescription.Builder guideSetting(String id, String title, String label, String key, String value) {
        return RuleDescription.rule(id, title)
                .bizagi(GuideLevel.BASIC, "Mandatory hardening part 1: Bizagi authentication, " + label)
                .seeAlso(WHERE_SET)
                .fix("Declare the value the environment runs with, as the guide asks for it, in"
                        + " src/main/bizagi/authentication.properties (`mvn bizagi-hardening:init` writes a"
                        + " complete file), and set the same in Bizagi:\n\n" + key + "=" + value)
                .whenAbsent(WHEN_ABSENT)
                .limitation(DECLARED_ONLY);
    }

    /** Every authentication rule, in catalog order. */
    public static List<Rule> all() {
        return List.of(
                new RequireKnownAuthenticationType(),
                new RequiredFlag(
                        guideSetting(
                                        "AUTH-LOCKOUT",
                                        "Accounts lock after repeated failed logons",
                                        "Enable Lock Account (account lockout for failed login attempts)",
                                        LOCKOUT_ENABLED,
                                        "true")
                                .cwe(307)
                                .why("Without lockout an attacker can try passwords against an account without"
                                        + " limit until one works.")
                                .limitation(PASSWORD_ONLY)
                                .build(),
                        LOCKOUT_ENABLED,
                        true,
                        true,
                        "passwords can be guessed without limit"),
                new NumericLimit(
                        guideSetting(
                                        "AUTH-MAX-FAILED-LOGINS",
                                        "Few failed logons lock an account",
                                        "Max Logon Attempts (maximum number of failed login attempts)",
                                        MAX_FAILED_ATTEMPTS,
                                        "3")
                                .cwe(307)
                                .why("Each failed logon allowed before the account locks is one more password an"
                                        + " attacker may guess. The guide allows 3; maxFailedLogins sets the"
                                        + " limit.")
                                .limitation(PASSWORD_ONLY)
                                .build(),
                        MAX_FAILED_ATTEMPTS,
                        Bound.AT_MOST,
                        Policy::maxFailedLogins,
                        "attempts"),
                new RequiredFlag(
                        guideSetting(
                                        "AUTH-CHANGE-FIRST-LOGIN",
                                        "Users change their password at first logon",
                                        "Enforce Password change (after first login)",
                                        CHANGE_ON_FIRST_LOGIN,
                                        "true")
                                .cwe(521)
                                .why("A password an administrator handed out is known to someone besides the user;"
                                        + " unless the user must change it at first logon, it stays in use.")
                                .limitation(PASSWORD_ONLY)
                                .build(),
                        CHANGE_ON_FIRST_LOGIN,
                        true,
                        true,
                        "passwords handed out by administrators stay in use"),
                new RequiredFlag(
                        guideSetting(
                                        "AUTH-PASSWORD-HISTORY",
                                        "Old passwords cannot be reused",
                                        "Enforce Password History",
                                        HISTORY_ENFORCED,
                                        "true")
                                .cwe(521)
                                .why("Without a history users can switch back to a password that has already"
                                        + " leaked, which undoes expiry.")
                                .limitation(PASSWORD_ONLY)
                                .build(),
                        HISTORY_ENFORCED,
                        true,
                        true,
                        "users can cycle back to a password that has leaked"),
                new RequiredFlag(
                        guideSetting(
                                        "AUTH-EVENTS-LOGGED",
                                        "Authentication events are logged",
                                        "Log Authentication Events",
                                        EVENTS_LOGGED,
                                        "true")
                                .cwe(778)
                                .why("Logons, failed attempts and lockouts are the trail that shows a password"
                                        + " attack or a misused account; without them there is nothing to"
                                        + " investigate. This holds for every authentication type.")
                                .build(),
                        EVENTS_LOGGED,
                        true,
                        false,
                        "logons, failures and lockouts leave no trace to investigate"),
                new NumericLimit(
                        guideSetting(
                                        "AUTH-PASSWORD-EXPIRATION",
                                        "Passwords expire",
                                        "Password expiration",
                                        EXPIRATION_DAYS,
                                        "30")
                                .cwe(262)
                                .why("A password that never expires stays useful to whoever learns it. The guide"
                                        + " asks for 30 days at most; maxPasswordAgeDays sets the limit.")
                                .limitation(PASSWORD_ONLY)
                                .build(),
                        EXPIRATION_DAYS,
                        Bound.AT_MOST,
                        Policy::maxPasswordAgeDays,
                        "days"),
                new NumericLimit(
                        guideSetting(
                                        "AUTH-PASSWORD-MIN-LENGTH",
                                        "Passwords are long enough",
                                        "minimum length",
                                        MIN_LENGTH,
                                        "8")
                                .cwe(521)
                                .why("Short passwords fall to guessing and brute force quickly. The guide asks for"
                                        + " 8 characters at least; minPasswordLength sets the limit.")
                                .limitation(PASSWORD_ONLY)
                                .build(),
                        MIN_LENGTH,
                        Bound.AT_LEAST,
                        Policy::minPasswordLength,
                        "characters"),
                complexity(
                        "AUTH-PASSWORD-LETTERS",
                        "Passwords contain letters",
                        "letters",
                        REQUIRE_LETTERS,
                        "passwords made of digits alone are accepted"),
                complexity(
                        "AUTH-PASSWORD-CAPITALS",
                        "Passwords contain capital letters",
                        "capital letters",
                        REQUIRE_CAPITALS,
                        "passwords without capital letters are accepted"),
                complexity(
                        "AUTH-PASSWORD-SMALL-LETTERS",
                        "Passwords contain small letters",
                        "small letters",
                        REQUIRE_SMALL_LETTERS,
                        "passwords without small letters are accepted"),
                complexity(
                        "AUTH-PASSWORD-NUMBERS",
                        "Passwords contain numbers",
                        "numbers",
                        REQUIRE_NUMBERS,
                        "passwords without numbers are accepted"),
                complexity(
                        "AUTH-PASSWORD-SPECIAL",
                        "Passwords contain special characters",
                        "special characters",
                        REQUIRE_SPECIAL,
                        "passwords without special characters are accepted"),
                new RequiredFlag(
                        guideSetting(
                                        "AUTH-PASSWORD-SEQUENCES",
                                        "Passwords with sequences are refused",
                                        "Verify Password Sequences",
                                        VERIFY_SEQUENCES,
                                        "true")
                                .cwe(521)
                                .why("Passwords such as abc123 or 1111 meet length and character rules yet are"
                                        + " among the first an attacker tries.")
                                .limitation(PASSWORD_ONLY)
                                .build(),
                        VERIFY_SEQUENCES,
                        true,
                        true,
                        "passwords such as abc123 or 1111 are accepted"),
                new LockoutOutlastsFailedAttemptsWindow(),
                new RequiredFlag(
                        guideSetting(
                                        "AUTH-SYSTEM-USER-ENABLED",
                                        "The system user stays enabled",
                                        "the system user (domain\\admon) stays enabled",
                                        SYSTEM_USER_ENABLED,
                                        "true")
                                .why("Bizagi runs its scheduled jobs and internal processes as the system user;"
                                        + " disabled, they stop, so the guide keeps it enabled and takes its"
                                        + " rights away instead (AUTH-SYSTEM-USER-NOT-ADMIN).")
                                .build(),
                        SYSTEM_USER_ENABLED,
                        true,
                        false,
                        "Bizagi's scheduled jobs and internal processes, which run as this user, stop working"),
                new RequiredFlag(
                        guideSetting(
                                        "AUTH-SYSTEM-USER-NOT-ADMIN",
                                        "The system user is not an administrator",
                                        "the system user (domain\\admon) without administrator rights",
                                        SYSTEM_USER_ADMINISTRATOR,
                                        "false")
                                .cwe(250)
                                .why("The system user exists in every installation under a well-known name; with"
                                        + " administrator rights it is the first account worth attacking, and"
                                        + " whoever gets it controls the whole portal.")
                                .build(),
                        SYSTEM_USER_ADMINISTRATOR,
                        false,
                        false,
                        "a built-in account with a well-known name holds administrator rights"),
                new ForbidUnknownSettings());
    }

    /** A rule that requires passwords to contain one kind of character, as the guide asks. */
    private static Rule complexity(String id, String title, String kind, String key, String consequence) {
        return new RequiredFlag(
                guideSetting(id, title, "Enforce use of " + kind + " in passwords", key, "true")
                        .cwe(521)
                        .why("Every kind of character a password must contain multiplies the guesses a brute"
                                + " force attack needs; without " + kind + " required, users pick passwords from a"
                                + " smaller set.")
                        .limitation(PASSWORD_ONLY)
                        .build(),
                key,
                true,
                true,
                consequence);
    }
}
