package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.JBossAllXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import java.util.List;

/**
 * Requires the shared {@code session-config} of jboss-all.xml to track sessions by cookie only:
 * {@code tracking-mode} elements present (the schema allows up to three), none of them {@code URL},
 * judged as JEE-TRACKING-MODE-COOKIE judges web.xml's ({@link SessionConfigValues#judgeTrackingModes}).
 * See the description for sources and limitations.
 */
public final class RequireJBossCookieTracking extends JBossSharedSessionRule {

    private static final String FIX = sharedFix("<tracking-mode>COOKIE</tracking-mode>") + " Set no URL tracking-mode.";

    public RequireJBossCookieTracking() {
        super(describe(
                        "JBOSS-TRACKING-MODE-COOKIE",
                        "JBoss's shared sessions are tracked by cookie, never by URL",
                        "JEE-TRACKING-MODE-COOKIE",
                        "how the session is tracked",
                        "With URL tracking the server writes the session id into links (;jsessionid=...), where"
                                + " proxy and server logs, browser history and Referer headers carry it to whoever"
                                + " reads them.",
                        "    <tracking-mode>COOKIE</tracking-mode>\n")
                .cwe(598)
                .seeAlso("OWASP Session Management Cheat Sheet: session ids in URLs")
                .whenAbsent("COOKIE and URL for every war of the ear: the wars' own web.xml tracking-mode no longer"
                        + " counts. Without a shared session-config nothing is judged here.")
                .limitation("Modes set in code (ServletContext.setSessionTrackingModes) are not seen.")
                .build());
    }

    @Override
    void check(
            JBossAllXml jbossAll,
            LocatedElement sessionConfig,
            Deployment deployment,
            Policy policy,
            Findings findings) {
        List<LocatedElement> modes = sessionConfig.children("tracking-mode");
        if (modes.isEmpty()) {
            findings.add(
                    jbossAll.locate(sessionConfig),
                    "the shared session-config sets no tracking-mode, so every war of the deployment also tracks"
                            + " sessions by URL (;jsessionid=) for browsers without cookies, whatever their web.xml"
                            + " says, which puts the session id in logs and Referer headers.",
                    FIX);
            return;
        }
        SessionConfigValues.judgeTrackingModes(findings, modes, jbossAll::locate, mode -> TOKEN_FIX, FIX);
    }
}
