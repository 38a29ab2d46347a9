package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.rules.AbstractRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Severity;
import java.util.List;

/** A rule judged on every servlet deployment descriptor in the deployment. */
abstract class WebXmlRule extends AbstractRule {

    WebXmlRule(String id, String title, Severity severity) {
        super(id, title, severity);
    }

    @Override
    public final List<Finding> check(Deployment deployment, Policy policy) {
        Findings findings = new Findings(this);
        for (WebXml webXml : deployment.webXmls()) {
            check(webXml, policy, findings);
        }
        return findings.list();
    }

    /** Records in {@code findings} what {@code webXml} lacks. */
    abstract void check(WebXml webXml, Policy policy, Findings findings);
}
