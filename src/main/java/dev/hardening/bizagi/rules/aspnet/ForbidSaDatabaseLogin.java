package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Optional;

/**
 * Forbids the {@code sa} login in the {@code DSNDB} connection string ({@code User ID}, {@code UID} or
 * {@code User}, any case). A connection with integrated security ignores the user written beside it and
 * passes. See the description for sources and limitations.
 */
public final class ForbidSaDatabaseLogin extends DsnDbRule {

    private static final String FIX = "Create a SQL Server login of its own for the portal, mapped to a user of"
            + " Bizagi's database only (not sysadmin), and write it: <add key=\"DSNDB\" value=\"Persist Security"
            + " Info=True;User ID=bizagi_portal;Password=CRYPT.xxxx;Data Source=...;Initial Catalog=...\"/>.";

    public ForbidSaDatabaseLogin() {
        super(RuleDescription.rule("BIZAGI-DSNDB-NOT-SA", "DSNDB does not log on as sa")
                .bizagi(
                        GuideLevel.BASIC,
                        "Mandatory hardening part 1: the portal and the Scheduler reach the database with a login"
                                + " other than sa")
                .cwe(250)
                .seeAlso(
                        "Bizagi, Advanced deployment UI (automation_advancedd_ui.htm): the DSNDB form",
                        "Microsoft, SqlConnection.ConnectionString keywords (User ID, UID, User)")
                .why("sa is SQL Server's administrator: a SQL injection or a leaked connection string then gives"
                        + " the whole database server, every database on it and, through xp_cmdshell, the"
                        + " machine, not just Bizagi's data.")
                .fix("<add key=\"DSNDB\" value=\"Persist Security Info=True;User ID=bizagi_portal;"
                        + "Password=CRYPT.xxxx;Data Source=sql01;Initial Catalog=Bizagi\"/>\n"
                        + "with bizagi_portal a login that owns only Bizagi's database.")
                .whenAbsent("No DSNDB key, or no user in it: nothing is judged.")
                .limitation("Only the name sa is recognised; another login with the sysadmin role is not.")
                .limitation("A connection string that cannot be parsed is reported by BIZAGI-DSNDB-PASSWORD only.")
                .build());
    }

    @Override
    void check(String value, SourceLocation at, Findings findings) {
        ConnectionString connection;
        try {
            connection = ConnectionString.parse(value);
        } catch (IllegalArgumentException e) {
            return;
        }
        Optional<ConnectionString.Pair> user = connection.get("User ID");
        if (connection.integratedSecurity() || user.isEmpty()) {
            return;
        }
        String name = user.get().value();
        if (findings.addUnresolvedToken(at, "DSNDB " + user.get().key(), name, "a login other than sa")) {
            return;
        }
        if (name.strip().equalsIgnoreCase("sa")) {
            findings.add(
                    at,
                    "DSNDB logs on to the database as " + user.get().key() + "=" + name + ", SQL Server's"
                            + " administrator, so a flaw in the portal hands over the whole database server.",
                    FIX);
        }
    }
}
