package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.WebLogicXml;
import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Limits weblogic.xml's {@code session-descriptor/timeout-secs} to {@code maxSessionMinutes} × 60 and
 * forbids {@code -1} (never expire). Judged only where weblogic.xml sets it and the web.xml beside it
 * sets no {@code session-timeout}, which WebLogic lets win; a time-out set in neither is
 * JEE-SESSION-TIMEOUT's to report. See the description for sources and limitations.
 */
public final class LimitWebLogicSessionTimeout extends WebLogicRule {

    private static final String PATH = SESSION + "/timeout-secs";

    public LimitWebLogicSessionTimeout() {
        super(RuleDescription.rule(
                        "WEBLOGIC-SESSION-TIMEOUT", "WebLogic sessions time out within the policy's session time")
                .bizagi(GuideLevel.BASIC, "Mandatory hardening part 1: session time")
                .cwe(613)
                .seeAlso(
                        "Oracle WebLogic Server, weblogic.xml deployment descriptor elements:"
                                + " session-descriptor (timeout-secs)",
                        "DISA STIG V-222979 (session time-out)")
                .why("A long-lived session stays usable on a shared or stolen computer, and a stolen session id"
                        + " stays worth taking; Bizagi's guide asks for 5 minutes.")
                .fix("<session-descriptor>\n  <timeout-secs>300</timeout-secs>\n</session-descriptor>\n"
                        + "or web.xml <session-config><session-timeout>5</session-timeout></session-config>,"
                        + " which WebLogic lets win.")
                .whenAbsent("3600 seconds, unless web.xml sets session-timeout (then judged by JEE-SESSION-TIMEOUT).")
                .limitation("A time-out set in the WebLogic domain or with the console is not seen.")
                .limitation("JEE-SESSION-TIMEOUT still reports a web.xml without session-timeout, even when"
                        + " timeout-secs here is within the policy.")
                .build());
    }

    @Override
    void check(WebLogicXml webLogic, Optional<WebXml> webXml, Policy policy, Findings findings) {
        Optional<LocatedElement> timeout = webLogic.element(PATH);
        if (timeout.isEmpty()
                || webXml.flatMap(xml -> xml.element("session-config/session-timeout"))
                        .isPresent()) {
            return;
        }
        int limit = policy.maxSessionMinutes() * 60;
        String fix = sessionFix("timeout-secs", String.valueOf(limit));
        String text = timeout.get().trimmedText();
        if (findings.addUnresolvedToken(
                webLogic.locate(timeout.get()),
                PATH,
                text,
                "from 1 to " + limit + " seconds",
                Findings.REPLACE_TOKEN)) {
            return;
        }
        OptionalInt seconds = Values.parseInt(text);
        if (seconds.isEmpty()) {
            findings.add(
                    webLogic.locate(timeout.get()),
                    "timeout-secs is \"" + text + "\", which is not a whole number of seconds.",
                    fix);
        } else if (seconds.getAsInt() == -1) {
            findings.add(
                    webLogic.locate(timeout.get()),
                    "timeout-secs is -1, so sessions never expire; the policy allows " + limit + " seconds.",
                    fix);
        } else if (seconds.getAsInt() > limit) {
            findings.add(
                    webLogic.locate(timeout.get()),
                    "timeout-secs is " + seconds.getAsInt() + " seconds; the policy allows " + limit + " ("
                            + policy.maxSessionMinutes() + " minutes).",
                    fix);
        } else if (seconds.getAsInt() < 1) {
            findings.add(
                    webLogic.locate(timeout.get()),
                    "timeout-secs is " + seconds.getAsInt() + ", which WebLogic does not read as a time-out in"
                            + " seconds; the policy allows " + limit + ".",
                    fix);
        }
    }
}
