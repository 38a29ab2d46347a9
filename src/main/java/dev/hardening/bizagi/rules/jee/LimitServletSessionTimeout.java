package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Severity;
import dev.hardening.bizagi.rules.Values;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Requires {@code session-config/session-timeout} in {@code web.xml}, between 1 and
 * {@code maxSessionMinutes}. Absent, the container's own default applies (30 minutes on Tomcat,
 * JBoss and WebLogic alike), and 0 or less means sessions never expire.
 *
 * <p>Sources: Bizagi hardening guide, mandatory part 1 (session time); DISA STIG V-222979; CWE-613.
 *
 * <p>Limitations: a time-out set only outside the application's {@code web.xml} (WebLogic's
 * {@code weblogic.xml} {@code session-descriptor/timeout-secs}, Tomcat's {@code conf/web.xml}, the
 * JBoss web subsystem's default) is not read. Bizagi's own session time
 * ({@code session.timeMinutes} in the authentication settings) is not weighed against it either: the
 * servlet session is judged on its own.
 */
public final class LimitServletSessionTimeout extends WebXmlRule {

    private static final String PATH = "session-config/session-timeout";

    public LimitServletSessionTimeout() {
        super("JEE-SESSION-TIMEOUT", "Servlet sessions time out within the policy's session time", Severity.ERROR);
    }

    @Override
    void check(WebXml webXml, Policy policy, Findings findings) {
        int limit = policy.maxSessionMinutes();
        String fix = "Set <session-config><session-timeout>" + limit + "</session-timeout></session-config> in"
                + " <web-app>.";
        Optional<LocatedElement> timeout = webXml.element(PATH);
        if (timeout.isEmpty()) {
            findings.add(
                    webXml.locate(webXml.deepestAlong(PATH)),
                    "web.xml sets no session-timeout, so the container's default (30 minutes on most servers)"
                            + " applies; the policy allows " + limit + ".",
                    fix);
            return;
        }
        String text = timeout.get().trimmedText();
        OptionalInt minutes = Values.parseInt(text);
        if (minutes.isEmpty()) {
            findings.add(
                    webXml.locate(timeout.get()),
                    "session-timeout is \"" + text + "\", which is not a whole number of minutes.",
                    fix);
        } else if (minutes.getAsInt() < 1) {
            findings.add(
                    webXml.locate(timeout.get()),
                    "session-timeout is " + minutes.getAsInt() + ", so sessions never expire; the policy allows "
                            + limit + " minutes.",
                    fix);
        } else if (minutes.getAsInt() > limit) {
            findings.add(
                    webXml.locate(timeout.get()),
                    "session-timeout is " + minutes.getAsInt() + " minutes; the policy allows " + limit + ".",
                    fix);
        }
    }
}
