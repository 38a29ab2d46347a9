package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.UndertowConfig;
import dev.hardening.bizagi.model.UndertowConfig.ServletContainer;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Optional;

/**
 * A rule that requires one attribute of a servlet-container's {@code session-cookie} to be true. The
 * subsystem's model gives {@code http-only} and {@code secure} no default: left out, or with no
 * {@code session-cookie} at all, Undertow's own {@code ServletSessionConfig} applies, where both are
 * false (wildfly/wildfly: {@code SessionCookieDefinition}, {@code UndertowDeploymentInfoService};
 * undertow-io/undertow: {@code ServletSessionConfig}). A value is judged as web.xml's
 * ({@link SessionConfigValues#judgeFlag}): {@code true} in any case, nothing else.
 */
abstract class UndertowCookieFlagRule extends UndertowServletContainerRule {

    /** The attribute of {@code session-cookie}: {@code http-only} or {@code secure}. */
    private final String attribute;

    /** What a flag that is not true lets happen, with no full stop. */
    private final String consequence;

    /** How a message goes on once it has said that Undertow's default false is left to apply. */
    private final String defaultApplies;

    /**
     * The description each cookie flag rule starts from: the sources, a why that says which cookie the
     * session-cookie decides, the fix in the subsystem and what an absent flag means.
     *
     * @param attribute the attribute of {@code session-cookie}: {@code http-only} or {@code secure}
     * @param risk what a flag that is off lets an attacker do, in sentences
     */
    static RuleDescription.Builder describeFlag(String id, String title, String attribute, String risk) {
        return describe(id, title)
                .why("The servlet-container's session-cookie sets the session cookie of every war the server runs"
                        + " whose web.xml has no cookie-config. " + risk)
                .fix("""
                        In the undertow subsystem of standalone.xml (or of each profile of domain.xml), on the
                        servlet-container's session-cookie, beside any other attributes it has:

                        <servlet-container name="default">
                          <session-cookie http-only="true" secure="true"/>
                        </servlet-container>
                        """)
                .whenAbsent("False: the subsystem gives " + attribute + " no default, so without it (or without a"
                        + " session-cookie) Undertow's own default false applies, for every war whose web.xml has no"
                        + " cookie-config. A server configuration without an undertow subsystem gives nothing to"
                        + " judge.");
    }

    UndertowCookieFlagRule(RuleDescription description, String attribute, String consequence) {
        super(description);
        this.attribute = attribute;
        this.consequence = consequence;
        this.defaultApplies = " applies to every war that does not set it in its web.xml: " + consequence + ".";
    }

    @Override
    final void check(
            UndertowConfig config,
            ServletContainer container,
            Deployment deployment,
            Policy policy,
            Findings findings) {
        Optional<LocatedElement> cookie = container.sessionCookie();
        String fix = containerFix(container, "<session-cookie " + attribute + "=\"true\"/>");
        if (cookie.isEmpty()) {
            findings.add(
                    config.locate(container.element()),
                    container.label() + " has no session-cookie, so Undertow's default " + attribute + " false"
                            + defaultApplies,
                    fix);
            return;
        }
        judgeAttribute(
                findings,
                config,
                cookie.get(),
                attribute,
                "the session-cookie of " + container.label() + " does not set " + attribute
                        + ", so Undertow's default false" + defaultApplies,
                fix,
                (where, value) -> SessionConfigValues.judgeFlag(
                        findings,
                        where,
                        "session-cookie/@" + attribute + " of " + container.label(),
                        value,
                        consequence,
                        fix,
                        TOKEN_FIX));
    }
}
