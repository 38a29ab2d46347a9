package dev.hardening.bizagi.model;

import dev.hardening.bizagi.parse.LocatedProperties;
import dev.hardening.bizagi.parse.SourceComment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The authentication policy an environment runs with. Bizagi keeps it in its database, so the
 * deployment project declares it in a properties file, by default
 * {@code src/main/bizagi/authentication.properties}.
 */
public final class AuthenticationSettings {

    public static final String TYPE = "authentication.type";
    public static final String LOCKOUT_ENABLED = "account.lockout.enabled";
    public static final String MAX_FAILED_ATTEMPTS = "login.maxFailedAttempts";
    public static final String CHANGE_ON_FIRST_LOGIN = "password.changeOnFirstLogin";
    public static final String HISTORY_ENFORCED = "password.history.enforced";
    public static final String EVENTS_LOGGED = "authentication.events.logged";
    public static final String EXPIRATION_DAYS = "password.expirationDays";
    public static final String MIN_LENGTH = "password.minLength";
    public static final String REQUIRE_LETTERS = "password.requireLetters";
    public static final String REQUIRE_CAPITALS = "password.requireCapitalLetters";
    public static final String REQUIRE_SMALL_LETTERS = "password.requireSmallLetters";
    public static final String REQUIRE_NUMBERS = "password.requireNumbers";
    public static final String REQUIRE_SPECIAL = "password.requireSpecialCharacters";
    public static final String VERIFY_SEQUENCES = "password.verifySequences";
    public static final String SESSION_MINUTES = "session.timeMinutes";
    public static final String PASSWORD_BLOCK_MINUTES = "password.blockTimeMinutes";
    public static final String BLOCKED_DURATION_MINUTES = "account.blockedDurationMinutes";
    public static final String FAILED_ATTEMPTS_RESET_MINUTES = "login.failedAttemptsResetMinutes";
    public static final String SYSTEM_USER_NAME = "systemUser.name";
    public static final String SYSTEM_USER_ENABLED = "systemUser.enabled";
    public static final String SYSTEM_USER_ADMINISTRATOR = "systemUser.administrator";

    /** Every key the file may hold, in the order {@code init} writes them. */
    public static final List<String> KEYS = List.of(
            TYPE,
            LOCKOUT_ENABLED,
            MAX_FAILED_ATTEMPTS,
            CHANGE_ON_FIRST_LOGIN,
            HISTORY_ENFORCED,
            EVENTS_LOGGED,
            EXPIRATION_DAYS,
            MIN_LENGTH,
            REQUIRE_LETTERS,
            REQUIRE_CAPITALS,
            REQUIRE_SMALL_LETTERS,
            REQUIRE_NUMBERS,
            REQUIRE_SPECIAL,
            VERIFY_SEQUENCES,
            SESSION_MINUTES,
            PASSWORD_BLOCK_MINUTES,
            BLOCKED_DURATION_MINUTES,
            FAILED_ATTEMPTS_RESET_MINUTES,
            SYSTEM_USER_NAME,
            SYSTEM_USER_ENABLED,
            SYSTEM_USER_ADMINISTRATOR);

    /** The values {@code authentication.type} may take. */
    public static final Set<String> TYPES = Set.of("bizagi", "windows", "ldap", "saml", "oauth", "federated");

    /** The built-in system user's name when the file does not give one. */
    public static final String DEFAULT_SYSTEM_USER = "domain\\admon";

    private final PropertiesFile properties;

    public AuthenticationSettings(LocatedProperties properties) {
        this.properties = new PropertiesFile(properties);
    }

    /** The file's display path. */
    public String file() {
        return properties.file();
    }

    /** The value of {@code key} and its line, empty when the file does not set it. */
    public Optional<Setting> get(String key) {
        return properties.get(key);
    }

    /** The keys the file sets that are not among {@link #KEYS}, with their lines. */
    public List<LocatedProperties.Entry> unknownKeys() {
        return properties.entries().stream()
                .filter(entry -> !KEYS.contains(entry.key()))
                .toList();
    }

    /**
     * Whether Bizagi checks passwords itself, so that the password rules apply: true for
     * {@code bizagi}, and also when the type is missing or not one Bizagi knows, so that a gap in the
     * file never loosens the judgement.
     */
    public boolean bizagiAuthentication() {
        return get(TYPE)
                .map(type -> type.value().strip().toLowerCase(Locale.ROOT))
                .map(type -> type.equals("bizagi") || !TYPES.contains(type))
                .orElse(true);
    }

    /** The file's comment lines, for inline suppressions. */
    public List<SourceComment> comments() {
        return properties.comments();
    }

    /** The location of the file's first line, where a missing key is reported. */
    public SourceLocation top() {
        return properties.at(1);
    }
}
