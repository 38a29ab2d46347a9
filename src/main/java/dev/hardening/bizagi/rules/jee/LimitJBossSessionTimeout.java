package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.JBossAllXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;
import java.util.Optional;

/**
 * Requires the shared {@code session-config/session-timeout} of jboss-all.xml, between 1 and
 * {@code maxSessionMinutes}, judged as JEE-SESSION-TIMEOUT judges web.xml's
 * ({@link SessionConfigValues#judgeTimeout}). Absent, the server's default applies to every war of the
 * ear, whatever their web.xml says. See the description for sources and limitations.
 */
public final class LimitJBossSessionTimeout extends JBossSharedSessionRule {

    private static final String PATH = JBossAllXml.SESSION_CONFIG + "/session-timeout";

    public LimitJBossSessionTimeout() {
        super(describe(
                        "JBOSS-SESSION-TIMEOUT",
                        "JBoss's shared sessions time out within the policy's session time",
                        "JEE-SESSION-TIMEOUT",
                        "the session's time-out",
                        "A session left open on an unattended workstation, or a stolen session cookie, keeps"
                                + " working until it times out; Bizagi's guide asks for 5 minutes"
                                + " (maxSessionMinutes), and 0 or less means never.",
                        "    <session-timeout>5</session-timeout>\n")
                .bizagi(GuideLevel.BASIC, "Mandatory hardening part 1: session time of 5 minutes")
                .cwe(613)
                .seeAlso("DISA STIG V-222979 (session time-out)")
                .whenAbsent("The server's default-session-timeout (30 minutes unless standalone.xml changes it) for"
                        + " every war of the ear: the wars' own web.xml session-timeout no longer counts. Without a"
                        + " shared session-config nothing is judged here.")
                .limitation("Without a session-timeout in the shared session-config, the server configuration kept"
                        + " in the project (judged by UNDERTOW-SESSION-TIMEOUT) counts only when every"
                        + " servlet-container in it sets a default-session-timeout within the policy; which server"
                        + " runs the ear is not known from the package.")
                .build());
    }

    /**
     * Whether the server configuration the project keeps sets, in every servlet-container, a default
     * time-out from 1 to {@code limit} minutes, which then decides it for a shared session-config
     * without one.
     */
    private static boolean serverDefaultWithin(Deployment deployment, int limit) {
        return everyKeptServletContainer(
                deployment,
                container -> container
                        .element()
                        .findAttribute("default-session-timeout")
                        .map(String::strip)
                        .filter(value -> value.matches("[0-9]{1,6}"))
                        .map(Integer::parseInt)
                        .map(minutes -> minutes >= 1 && minutes <= limit)
                        .orElse(false));
    }

    @Override
    void check(
            JBossAllXml jbossAll,
            LocatedElement sessionConfig,
            Deployment deployment,
            Policy policy,
            Findings findings) {
        int limit = policy.maxSessionMinutes();
        String fix = sharedFix("<session-timeout>" + limit + "</session-timeout>");
        Optional<LocatedElement> timeout = jbossAll.element(PATH);
        if (timeout.isEmpty()) {
            if (serverDefaultWithin(deployment, limit)) {
                return;
            }
            findings.add(
                    jbossAll.locate(sessionConfig),
                    "the shared session-config sets no session-timeout, so the server's default (30 minutes"
                            + " unless standalone.xml changes it) applies to every war of the deployment, whatever"
                            + " their web.xml says; the policy allows " + limit + ".",
                    fix);
            return;
        }
        SessionConfigValues.judgeTimeout(
                findings,
                jbossAll.locate(timeout.get()),
                "session-timeout",
                "session-timeout",
                timeout.get().trimmedText(),
                limit,
                fix,
                TOKEN_FIX);
    }
}
