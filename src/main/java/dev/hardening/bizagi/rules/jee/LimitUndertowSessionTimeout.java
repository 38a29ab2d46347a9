package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.JBossAllXml;
import dev.hardening.bizagi.model.UndertowConfig;
import dev.hardening.bizagi.model.UndertowConfig.ServletContainer;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;

/**
 * Requires each servlet-container's {@code default-session-timeout} in the undertow subsystem of
 * standalone.xml or domain.xml, between 1 and {@code maxSessionMinutes}, judged as JEE-SESSION-TIMEOUT
 * judges web.xml's ({@link SessionConfigValues#judgeTimeout}). Absent, the subsystem's default of 30
 * minutes applies to every war whose web.xml sets no session-timeout (wildfly/wildfly:
 * {@code ServletContainerDefinition}). See the description for sources and limitations.
 */
public final class LimitUndertowSessionTimeout extends UndertowServletContainerRule {

    private static final String ATTRIBUTE = "default-session-timeout";

    public LimitUndertowSessionTimeout() {
        super(describe(
                        "UNDERTOW-SESSION-TIMEOUT",
                        "Undertow's default session time-out is within the policy's session time")
                .bizagi(GuideLevel.BASIC, "Mandatory hardening part 1: session time of 5 minutes")
                .cwe(613)
                .limitation("Bizagi's own session time (session.timeMinutes in the authentication settings) is not"
                        + " weighed against it: the servlet session is judged on its own.")
                .seeAlso("DISA STIG V-222979 (session time-out)")
                .why("The servlet-container's default-session-timeout is how long, in minutes, a session of every war"
                        + " the server runs lasts when the war's web.xml sets no session-timeout. A session left open"
                        + " on an unattended workstation, or a stolen session cookie, keeps working until it times"
                        + " out; Bizagi's guide asks for 5 minutes (maxSessionMinutes), and 0 or less means never.")
                .fix("""
                        In the undertow subsystem of standalone.xml (or of each profile of domain.xml):

                        <servlet-container name="default" default-session-timeout="5">
                        """)
                .whenAbsent("30 minutes, the subsystem's default, for every war whose web.xml sets no session-timeout."
                        + " A server configuration without an undertow subsystem gives nothing to judge.")
                .limitation("A missing default-session-timeout is not reported when every war the package holds sets"
                        + " its own session-timeout (in its web.xml, or through its ear's shared session-config):"
                        + " the default then applies to none of them. Wars deployed to the same server from other"
                        + " packages are not known here.")
                .build());
    }

    /**
     * Whether every war the package holds sets its own time-out, in its web.xml or through its ear's
     * shared session-config, so that the server's default applies to none of them.
     */
    private static boolean everyWarSetsItsOwn(Deployment deployment) {
        return !deployment.webXmls().isEmpty()
                && deployment.webXmls().stream()
                        .allMatch(webXml -> WebXmlRule.sharedSessionOf(webXml, deployment)
                                .map(jbossAll -> jbossAll.element(JBossAllXml.SESSION_CONFIG + "/session-timeout"))
                                .orElseGet(() -> webXml.element("session-config/session-timeout"))
                                .isPresent());
    }

    @Override
    void check(
            UndertowConfig config,
            ServletContainer container,
            Deployment deployment,
            Policy policy,
            Findings findings) {
        String name = ATTRIBUTE + " of " + container.label();
        int limit = policy.maxSessionMinutes();
        String fix = containerFix(container, ATTRIBUTE + "=\"" + limit + "\"");
        if (container.element().findAttribute(ATTRIBUTE).isEmpty() && everyWarSetsItsOwn(deployment)) {
            return;
        }
        judgeAttribute(
                findings,
                config,
                container.element(),
                ATTRIBUTE,
                container.label() + " sets no " + ATTRIBUTE + ", so Undertow's default of 30 minutes applies to every"
                        + " war whose web.xml sets no session-timeout; the policy allows " + limit + ".",
                fix,
                (where, minutes) ->
                        SessionConfigValues.judgeTimeout(findings, where, name, name, minutes, limit, fix, TOKEN_FIX));
    }
}
