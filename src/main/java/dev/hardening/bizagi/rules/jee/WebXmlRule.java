package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.JBossAllXml;
import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.AbstractRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;
import java.util.Optional;

/** A rule judged on every servlet deployment descriptor in the deployment. */
abstract class WebXmlRule extends AbstractRule {

    /**
     * How to resolve a token left in web.xml: maven-war-plugin copies {@code WEB-INF/web.xml} unfiltered
     * unless {@code filteringDeploymentDescriptors} is true.
     */
    static final String FILTER_DESCRIPTOR = "Filter the descriptor when the war is built (maven-war-plugin's"
            + " <filteringDeploymentDescriptors>true</filteringDeploymentDescriptors>) or write the value itself.";

    /**
     * How to resolve a token left in {@code element}: {@link #FILTER_DESCRIPTOR} in web.xml, the general
     * advice in a web-fragment.xml, which the jar's own build writes.
     */
    static String replaceToken(WebXml webXml, LocatedElement element) {
        return webXml.isFromFragment(element) ? Findings.REPLACE_TOKEN : FILTER_DESCRIPTOR;
    }

    /**
     * Says where {@code element} goes: into web.xml's one {@code session-config}, which the Servlet
     * schema allows once (a second makes the container refuse the descriptor), so that a user who
     * follows several fixes does not write several blocks. With no full stop.
     *
     * @param element what to put, such as {@code <session-timeout>5</session-timeout>}
     * @param within the element of session-config that takes it, such as {@code <cookie-config>}, or
     *     empty when session-config takes it itself
     */
    static String putInSessionConfig(String element, String within) {
        return "Put " + element + " in "
                + (within.isEmpty() ? "" : "the " + within + " of ")
                + "the single <session-config> of web.xml's <web-app>, adding "
                + (within.isEmpty() ? "one" : "either") + " only if there is none";
    }

    /**
     * The limitation of the rules that judge web.xml's session-config, which a JBoss shared
     * session-config replaces.
     */
    static final String SHARED_SESSION_LIMITATION = "A war inside an ear whose META-INF/jboss-all.xml holds a"
            + " shared session-config is left to the JBOSS- rules: JBoss and WildFly use that session-config in"
            + " place of the war's own, so a value in the war's web.xml neither fails nor passes it.";

    WebXmlRule(RuleDescription description) {
        super(description);
    }

    @Override
    public final List<Finding> check(Deployment deployment, Policy policy) {
        Findings findings = new Findings(this);
        for (WebXml webXml : deployment.webXmls()) {
            if (judgesSessionConfig() && replacedBySharedSession(webXml, deployment)) {
                continue;
            }
            if (webXml.absent()) {
                checkWarWithoutWebXml(webXml, policy, findings);
            } else {
                check(webXml, policy, findings);
            }
        }
        return findings.list();
    }

    /**
     * Judges a war that has no web.xml as one whose web.xml is silent, and says so in each finding at the
     * absent file, whose fix also means creating it.
     */
    private void checkWarWithoutWebXml(WebXml webXml, Policy policy, Findings findings) {
        Findings silent = new Findings(this);
        check(webXml, policy, silent);
        for (Finding finding : silent.list()) {
            if (finding.location().file().equals(webXml.file())) {
                findings.add(
                        finding.location(),
                        "This war has no WEB-INF/web.xml; what its fragments leave unset takes the container's"
                                + " default: " + finding.message(),
                        finding.fix() + " The war has no web.xml yet: add WEB-INF/web.xml for it.");
            } else {
                findings.add(finding.location(), finding.message(), finding.fix());
            }
        }
    }

    /** Whether the rule judges web.xml's session-config; such rules leave alone a war that JBoss gives a shared one. */
    boolean judgesSessionConfig() {
        return false;
    }

    /**
     * Whether {@code webXml} belongs to a war of an ear whose jboss-all.xml shares one session-config
     * among its wars, which the server then uses in place of the war's own.
     */
    static boolean replacedBySharedSession(WebXml webXml, Deployment deployment) {
        return sharedSessionOf(webXml, deployment).isPresent();
    }

    /** The jboss-all.xml whose shared session-config replaces {@code webXml}'s, if any. */
    static Optional<JBossAllXml> sharedSessionOf(WebXml webXml, Deployment deployment) {
        return deployment.jbossAllXmls().stream()
                .filter(jbossAll -> jbossAll.sharedSessionConfig().isPresent() && inEarOf(webXml, jbossAll))
                .findFirst();
    }

    /**
     * Whether {@code webXml} lies in the ear whose {@code META-INF/jboss-all.xml} is {@code jbossAll}:
     * in a war packaged in it ({@code portal.ear!/BizAgi.war}) or in a folder below its root, as in an
     * exploded ear.
     */
    private static boolean inEarOf(WebXml webXml, JBossAllXml jbossAll) {
        String metaInf = jbossAll.folder();
        String earRoot = metaInf.contains("/") ? metaInf.substring(0, metaInf.lastIndexOf('/')) : "";
        String below = earRoot.isEmpty() ? "" : earRoot + "/";
        return webXml.container().equals(jbossAll.container())
                ? webXml.folder().startsWith(below) && !webXml.folder().startsWith(metaInf)
                : webXml.container().startsWith(jbossAll.container() + "!/" + below);
    }

    /** Records in {@code findings} what {@code webXml} lacks. */
    abstract void check(WebXml webXml, Policy policy, Findings findings);

    /**
     * What is wrong when fragments disagree on {@code name} and web.xml sets none: the container
     * refuses to deploy the application.
     */
    static String fragmentsDisagree(WebXml webXml, WebXml.FragmentConflict conflict, String name) {
        return "web-fragment.xml files disagree on " + name + " (\""
                + conflict.other().trimmedText() + "\" here, \""
                + conflict.first().trimmedText() + "\" in " + webXml.locate(conflict.first()) + ") and web.xml"
                + " sets none, so the container refuses to deploy the application.";
    }

    /**
     * Why a fragment that sets {@code path} does not count, in parentheses with a leading space; empty
     * when no fragment left out sets it.
     */
    static String ignoredFragmentNote(WebXml webXml, String path) {
        return webXml.ignoredFragmentElement(path)
                .map(element -> " (" + webXml.locate(element) + " sets it, but "
                        + (webXml.metadataComplete()
                                ? "web.xml is metadata-complete, so the container reads no web-fragment.xml"
                                : "web.xml's absolute-ordering leaves that fragment out")
                        + ")")
                .orElse("");
    }
}
