package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires weblogic.xml's {@code session-descriptor/url-rewriting-enabled} to be false. Absent, WebLogic
 * uses true. See the description for sources and limitations.
 */
public final class ForbidWebLogicUrlRewriting extends WebLogicSessionFlagRule {

    public ForbidWebLogicUrlRewriting() {
        super(
                RuleDescription.rule("WEBLOGIC-URL-REWRITING-OFF", "WebLogic never puts the session id in URLs")
                        .cwe(598)
                        .seeAlso(
                                "Oracle WebLogic Server, weblogic.xml deployment descriptor elements:"
                                        + " session-descriptor (url-rewriting-enabled)",
                                "OWASP Session Management Cheat Sheet: session ids in URLs")
                        .why("With URL rewriting WebLogic writes the session id into links for browsers without"
                                + " cookies, where logs, history and Referer headers carry it to whoever reads them.")
                        .fix("<session-descriptor>\n  <url-rewriting-enabled>false</url-rewriting-enabled>\n"
                                + "</session-descriptor>")
                        .whenAbsent("true: WebLogic rewrites URLs when the browser refuses the cookie.")
                        .limitation("web.xml's tracking-mode, judged by JEE-TRACKING-MODE-COOKIE, is not weighed"
                                + " against it: both are asked for.")
                        .build(),
                "url-rewriting-enabled",
                false,
                true,
                "WebLogic writes the session id into URLs for browsers without cookies");
    }
}
