package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Map;
import java.util.Optional;

/**
 * Forbids directory listings from a default servlet declared in web.xml or a merged fragment: Tomcat's
 * {@code org.apache.catalina.servlets.DefaultServlet} with the init-param {@code listings}, Undertow's
 * {@code io.undertow.servlet.handlers.DefaultServlet} with {@code directory-listing}, set to
 * {@code true} (any case, trimmed, as {@code Boolean.parseBoolean} reads it). See the description for
 * sources and limitations.
 */
public final class ForbidDirectoryListings extends WebXmlRule {

    /** Each default servlet class and the init-param that switches its listings on. */
    private static final Map<String, String> LISTING_PARAMETERS = Map.of(
            "org.apache.catalina.servlets.DefaultServlet", "listings",
            "io.undertow.servlet.handlers.DefaultServlet", "directory-listing");

    public ForbidDirectoryListings() {
        super(RuleDescription.rule("JEE-DEFAULT-SERVLET-LISTINGS", "The default servlet lists no directories")
                .cwe(548)
                .seeAlso(
                        "Apache Tomcat, Default Servlet Reference (listings)",
                        "Undertow servlet DefaultServlet (directory-listing)",
                        "DISA STIG Apache Tomcat 9 V-222934")
                .why("A listing shows every file of a folder, including backups, configuration and libraries"
                        + " that no page links to, and lets an attacker fetch them.")
                .fix("<init-param>\n  <param-name>listings</param-name>\n  <param-value>false</param-value>\n"
                        + "</init-param>\n(directory-listing for Undertow's DefaultServlet), or no such init-param.")
                .whenAbsent("false: Tomcat 7 and later, and Undertow, list no directories.")
                .limitation("Only a default servlet declared in the application's descriptors is seen; the"
                        + " server-wide one (Tomcat's conf/web.xml, the JBoss undertow subsystem) is not.")
                .limitation("Jetty's DefaultServlet (dirAllowed, true by default) and WebLogic's"
                        + " index-directory-enabled are not judged.")
                .build());
    }

    @Override
    void check(WebXml webXml, Policy policy, Findings findings) {
        for (LocatedElement servlet : webXml.all("servlet")) {
            String servletClass = servlet.lastChild("servlet-class")
                    .map(LocatedElement::trimmedText)
                    .orElse("");
            String parameter = LISTING_PARAMETERS.get(servletClass);
            if (parameter == null) {
                continue;
            }
            for (LocatedElement initParam : servlet.children("init-param")) {
                Optional<LocatedElement> value = initParam.lastChild("param-value");
                boolean named = initParam
                        .lastChild("param-name")
                        .map(name -> name.trimmedText().equals(parameter))
                        .orElse(false);
                if (!named || value.isEmpty()) {
                    continue;
                }
                String text = value.get().trimmedText();
                if (findings.addUnresolvedToken(
                        webXml.locate(value.get()), parameter, text, "false", replaceToken(webXml, value.get()))) {
                    continue;
                }
                if (text.equalsIgnoreCase("true")) {
                    findings.add(
                            webXml.locate(value.get()),
                            "The default servlet " + servletClass + " has " + parameter + " true, so it lists the"
                                    + " files of every folder without a welcome file.",
                            "Set <param-value>false</param-value> for " + parameter + ", or remove the"
                                    + " init-param.");
                }
            }
        }
    }
}
