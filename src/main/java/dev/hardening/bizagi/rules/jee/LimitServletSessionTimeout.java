package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Requires {@code session-config/session-timeout} in {@code web.xml}, between 1 and
 * {@code maxSessionMinutes}. Absent, the container's own default applies (30 minutes on Tomcat,
 * JBoss and WebLogic alike), and 0 or less means sessions never expire.
 *
 * <p>The value judged is the one the container assembles: web.xml's, else that of a
 * {@code web-fragment.xml} in a {@code WEB-INF/lib} jar, unless web.xml is
 * {@code metadata-complete="true"} (see {@link WebXml}). Fragments that set different time-outs while
 * web.xml sets none stop the application from deploying; this rule reports that too, at the second
 * fragment, since the fix is the same time-out in web.xml.
 *
 * <p>Sources: Bizagi hardening guide, mandatory part 1 (session time); DISA STIG V-222979; CWE-613;
 * Servlet 3.0 §8.2.3 for fragments.
 *
 * <p>Limitations: in the description below, rendered as {@code docs/rules/JEE-SESSION-TIMEOUT.md}.
 */
public final class LimitServletSessionTimeout extends WebXmlRule {

    private static final String PATH = "session-config/session-timeout";

    public LimitServletSessionTimeout() {
        super(RuleDescription.rule("JEE-SESSION-TIMEOUT", "Servlet sessions time out within the policy's session time")
                .bizagi(GuideLevel.BASIC, "Mandatory hardening part 1: session time of 5 minutes")
                .cwe(613)
                .seeAlso("DISA STIG V-222979", "Servlet 3.0 specification, section 8.2.3 (web fragments)")
                .why("A session left open on an unattended workstation, or a stolen session cookie, keeps working"
                        + " until the session times out. The servlet session must end within the policy's limit"
                        + " (maxSessionMinutes, 5 by default as in Bizagi's guide); 0 or less means it never ends.")
                .fix("""
                        Set the time-out, in minutes, in the single `<session-config>` of web.xml's `<web-app>`,
                        adding one only if there is none (the container refuses a web.xml with two):

                        <session-config>
                          <session-timeout>5</session-timeout>
                        </session-config>
                        """)
                .whenAbsent("The container's own default applies: 30 minutes on Tomcat, JBoss and WebLogic alike.")
                .limitation(SHARED_SESSION_LIMITATION)
                .limitation("web.xml is judged on its own: a time-out set only outside it is not weighed here,"
                        + " though weblogic.xml's timeout-secs is judged by WEBLOGIC-SESSION-TIMEOUT and a kept"
                        + " standalone.xml's default-session-timeout by UNDERTOW-SESSION-TIMEOUT; Tomcat's"
                        + " conf/web.xml is not read.")
                .limitation("Bizagi's own session time (session.timeMinutes in the authentication settings) is not"
                        + " weighed against it: the servlet session is judged on its own.")
                .build());
    }

    @Override
    boolean judgesSessionConfig() {
        return true;
    }

    @Override
    void check(WebXml webXml, Policy policy, Findings findings) {
        int limit = policy.maxSessionMinutes();
        String put = putInSessionConfig("<session-timeout>" + limit + "</session-timeout>", "");
        String fix = put + ".";
        Optional<WebXml.FragmentConflict> conflict = webXml.fragmentConflict(PATH, LimitServletSessionTimeout::minutes);
        if (conflict.isPresent()) {
            findings.add(
                    webXml.locate(conflict.get().other()),
                    fragmentsDisagree(webXml, conflict.get(), "session-timeout"),
                    put + "; web.xml overrides every web-fragment.xml.");
            return;
        }
        Optional<LocatedElement> timeout = webXml.element(PATH);
        if (timeout.isEmpty()) {
            findings.add(
                    webXml.locate(webXml.deepestAlong(PATH)),
                    "web.xml sets no session-timeout" + ignoredFragmentNote(webXml, PATH) + ", so the container's"
                            + " default (30 minutes on most servers) applies; the policy allows " + limit + ".",
                    fix);
            return;
        }
        if (webXml.isFromFragment(timeout.get())) {
            fix = put + "; web.xml overrides web-fragment.xml. Or set it here.";
        }
        SessionConfigValues.judgeTimeout(
                findings,
                webXml.locate(timeout.get()),
                PATH,
                "session-timeout",
                timeout.get().trimmedText(),
                limit,
                fix,
                replaceToken(webXml, timeout.get()));
    }

    /** The time-out as the container compares fragments' values: a number when it is one. */
    private static Object minutes(String text) {
        OptionalInt minutes = Values.parseInt(text);
        return minutes.isPresent() ? (Object) minutes.getAsInt() : text;
    }
}
