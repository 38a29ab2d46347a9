package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;
import java.util.Optional;

/**
 * Requires a {@code security-constraint} that covers the whole application ({@code url-pattern} of
 * {@code /*} in a {@code web-resource-collection} that names no {@code http-method} or
 * {@code http-method-omission}, so every method) with {@code user-data-constraint/transport-guarantee}
 * {@code CONFIDENTIAL}. Constraints add up across web.xml and the merged fragments (Servlet 3.0
 * §8.2.3). Values are trimmed; the guarantee is compared without regard to case. See the description
 * for sources and limitations.
 */
public final class RequireConfidentialTransport extends WebXmlRule {

    private static final String GUARANTEE = "user-data-constraint/transport-guarantee";
    private static final String FIX = "Add <security-constraint><web-resource-collection><web-resource-name>all"
            + "</web-resource-name><url-pattern>/*</url-pattern></web-resource-collection><user-data-constraint>"
            + "<transport-guarantee>CONFIDENTIAL</transport-guarantee></user-data-constraint></security-constraint>"
            + " to <web-app>.";

    public RequireConfidentialTransport() {
        super(RuleDescription.rule(
                        "JEE-TRANSPORT-CONFIDENTIAL", "A security-constraint on /* requires CONFIDENTIAL transport")
                .cwe(319)
                .seeAlso(
                        "Servlet 3.0 §13.8 (transport-guarantee)",
                        "OWASP Code Review Guide 2: Java framework-specific issues",
                        "CIS IBM WebSphere Liberty 4.2.6")
                .why("Without it the container serves every page over plain HTTP as well, so session cookies,"
                        + " passwords and case data cross the network readable; with CONFIDENTIAL it redirects"
                        + " HTTP requests to the HTTPS port.")
                .fix("<security-constraint>\n"
                        + "  <web-resource-collection>\n"
                        + "    <web-resource-name>all</web-resource-name>\n"
                        + "    <url-pattern>/*</url-pattern>\n"
                        + "  </web-resource-collection>\n"
                        + "  <user-data-constraint>\n"
                        + "    <transport-guarantee>CONFIDENTIAL</transport-guarantee>\n"
                        + "  </user-data-constraint>\n"
                        + "</security-constraint>")
                .whenAbsent("NONE: the container answers on every connector it has, HTTP included.")
                .limitation("INTEGRAL, which containers treat as CONFIDENTIAL, is reported all the same, since the"
                        + " specification does not promise encryption for it.")
                .limitation("A server that only listens on HTTPS (a JBoss or WebLogic setting outside the package)"
                        + " makes the constraint redundant; the check cannot see that.")
                .limitation("Constraints added in code (ServletRegistration.setServletSecurity, @ServletSecurity)"
                        + " are not seen.")
                .build());
    }

    @Override
    void check(WebXml webXml, Policy policy, Findings findings) {
        List<LocatedElement> covering = webXml.all("security-constraint").stream()
                .filter(RequireConfidentialTransport::coversEverything)
                .toList();
        Optional<LocatedElement> weak = Optional.empty();
        for (LocatedElement constraint : covering) {
            Optional<LocatedElement> guarantee = constraint.lastAlong(GUARANTEE);
            String text = guarantee.map(LocatedElement::trimmedText).orElse("NONE");
            if (text.equalsIgnoreCase("CONFIDENTIAL")) {
                return;
            }
            if (guarantee.isPresent()
                    && findings.addUnresolvedToken(
                            webXml.locate(guarantee.get()),
                            "transport-guarantee",
                            text,
                            "CONFIDENTIAL",
                            replaceToken(webXml, guarantee.get()))) {
                return;
            }
            if (weak.isEmpty()) {
                weak = Optional.of(guarantee.orElse(constraint));
            }
        }
        if (weak.isPresent()) {
            String guarantee = weak.get().getName().equals("transport-guarantee")
                    ? "has transport-guarantee " + weak.get().trimmedText()
                    : "sets no transport-guarantee (so NONE)";
            findings.add(
                    webXml.locate(weak.get()),
                    "The security-constraint on /* " + guarantee + ", not CONFIDENTIAL, so the container serves the"
                            + " application over plain HTTP too.",
                    "Set <user-data-constraint><transport-guarantee>CONFIDENTIAL</transport-guarantee>"
                            + "</user-data-constraint> in this <security-constraint>.");
            return;
        }
        findings.add(
                webXml.locate(webXml.root()),
                "No security-constraint covers /* with transport-guarantee CONFIDENTIAL, so the container serves the"
                        + " application over plain HTTP too.",
                FIX);
    }

    /** Whether a collection of {@code constraint} holds {@code /*} for every HTTP method. */
    private static boolean coversEverything(LocatedElement constraint) {
        return constraint.children("web-resource-collection").stream()
                .anyMatch(collection -> collection.children("http-method").isEmpty()
                        && collection.children("http-method-omission").isEmpty()
                        && collection.children("url-pattern").stream()
                                .anyMatch(pattern -> pattern.trimmedText().equals("/*")));
    }
}
