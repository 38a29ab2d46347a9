package dev.hardening.bizagi.rules.jee;

import static dev.hardening.bizagi.model.PackagedDeployment.archive;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.PackagedDeployment;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Rule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the web.xml rules report when web-fragment.xml files in {@code WEB-INF/lib} jars take part:
 * the rule fixtures are folders, where no jar is opened, so these findings are shown on built wars.
 */
class WebFragmentFindingsTest {

    private static final String WEB_XML = "target/portal.war!/WEB-INF/web.xml";
    private static final String LIB = "target/portal.war!/WEB-INF/lib/";
    private static final String FRAGMENT = "!/META-INF/web-fragment.xml";

    @TempDir
    Path basedir;

    @Test
    void sessionTimeoutFromAFragmentIsJudgedWhereItIsWritten() throws Exception {
        Deployment deployment = war(webXml(""), "session-defaults.jar", fragment(timeout("60")));

        assertEquals(
                List.of(LIB + "session-defaults.jar" + FRAGMENT + ":5: session-timeout is 60 minutes; the policy"
                        + " allows 5. Fix: Put <session-timeout>5</session-timeout> in the single <session-config> of"
                        + " web.xml's <web-app>, adding one only if there is none; web.xml overrides"
                        + " web-fragment.xml. Or set it here."),
                findings(new LimitServletSessionTimeout(), deployment));
    }

    @Test
    void sessionTimeoutFromAFragmentWithinPolicyPasses() throws Exception {
        Deployment deployment = war(webXml(""), "session-defaults.jar", fragment(timeout("5")));

        assertEquals(List.of(), findings(new LimitServletSessionTimeout(), deployment));
    }

    @Test
    void webXmlTimeoutOverridesATooLongFragment() throws Exception {
        Deployment deployment = war(
                webXml("<session-config><session-timeout>5</session-timeout></session-config>"),
                "session-defaults.jar",
                fragment(timeout("60")));

        assertEquals(List.of(), findings(new LimitServletSessionTimeout(), deployment));
    }

    @Test
    void metadataCompleteWebXmlIsJudgedAloneAndSaysWhy() throws Exception {
        Deployment deployment =
                war(webXml("", "metadata-complete=\"true\""), "session-defaults.jar", fragment(timeout("5")));

        assertEquals(
                List.of(WEB_XML + ":2: web.xml sets no session-timeout (" + LIB + "session-defaults.jar" + FRAGMENT
                        + ":5 sets it, but web.xml is metadata-complete, so the container reads no"
                        + " web-fragment.xml), so the container's default (30 minutes on most servers) applies;"
                        + " the policy allows 5. Fix: Put <session-timeout>5</session-timeout> in the single"
                        + " <session-config> of web.xml's <web-app>, adding one only if there is none."),
                findings(new LimitServletSessionTimeout(), deployment));
    }

    @Test
    void fragmentsThatDisagreeOnTheTimeoutAreReportedAtTheSecond() throws Exception {
        Deployment deployment = PackagedDeployment.read(
                basedir,
                "portal.war",
                archive(
                        "WEB-INF/web.xml", webXml(""),
                        "WEB-INF/lib/a.jar", jar(fragment(timeout("5"))),
                        "WEB-INF/lib/b.jar", jar(fragment(timeout("60")))));

        assertEquals(
                List.of(LIB + "b.jar" + FRAGMENT + ":5: web-fragment.xml files disagree on session-timeout (\"60\""
                        + " here, \"5\" in " + LIB + "a.jar" + FRAGMENT + ":5) and web.xml sets none, so the"
                        + " container refuses to deploy the application. Fix: Put <session-timeout>5</session-timeout>"
                        + " in the single <session-config> of web.xml's <web-app>, adding one only if there is none;"
                        + " web.xml overrides every web-fragment.xml."),
                findings(new LimitServletSessionTimeout(), deployment));
    }

    @Test
    void fragmentsThatDisagreeOnACookieFlagAreReportedByThatFlagsRule() throws Exception {
        Deployment deployment = PackagedDeployment.read(
                basedir,
                "portal.war",
                archive(
                        "WEB-INF/web.xml", webXml(""),
                        "WEB-INF/lib/a.jar", jar(fragment(cookies("true", "TRUE"))),
                        "WEB-INF/lib/b.jar", jar(fragment(cookies("false", " true ")))));

        assertEquals(
                List.of(LIB + "b.jar" + FRAGMENT + ":6: web-fragment.xml files disagree on cookie-config/http-only"
                        + " (\"false\" here, \"true\" in " + LIB + "a.jar" + FRAGMENT + ":6) and web.xml sets none,"
                        + " so the container refuses to deploy the application. Fix: Put <http-only>true</http-only>"
                        + " in the <cookie-config> of the single <session-config> of web.xml's <web-app>, adding"
                        + " either only if there is none; web.xml overrides every web-fragment.xml."),
                findings(new RequireHttpOnlySessionCookie(), deployment));
        assertEquals(List.of(), findings(new RequireSecureSessionCookie(), deployment));
    }

    @Test
    void cookieFlagsFromAFragmentCount() throws Exception {
        Deployment deployment = war(webXml(""), "cookies.jar", fragment(cookies("true", "false")));

        assertEquals(List.of(), findings(new RequireHttpOnlySessionCookie(), deployment));
        assertEquals(
                List.of(LIB + "cookies.jar" + FRAGMENT + ":7: cookie-config/secure is \"false\", not true, so"
                        + " browsers may send the session cookie over plain HTTP. Fix: Put <secure>true</secure> in"
                        + " the <cookie-config> of the single <session-config> of web.xml's <web-app>, adding either"
                        + " only if there is none; web.xml overrides web-fragment.xml. Or set it here."),
                findings(new RequireSecureSessionCookie(), deployment));
    }

    private Deployment war(String webXml, String jarName, String fragment) throws Exception {
        return PackagedDeployment.read(
                basedir, "portal.war", archive("WEB-INF/web.xml", webXml, "WEB-INF/lib/" + jarName, jar(fragment)));
    }

    private static List<String> findings(Rule rule, Deployment deployment) {
        return rule.check(deployment, Policy.GUIDE).stream()
                .map(finding -> finding.location() + ": " + finding.message() + " Fix: " + finding.fix())
                .toList();
    }

    private static byte[] jar(String fragment) {
        return archive("META-INF/web-fragment.xml", fragment);
    }

    /** A web.xml whose {@code <web-app>} start tag is on line 2 and whose {@code body} is on line 3. */
    private static String webXml(String body) {
        return webXml(body, "");
    }

    private static String webXml(String body, String attributes) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\" " + attributes + ">\n"
                + "  " + body + "\n"
                + "</web-app>\n";
    }

    /** A fragment whose {@code body} starts on line 4. */
    private static String fragment(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<web-fragment xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
                + "  <name>defaults</name>\n"
                + "  " + body + "\n"
                + "</web-fragment>\n";
    }

    /** A session-config whose session-timeout is on the body's second line. */
    private static String timeout(String minutes) {
        return "<session-config>\n    <session-timeout>" + minutes + "</session-timeout>\n  </session-config>";
    }

    /** A session-config whose http-only flag is on the body's third line, secure on the fourth. */
    private static String cookies(String httpOnly, String secure) {
        return "<session-config>\n    <cookie-config>\n      <http-only>" + httpOnly + "</http-only>\n      <secure>"
                + secure + "</secure>\n    </cookie-config>\n  </session-config>";
    }
}
