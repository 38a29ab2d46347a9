package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.WebLogicXml;
import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.rules.AbstractRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;
import java.util.Optional;

/** A rule judged on every WebLogic {@code weblogic.xml}, beside the web.xml of the same application. */
abstract class WebLogicRule extends AbstractRule {

    /** Where WebLogic keeps the session settings. */
    static final String SESSION = "session-descriptor";

    WebLogicRule(RuleDescription description) {
        super(description);
    }

    @Override
    public final List<Finding> check(Deployment deployment, Policy policy) {
        Findings findings = new Findings(this);
        for (WebLogicXml webLogic : deployment.webLogicXmls()) {
            Optional<WebXml> webXml = deployment.webXmls().stream()
                    .filter(candidate -> candidate.container().equals(webLogic.container())
                            && candidate.folder().equals(webLogic.folder()))
                    .findFirst();
            check(webLogic, webXml, policy, findings);
        }
        return findings.list();
    }

    /**
     * Records in {@code findings} what {@code webLogic} lacks.
     *
     * @param webXml the web.xml in the same folder of the same archive or folder, if there is one
     */
    abstract void check(WebLogicXml webLogic, Optional<WebXml> webXml, Policy policy, Findings findings);

    /** {@code Set <session-descriptor><element>value</element></session-descriptor> in <weblogic-web-app>.} */
    static String sessionFix(String element, String value) {
        return "Set <session-descriptor><" + element + ">" + value + "</" + element
                + "></session-descriptor> in <weblogic-web-app>.";
    }
}
