package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Forbids {@code session-descriptor/cookie-http-only} false in weblogic.xml. Absent, WebLogic uses
 * true. See the description for sources and limitations.
 */
public final class RequireWebLogicHttpOnlyCookie extends WebLogicSessionFlagRule {

    public RequireWebLogicHttpOnlyCookie() {
        super(
                RuleDescription.rule("WEBLOGIC-COOKIE-HTTPONLY", "WebLogic marks the session cookie HttpOnly")
                        .cwe(1004)
                        .seeAlso(
                                "Oracle WebLogic Server, weblogic.xml deployment descriptor elements:"
                                        + " session-descriptor",
                                "DISA STIG V-222933 (HttpOnly session cookie)")
                        .why("Without HttpOnly any script in the page, an injected one included, can read the"
                                + " session cookie and send it away.")
                        .fix("<session-descriptor>\n  <cookie-http-only>true</cookie-http-only>\n"
                                + "</session-descriptor>\n(or no cookie-http-only element)")
                        .whenAbsent("true (WebLogic 10.3 and later).")
                        .limitation("The pre-9.0 form, session-param, is not read.")
                        .build(),
                "cookie-http-only",
                true,
                true,
                "scripts in the page can read the session cookie");
    }
}
