package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires at least one {@code error-page} in web.xml or a merged web fragment, so that the container's
 * own error pages are not shown. See the description for sources and limitations.
 */
public final class RequireErrorPage extends WebXmlRule {

    public RequireErrorPage() {
        super(RuleDescription.rule("JEE-ERROR-PAGE", "web.xml declares an error page")
                .cwe(209)
                .seeAlso(
                        "OWASP Code Review Guide 2: Java framework-specific issues (error-page)",
                        "Servlet 3.0 §10.9.2 (error pages)")
                .why("The container's default error pages name the server and its version and, for an uncaught"
                        + " exception, print the stack trace, which tells an attacker which flaws to try.")
                .fix("<error-page>\n"
                        + "  <exception-type>java.lang.Throwable</exception-type>\n"
                        + "  <location>/error.html</location>\n"
                        + "</error-page>\n"
                        + "<error-page>\n"
                        + "  <error-code>500</error-code>\n"
                        + "  <location>/error.html</location>\n"
                        + "</error-page>")
                .whenAbsent("The container's own error pages, with server name, version and stack traces.")
                .limitation("Any error-page passes; whether it catches every status and exception is not judged.")
                .limitation("Error pages set on the server (JBoss undertow subsystem, WebLogic domain) are not seen.")
                .build());
    }

    @Override
    void check(WebXml webXml, Policy policy, Findings findings) {
        if (webXml.all("error-page").isEmpty()) {
            findings.add(
                    webXml.locate(webXml.root()),
                    "web.xml declares no error-page, so the container's own error pages show its name, version and"
                            + " stack traces.",
                    "Add <error-page><exception-type>java.lang.Throwable</exception-type><location>/error.html"
                            + "</location></error-page> to <web-app>.");
        }
    }
}
