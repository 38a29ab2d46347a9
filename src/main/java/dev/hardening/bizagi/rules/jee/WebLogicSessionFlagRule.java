package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.WebLogicXml;
import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Optional;

/**
 * A rule that requires one boolean of weblogic.xml's {@code session-descriptor} to hold one value.
 * WebLogic reads these as XML Schema booleans: {@code true}, {@code false}, {@code 1}, {@code 0},
 * trimmed; any other text fails the deployment.
 */
abstract class WebLogicSessionFlagRule extends WebLogicRule {

    private final String element;
    private final boolean required;
    private final boolean serverDefault;
    private final String consequence;

    /**
     * @param element the child of {@code session-descriptor}
     * @param required the value the policy requires
     * @param serverDefault the value WebLogic uses when weblogic.xml does not set it
     * @param consequence what the wrong value lets happen, with no full stop
     */
    WebLogicSessionFlagRule(
            RuleDescription description, String element, boolean required, boolean serverDefault, String consequence) {
        super(description);
        this.element = element;
        this.required = required;
        this.serverDefault = serverDefault;
        this.consequence = consequence;
    }

    @Override
    final void check(WebLogicXml webLogic, Optional<WebXml> webXml, Policy policy, Findings findings) {
        String path = SESSION + "/" + element;
        String fix = sessionFix(element, String.valueOf(required));
        Optional<LocatedElement> flag = webLogic.element(path);
        if (flag.isEmpty()) {
            if (serverDefault != required && !settledElsewhere(webXml)) {
                findings.add(
                        webLogic.locate(webLogic.deepestAlong(path)),
                        "weblogic.xml does not set " + path + ", so WebLogic's default " + serverDefault + " applies: "
                                + consequence + ".",
                        fix);
            }
            return;
        }
        String text = flag.get().trimmedText();
        if (findings.addUnresolvedToken(
                webLogic.locate(flag.get()), path, text, String.valueOf(required), Findings.REPLACE_TOKEN)) {
            return;
        }
        Optional<Boolean> value = switch (text) {
            case "true", "1" -> Optional.of(Boolean.TRUE);
            case "false", "0" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
        if (value.isEmpty()) {
            findings.add(
                    webLogic.locate(flag.get()),
                    path + " is \"" + text + "\", which is not an XML boolean (true, false, 1, 0), so WebLogic"
                            + " refuses the descriptor.",
                    fix);
        } else if (value.get() != required) {
            findings.add(webLogic.locate(flag.get()), path + " is " + text + ": " + consequence + ".", fix);
        }
    }

    /**
     * Whether the web.xml beside it settles the flag when weblogic.xml leaves it out, so that the gap is
     * web.xml's rule's to report, not this one's.
     */
    boolean settledElsewhere(Optional<WebXml> webXml) {
        return false;
    }
}
