package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.JBossAllXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Optional;

/**
 * A rule that requires one flag of the shared {@code session-config/cookie-config} in jboss-all.xml to
 * be true. WildFly parses it with the code that parses web.xml, so the value is judged the same way
 * ({@link SessionConfigValues#judgeFlag}). Absent, the flag is false: a cookie-config without it sets
 * false, and without a cookie-config the server's servlet-container session-cookie settings apply,
 * which leave both flags off unless standalone.xml turns them on (Undertow's
 * {@code ServletSessionConfig}; jboss/metadata's {@code CookieConfigMetaData}): when the server
 * configuration the project keeps turns the flag on in every servlet-container, it is not reported.
 */
abstract class JBossCookieFlagRule extends JBossSharedSessionRule {

    private final String flag;
    private final String consequence;

    /**
     * @param flag the child of {@code cookie-config}: {@code http-only} or {@code secure}
     * @param consequence what a flag that is not true lets happen, with no full stop
     */
    JBossCookieFlagRule(RuleDescription description, String flag, String consequence) {
        super(description);
        this.flag = flag;
        this.consequence = consequence;
    }

    /**
     * Whether the server configuration the project keeps (standalone.xml, domain.xml) turns the flag on
     * in every servlet-container it has, which then decides it for a shared session-config without a
     * cookie-config.
     */
    private boolean serverTurnsOn(Deployment deployment) {
        return everyKeptServletContainer(
                deployment,
                container -> container
                        .sessionCookie()
                        .flatMap(cookie -> cookie.findAttribute(flag))
                        .map(value -> value.strip().equalsIgnoreCase("true"))
                        .orElse(false));
    }

    @Override
    final void check(
            JBossAllXml jbossAll,
            LocatedElement sessionConfig,
            Deployment deployment,
            Policy policy,
            Findings findings) {
        String path = JBossAllXml.SESSION_CONFIG + "/cookie-config/" + flag;
        String fix = sharedFix("<cookie-config><" + flag + ">true</" + flag + "></cookie-config>");
        Optional<LocatedElement> element = jbossAll.element(path);
        if (element.isEmpty()) {
            if (jbossAll.element(JBossAllXml.SESSION_CONFIG + "/cookie-config").isPresent()) {
                findings.add(
                        jbossAll.locate(jbossAll.deepestAlong(path)),
                        "the shared session-config's cookie-config leaves out " + flag + ", so it is false for every"
                                + " war of the deployment, whatever their web.xml says: " + consequence + ".",
                        fix);
            } else if (!serverTurnsOn(deployment)) {
                findings.add(
                        jbossAll.locate(jbossAll.deepestAlong(path)),
                        "the shared session-config sets no cookie-config, so the server's servlet-container"
                                + " session-cookie decides " + flag + " for every war of the deployment, and "
                                + (deployment.undertowConfigs().isEmpty()
                                        ? "no server configuration read here turns it on"
                                        : "the server configuration read here does not turn it on in every"
                                                + " servlet-container")
                                + " (Undertow's default is false): " + consequence + ".",
                        fix);
            }
            return;
        }
        SessionConfigValues.judgeFlag(
                findings,
                jbossAll.locate(element.get()),
                "cookie-config/" + flag,
                element.get().trimmedText(),
                consequence,
                fix,
                TOKEN_FIX);
    }
}
