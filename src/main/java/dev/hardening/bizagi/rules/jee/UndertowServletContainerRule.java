package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.model.UndertowConfig;
import dev.hardening.bizagi.model.UndertowConfig.ServletContainer;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.AbstractRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A rule judged on every {@code servlet-container} of the undertow subsystem of each JBoss EAP 7 or
 * WildFly server configuration the project keeps ({@code configuration/standalone*.xml},
 * {@code configuration/domain*.xml}; in domain.xml, of every profile). Those settings are the server's
 * defaults for each war it runs: a war whose web.xml (or jboss-all.xml shared session-config) sets the
 * same value overrides them, a war that sets nothing gets them; a web.xml {@code cookie-config}
 * replaces both cookie flags, one it leaves out counting as false (wildfly/wildfly:
 * {@code UndertowDeploymentInfoService}). A file without an undertow subsystem gives nothing to judge.
 */
abstract class UndertowServletContainerRule extends AbstractRule {

    /**
     * How to resolve a token: WildFly resolves {@code ${name:default}} in its configuration from system
     * properties and environment variables at boot, the default after the colon when neither is set.
     */
    static final String TOKEN_FIX = "Write the value itself, or make sure every server that boots this"
            + " configuration resolves the expression to the value the rule asks for (WildFly takes ${name:default}"
            + " from a system property or environment variable, else the default after the colon).";

    UndertowServletContainerRule(RuleDescription description) {
        super(description);
    }

    /**
     * The description each Undertow rule starts from: the sources and the limitation they all share,
     * that each war's own settings win over these defaults.
     */
    static RuleDescription.Builder describe(String id, String title) {
        return RuleDescription.rule(id, title)
                .seeAlso(
                        "WildFly, wildfly-undertow_*.xsd (urn:jboss:domain:undertow) and the undertow subsystem's"
                                + " servlet-container and session-cookie resources (WildFly model reference)",
                        "Red Hat JBoss EAP 7 Configuration Guide: Undertow subsystem attributes (servlet-container,"
                                + " session-cookie)")
                .limitation("These are the server's defaults: a war's own web.xml session-config (or an ear's"
                        + " jboss-all.xml shared session-config) overrides them for that war, and a web.xml"
                        + " cookie-config replaces both cookie flags, one it leaves out counting as false. The JEE- and"
                        + " JBOSS- rules judge those files; which wars a server runs is not known here, so every"
                        + " servlet-container is judged.");
    }

    @Override
    public final List<Finding> check(Deployment deployment, Policy policy) {
        Findings findings = new Findings(this);
        deployment
                .undertowConfigs()
                .forEach(config -> config.servletContainers()
                        .forEach(container -> check(config, container, deployment, policy, findings)));
        return findings.list();
    }

    /** Records in {@code findings} what {@code container} of {@code config} lacks. */
    abstract void check(
            UndertowConfig config, ServletContainer container, Deployment deployment, Policy policy, Findings findings);

    /** {@code Set <inner> in <servlet-container name="default"> of the undertow subsystem.} */
    static String containerFix(ServletContainer container, String inner) {
        return "Set " + inner + " in <servlet-container name=\"" + container.name() + "\"> of the undertow subsystem"
                + container.profile().map(p -> " of profile \"" + p + "\"").orElse("") + ".";
    }

    /**
     * Hands {@code judge} where {@code attribute} of {@code element} is written and its value, stripped,
     * or records {@code whenAbsent} at the element when it is not written.
     */
    static void judgeAttribute(
            Findings findings,
            UndertowConfig config,
            LocatedElement element,
            String attribute,
            String whenAbsent,
            String fix,
            BiConsumer<SourceLocation, String> judge) {
        element.findAttribute(attribute)
                .ifPresentOrElse(
                        value -> judge.accept(
                                SourceLocation.ofAttribute(config.file(), element, attribute), value.strip()),
                        () -> findings.add(config.locate(element), whenAbsent, fix));
    }
}
