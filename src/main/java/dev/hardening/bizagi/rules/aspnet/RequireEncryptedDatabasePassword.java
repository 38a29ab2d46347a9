package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;
import dev.hardening.bizagi.rules.Values;
import java.util.Locale;
import java.util.Optional;

/**
 * Requires the {@code DSNDB} connection string to hold no clear-text password: the password encrypted
 * by Bizagi ({@code Password=CRYPT.xxxx}), the whole value encrypted, or a log-on with the Windows account
 * ({@code Integrated Security=SSPI}). The connection string is parsed as ADO.NET parses it (see
 * {@link ConnectionString}); no message ever shows the password. See the description for sources and
 * limitations.
 */
public final class RequireEncryptedDatabasePassword extends DsnDbRule {

    /** The prefix of the values Bizagi's Password Encryption option writes. */
    static final String ENCRYPTED = "CRYPT.";

    private static final String FIX = "Encrypt the password with Bizagi's Password Encryption option (Management"
            + " Console or Studio, Security) and write the value it gives, which starts with CRYPT. (the five letters"
            + " and a dot): <add key=\"DSNDB\" value=\"Persist Security Info=True;User ID=bizagi_portal;"
            + "Password=CRYPT.xxxx;Data Source=...;Initial Catalog=...\"/>; or log on with the application"
            + " pool's Windows account: Integrated Security=SSPI in place of User ID and Password.";

    public RequireEncryptedDatabasePassword() {
        super(RuleDescription.rule("BIZAGI-DSNDB-PASSWORD", "DSNDB holds no clear-text database password")
                .severity(Severity.ERROR)
                .bizagi(
                        GuideLevel.NONE,
                        "Advanced deployment: DSNDB carries an encrypted password; Password Encryption (not one of"
                                + " the hardening guide's levels)")
                .cwe(256, 260)
                .seeAlso(
                        "Bizagi, Advanced deployment UI (automation_advancedd_ui.htm): the DSNDB form",
                        "Bizagi, Password Encryption (password_encryption.htm): CRYPT. values",
                        "Microsoft, SqlConnection.ConnectionString keywords (Password, PWD, Integrated Security,"
                                + " Trusted_Connection)")
                .why("Whoever reads the package, a backup of the server or a copy of web.config can log on to"
                        + " Bizagi's database with a clear-text password and read or change every case. An error"
                        + " even though Bizagi's hardening guide does not list it: a credential left in a"
                        + " packaged file is exposed the moment the package is.")
                .fix("Write the password as Bizagi's Password Encryption option gives it, a value that starts"
                        + " with CRYPT. (the five letters and a dot):\n"
                        + "<add key=\"DSNDB\" value=\"Persist Security Info=True;User ID=bizagi_portal;"
                        + "Password=CRYPT.xxxx;Data Source=sql01;Initial Catalog=Bizagi\"/>\n"
                        + "or log on with the application pool's Windows account:\n"
                        + "<add key=\"DSNDB\" value=\"Integrated Security=SSPI;Data Source=sql01;"
                        + "Initial Catalog=Bizagi\"/>")
                .whenAbsent("No DSNDB key: nothing is judged, since the connection string may be kept outside the"
                        + " package.")
                .limitation("A value that starts with CRYPT. (any case) counts as encrypted; whether Bizagi can"
                        + " decrypt it is not checked.")
                .limitation("A connection string with a user but no Password key is not reported, though the login"
                        + " then has an empty password.")
                .limitation("Only the Work Portal's web.config is read; the Scheduler's own configuration file is"
                        + " not selected by the default includes.")
                .build());
    }

    @Override
    void check(String value, SourceLocation at, Findings findings) {
        if (value.strip().regionMatches(true, 0, ENCRYPTED, 0, ENCRYPTED.length())) {
            return;
        }
        ConnectionString connection;
        try {
            connection = ConnectionString.parse(value);
        } catch (IllegalArgumentException e) {
            if (!tokenFinding(at, "DSNDB", value, findings)) {
                findings.add(
                        at,
                        "DSNDB cannot be read as a connection string (" + e.getMessage() + "), so whether it holds"
                                + " a clear-text password cannot be told, and Bizagi cannot connect with it.",
                        FIX);
            }
            return;
        }
        if (connection.integratedSecurity()) {
            return;
        }
        Optional<ConnectionString.Pair> integrated = connection.get("Integrated Security");
        if (integrated.isPresent()
                && tokenFinding(
                        at, "DSNDB " + integrated.get().key(), integrated.get().value(), findings)) {
            return;
        }
        Optional<ConnectionString.Pair> password = connection.get("Password");
        if (password.isEmpty()) {
            return;
        }
        String secret = password.get().value();
        if (tokenFinding(at, "DSNDB " + password.get().key(), secret, findings)
                || secret.toUpperCase(Locale.ROOT).startsWith(ENCRYPTED)) {
            return;
        }
        String masked = password.get().key() + "=********";
        String message;
        if (secret.isEmpty()) {
            message = "DSNDB logs on to the database with an empty password ("
                    + password.get().key() + "=).";
        } else if (secret.regionMatches(true, 0, ENCRYPTED, 0, ENCRYPTED.length() - 1)) {
            message = "DSNDB's password starts with CRYPT but not with CRYPT. and its dot, the prefix of the values"
                    + " Bizagi's Password Encryption option writes, so it is taken as a clear-text password ("
                    + masked + ").";
        } else {
            message = "DSNDB holds the database password in clear text (" + masked
                    + "), so whoever reads this file can log on to Bizagi's database.";
        }
        findings.add(at, message, FIX);
    }

    /**
     * Records that {@code value} holds an unresolved token, when it does, showing the value only when it is
     * the token alone, so that no part of a password is printed.
     */
    private static boolean tokenFinding(SourceLocation at, String name, String value, Findings findings) {
        Optional<String> token = Values.unresolvedToken(value);
        if (token.isEmpty()) {
            return false;
        }
        String what = value.strip().equals(token.get())
                ? "the unresolved token \"" + token.get() + "\""
                : "a value that holds the unresolved token \"" + token.get() + "\"";
        findings.add(
                at,
                name + " is " + what + ", so whether the deployed password is encrypted cannot be shown.",
                Findings.REPLACE_TOKEN + " Make the value it receives Password=CRYPT.xxxx (starting"
                        + " with CRYPT. and its dot, as Bizagi's Password Encryption option writes it) or"
                        + " Integrated Security=SSPI.");
        return true;
    }
}
