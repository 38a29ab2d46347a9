package dev.hardening.bizagi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.rules.NotVerifiable.Kind;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which items no packaged file can prove, by the kind of deployment read. */
class NotVerifiableTest {

    private static final String TLS = "TLS protocol versions and cipher suites (Windows SCHANNEL registry)";
    private static final String DATABASE_TLS = "TLS to the database and its transparent data encryption";
    private static final String JEE_SERVER = "the JEE server's own configuration (HTTPS listeners, TLS protocols and"
            + " ciphers in standalone.xml or the WebLogic domain, WebSphere policy sets)";

    @Test
    void aWorkPortalOnIisNamesTheServerItemsButNotTheJeeServer() {
        List<String> items = NotVerifiable.applicableTo(EnumSet.of(Kind.IIS));

        assertEquals(7, items.size(), items.toString());
        assertEquals(TLS, items.get(0));
        assertEquals(false, items.contains(JEE_SERVER));
    }

    @Test
    void theJeeEditionNamesItsServerAndBizagisOwnItems() {
        assertEquals(
                List.of(
                        JEE_SERVER,
                        DATABASE_TLS,
                        "settings Bizagi keeps in its database (case security, environment configuration, the"
                                + " attribute encryption key)"),
                NotVerifiable.applicableTo(EnumSet.of(Kind.JEE)));
    }

    @Test
    void bothEditionsNameEveryItemOnce() {
        assertEquals(
                NotVerifiable.values().length,
                NotVerifiable.applicableTo(EnumSet.allOf(Kind.class)).size());
    }

    @Test
    void nothingReadNamesNothing() {
        assertEquals(List.of(), NotVerifiable.applicableTo(EnumSet.noneOf(Kind.class)));
    }

    @Test
    void aFixtureWithAWebXmlAndAWebLogicDescriptorIsJee() {
        Fixture fixture =
                new Fixture(Fixture.RULES.resolve("WEBLOGIC-COOKIE-SECURE").resolve("pass-true"));

        assertEquals(EnumSet.of(Kind.JEE), NotVerifiable.kindsOf(fixture.deployment()));
    }
}
