package dev.hardening.bizagi.rules.aspnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Connection strings read as ADO.NET reads them. */
class ConnectionStringTest {

    @Test
    void keysIgnoreCaseSpacesAndSynonyms() {
        ConnectionString connection = ConnectionString.parse(" uid = bizagi ;PWD=secret;data source=sql01");

        assertEquals(Optional.of(new ConnectionString.Pair("uid", "bizagi")), connection.get("User ID"));
        assertEquals(Optional.of(new ConnectionString.Pair("PWD", "secret")), connection.get("password"));
        assertEquals("sql01", connection.get("Data Source").orElseThrow().value());
    }

    @Test
    void theLastPairForAKeyWinsAcrossSynonyms() {
        ConnectionString connection = ConnectionString.parse("Password=CRYPT.1:x;Pwd=plain");

        assertEquals(Optional.of(new ConnectionString.Pair("Pwd", "plain")), connection.get("Password"));
    }

    @Test
    void quotedValuesKeepSemicolonsAndDoubledQuotes() {
        ConnectionString connection = ConnectionString.parse("Password=\"a;b\"\"c\";User ID='it''s'");

        assertEquals("a;b\"c", connection.get("Password").orElseThrow().value());
        assertEquals("it's", connection.get("User ID").orElseThrow().value());
    }

    @Test
    void aDoubledEqualsSignBelongsToTheKey() {
        ConnectionString connection = ConnectionString.parse("odd==key=1");

        assertEquals("1", connection.get("odd=key").orElseThrow().value());
    }

    @Test
    void integratedSecurityTakesTrueYesAndSspiInAnyCase() {
        assertTrue(ConnectionString.parse("Integrated Security=SSPI").integratedSecurity());
        assertTrue(ConnectionString.parse("integrated security=True").integratedSecurity());
        assertTrue(ConnectionString.parse("Trusted_Connection=yes").integratedSecurity());
        assertTrue(ConnectionString.parse("User Id=/;Data Source=orcl").integratedSecurity());
        assertFalse(ConnectionString.parse("Integrated Security=false;User ID=bizagi")
                .integratedSecurity());
        assertFalse(ConnectionString.parse("User ID=bizagi;Password=x").integratedSecurity());
    }

    @Test
    void refusalsNameThePartNotItsText() {
        IllegalArgumentException noEquals =
                assertThrows(IllegalArgumentException.class, () -> ConnectionString.parse("Data Source=a;Secret99"));
        IllegalArgumentException openQuote =
                assertThrows(IllegalArgumentException.class, () -> ConnectionString.parse("Password='Secret99"));
        IllegalArgumentException emptyKey =
                assertThrows(IllegalArgumentException.class, () -> ConnectionString.parse("=Secret99"));

        assertEquals("part 2 has no '='", noEquals.getMessage());
        assertEquals("the value of \"Password\" opens a quote it never closes", openQuote.getMessage());
        assertEquals("part 1 has an empty key", emptyKey.getMessage());
    }
}
