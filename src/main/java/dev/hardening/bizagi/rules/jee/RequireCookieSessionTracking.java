package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;

/**
 * Requires web.xml to track sessions by cookie only: {@code session-config/tracking-mode} elements
 * present, none of them {@code URL}. The values are taken from web.xml when it states any, else from
 * the merged web fragments (see {@link WebXml}); values are trimmed and spelled exactly, as the
 * {@code SessionTrackingMode} enumeration is. See the description for sources and limitations.
 */
public final class RequireCookieSessionTracking extends WebXmlRule {

    private static final String PATH = "session-config/tracking-mode";
    private static final String FIX = putInSessionConfig("<tracking-mode>COOKIE</tracking-mode>", "")
            + " (Servlet 3.0 or later), and no URL tracking-mode.";

    public RequireCookieSessionTracking() {
        super(RuleDescription.rule("JEE-TRACKING-MODE-COOKIE", "Sessions are tracked by cookie, never by URL")
                .cwe(598)
                .seeAlso(
                        "Servlet 3.0 §7.1 and the SessionTrackingMode enumeration",
                        "Apache OFBiz OFBIZ-6655: tracking-mode COOKIE to keep jsessionid out of URLs",
                        "OWASP Session Management Cheat Sheet: session ids in URLs")
                .why("With URL tracking the container writes the session id into links (;jsessionid=...), where"
                        + " it lands in proxy and server logs, browser history and the Referer header sent to"
                        + " other sites; whoever reads it takes over the session, and an attacker can fix a"
                        + " victim's session id by sending a link.")
                .fix("In the single `<session-config>` of web.xml's `<web-app>`, adding one only if there is none"
                        + " (the container refuses a web.xml with two):\n\n"
                        + "<session-config>\n  <tracking-mode>COOKIE</tracking-mode>\n</session-config>")
                .whenAbsent("The container tracks by cookie and falls back to URL rewriting for browsers that refuse"
                        + " cookies (COOKIE and URL on Tomcat, JBoss and WebLogic).")
                .limitation("WebLogic's own switch, weblogic.xml url-rewriting-enabled, is judged by"
                        + " WEBLOGIC-URL-REWRITING-OFF.")
                .limitation(SHARED_SESSION_LIMITATION)
                .limitation("Modes set in code (ServletContext.setSessionTrackingModes) are not seen.")
                .build());
    }

    @Override
    boolean judgesSessionConfig() {
        return true;
    }

    @Override
    void check(WebXml webXml, Policy policy, Findings findings) {
        List<LocatedElement> modes = webXml.allOwnOrFromFragments(PATH);
        if (modes.isEmpty()) {
            findings.add(
                    webXml.locate(webXml.deepestAlong(PATH)),
                    "web.xml sets no tracking-mode" + ignoredFragmentNote(webXml, PATH) + ", so the container"
                            + " also tracks sessions by URL (;jsessionid=) for browsers without cookies, which puts"
                            + " the session id in logs and Referer headers.",
                    FIX);
            return;
        }
        SessionConfigValues.judgeTrackingModes(
                findings, modes, webXml::locate, mode -> replaceToken(webXml, mode), FIX);
    }
}
