package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.JBossAllXml;
import dev.hardening.bizagi.model.UndertowConfig;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.AbstractRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;
import java.util.function.Predicate;

/**
 * A rule judged on the shared {@code session-config} of every JBoss {@code jboss-all.xml} that has one
 * and that the server reads (see {@link JBossAllXml#sharedSessionConfig()}). That session-config takes
 * the place of each war's own web.xml session-config as a whole, so a setting it leaves out falls to
 * the server's default, whatever the wars' web.xml says. A jboss-all.xml without one leaves the wars
 * to their own web.xml, judged by the JEE- rules, and gives nothing to judge here.
 */
abstract class JBossSharedSessionRule extends AbstractRule {

    /** Where the schema of the shared session-config is published, for the descriptions. */
    static final String SCHEMA = "WildFly, shared-session-config_2_0.xsd (urn:jboss:shared-session-config:2.0) and"
            + " UndertowDeploymentInfoService: a shared session-config replaces each war's own";

    /** Red Hat's guide to the same element, for the descriptions. */
    static final String GUIDE = "Red Hat JBoss EAP 7 Development Guide: configuring session sharing between"
            + " subdeployments in enterprise archives";

    /**
     * How to resolve a token: WildFly replaces {@code ${...}} in jboss-all.xml from system properties
     * (the ee subsystem's jboss-descriptor-property-replacement, on by default).
     */
    static final String TOKEN_FIX = "Write the value itself, or make sure every server defines the property"
            + " (WildFly replaces ${...} in jboss-all.xml from system properties while the ee subsystem's"
            + " jboss-descriptor-property-replacement is on).";

    /**
     * The description each shared session-config rule starts from: the sources, a why that says what
     * the shared session-config decides, the fix in jboss-all.xml and the limitation they all share.
     *
     * @param jeeRule the JEE- rule that judges the same setting in web.xml
     * @param decides what the shared session-config decides, such as {@code the session cookie}
     * @param risk what goes wrong when it decides badly, in sentences
     * @param fixElements the elements to put in {@code session-config}, indented by four spaces
     */
    static RuleDescription.Builder describe(
            String id, String title, String jeeRule, String decides, String risk, String fixElements) {
        return RuleDescription.rule(id, title)
                .seeAlso(SCHEMA, GUIDE)
                .why("When an ear shares one session among its wars, the shared session-config in"
                        + " META-INF/jboss-all.xml decides " + decides + " for all of them. " + risk)
                .fix("In the ear's META-INF/jboss-all.xml:\n\n"
                        + "<shared-session-config xmlns=\"urn:jboss:shared-session-config:2.0\">\n"
                        + "  <session-config>\n" + fixElements + "  </session-config>\n</shared-session-config>\n")
                .limitation(jeeRule + " leaves alone the web.xml of each war of such an ear, which the server"
                        + " ignores while this shared session-config is present; a war outside it is "
                        + jeeRule + "'s to judge.");
    }

    JBossSharedSessionRule(RuleDescription description) {
        super(description);
    }

    @Override
    public final List<Finding> check(Deployment deployment, Policy policy) {
        Findings findings = new Findings(this);
        for (JBossAllXml jbossAll : deployment.jbossAllXmls()) {
            jbossAll.sharedSessionConfig()
                    .ifPresent(sessionConfig -> check(jbossAll, sessionConfig, deployment, policy, findings));
        }
        return findings.list();
    }

    /** Records in {@code findings} what the shared {@code sessionConfig} of {@code jbossAll} lacks. */
    abstract void check(
            JBossAllXml jbossAll,
            LocatedElement sessionConfig,
            Deployment deployment,
            Policy policy,
            Findings findings);

    /**
     * Whether the project keeps a server configuration (standalone.xml, domain.xml) and {@code test}
     * holds for every servlet-container in it: the server then decides, as the project wants, a setting
     * the shared session-config leaves to it.
     */
    static boolean everyKeptServletContainer(Deployment deployment, Predicate<UndertowConfig.ServletContainer> test) {
        List<UndertowConfig.ServletContainer> containers = deployment.undertowConfigs().stream()
                .flatMap(config -> config.servletContainers().stream())
                .toList();
        return !containers.isEmpty() && containers.stream().allMatch(test);
    }

    /** {@code Set <inner> in jboss-all.xml's <shared-session-config><session-config>.} */
    static String sharedFix(String inner) {
        return "Set " + inner + " in jboss-all.xml's <shared-session-config><session-config>.";
    }
}
