package dev.hardening.bizagi.mojo;

import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.rules.Policy;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The authentication settings file with the hardening guide's values, as {@code init} writes it. */
final class AuthenticationSettingsTemplate {

    private AuthenticationSettingsTemplate() {}

    /** The recommended value of every key, for {@code policy}. */
    static Map<String, String> recommended(Policy policy) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(AuthenticationSettings.TYPE, "bizagi");
        values.put(AuthenticationSettings.LOCKOUT_ENABLED, "true");
        values.put(AuthenticationSettings.MAX_FAILED_ATTEMPTS, String.valueOf(policy.maxFailedLogins()));
        values.put(AuthenticationSettings.CHANGE_ON_FIRST_LOGIN, "true");
        values.put(AuthenticationSettings.HISTORY_ENFORCED, "true");
        values.put(AuthenticationSettings.EVENTS_LOGGED, "true");
        values.put(AuthenticationSettings.EXPIRATION_DAYS, String.valueOf(policy.maxPasswordAgeDays()));
        values.put(AuthenticationSettings.MIN_LENGTH, String.valueOf(policy.minPasswordLength()));
        values.put(AuthenticationSettings.REQUIRE_LETTERS, "true");
        values.put(AuthenticationSettings.REQUIRE_CAPITALS, "true");
        values.put(AuthenticationSettings.REQUIRE_SMALL_LETTERS, "true");
        values.put(AuthenticationSettings.REQUIRE_NUMBERS, "true");
        values.put(AuthenticationSettings.REQUIRE_SPECIAL, "true");
        values.put(AuthenticationSettings.VERIFY_SEQUENCES, "true");
        values.put(AuthenticationSettings.SESSION_MINUTES, String.valueOf(policy.maxSessionMinutes()));
        values.put(AuthenticationSettings.PASSWORD_BLOCK_MINUTES, "30");
        values.put(AuthenticationSettings.BLOCKED_DURATION_MINUTES, "30");
        values.put(AuthenticationSettings.FAILED_ATTEMPTS_RESET_MINUTES, "30");
        values.put(AuthenticationSettings.SYSTEM_USER_NAME, AuthenticationSettings.DEFAULT_SYSTEM_USER);
        values.put(AuthenticationSettings.SYSTEM_USER_ENABLED, "true");
        values.put(AuthenticationSettings.SYSTEM_USER_ADMINISTRATOR, "false");
        return values;
    }

    /** The file's text: a header that says what it is for, then one key per line. */
    static String text(Policy policy) {
        StringBuilder text = new StringBuilder()
                .append("# Authentication policy of this Bizagi environment, as set in Bizagi Studio or the\n")
                .append("# Management Console (Security > Authentication). Bizagi keeps these values in its\n")
                .append("# database; keep this file equal to them so that the build can check them.\n")
                .append("# authentication.type: bizagi, windows, ldap, saml, oauth or federated.\n");
        for (Map.Entry<String, String> entry : recommended(policy).entrySet()) {
            text.append(entry.getKey())
                    .append('=')
                    .append(escape(entry.getValue()))
                    .append('\n');
        }
        return text.toString();
    }

    /** The error for a project that declares no authentication settings. */
    static String missingFileMessage(String shownPath, Path absolutePath) {
        return "Authentication settings not found: " + shownPath + ". The check looked for " + absolutePath
                + "; in a multi-module build each module looks in its own folder, so point"
                + " bizagi.hardening.authenticationSettings at a shared file, such as"
                + " ${maven.multiModuleProjectDirectory}/src/main/bizagi/authentication.properties. Bizagi keeps"
                + " its authentication policy in its database, so the deployment project declares it in this"
                + " file. Run"
                + " `mvn bizagi-hardening:init` to write it with the hardening guide's values, then make it match"
                + " the environment, or point bizagi.hardening.authenticationSettings at your file. It holds one"
                + " key=value per line: " + String.join(", ", AuthenticationSettings.KEYS) + ".";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
