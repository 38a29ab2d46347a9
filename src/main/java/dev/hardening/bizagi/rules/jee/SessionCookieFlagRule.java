package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Severity;
import java.util.Optional;

/**
 * A rule that requires one flag of {@code session-config/cookie-config} in {@code web.xml} to be
 * {@code true}. The element exists from Servlet 3.0 on; an older descriptor cannot set it, which the
 * finding says.
 */
abstract class SessionCookieFlagRule extends WebXmlRule {

    private final String flag;
    private final String consequence;

    /**
     * @param flag the child of {@code cookie-config}: {@code http-only} or {@code secure}
     * @param consequence what a missing or false flag lets happen, with no full stop
     */
    SessionCookieFlagRule(String id, String title, String flag, String consequence) {
        super(id, title, Severity.ERROR);
        this.flag = flag;
        this.consequence = consequence;
    }

    @Override
    final void check(WebXml webXml, Policy policy, Findings findings) {
        String path = "session-config/cookie-config/" + flag;
        String fix = "Set <session-config><cookie-config><" + flag + ">true</" + flag
                + "></cookie-config></session-config> in <web-app> (Servlet 3.0 or later).";
        Optional<LocatedElement> element = webXml.element(path);
        if (element.isEmpty()) {
            String version = webXml.version().orElse("2.3 or older");
            boolean predates = webXml.version().map(v -> v.startsWith("2.")).orElse(true);
            findings.add(
                    webXml.locate(webXml.deepestAlong(path)),
                    "web.xml does not set cookie-config/" + flag + ", so " + consequence
                            + (predates ? " (this Servlet " + version + " descriptor cannot set it)" : "") + ".",
                    fix);
            return;
        }
        String text = element.get().trimmedText();
        if (!text.equalsIgnoreCase("true")) {
            findings.add(
                    webXml.locate(element.get()),
                    "cookie-config/" + flag + " is \"" + text + "\", so " + consequence + ".",
                    fix);
        }
    }
}
