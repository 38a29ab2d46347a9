package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.PropertiesFile;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.rules.AbstractRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Severity;
import dev.hardening.bizagi.rules.Values;
import java.util.List;
import java.util.Optional;

/**
 * Requires {@code PROTOCOL} in {@code bizagi-config.properties} to be {@code HTTPS} on the JEE edition,
 * so that Bizagi builds the links in its pages and notifications over TLS. Quotes around the value are
 * tolerated and case does not matter. A deployment with a {@code web.xml} but no
 * {@code bizagi-config.properties} cannot be shown to use HTTPS, and is reported at each web.xml.
 *
 * <p>Sources: Bizagi, "Security for the JEE edition".
 */
public final class RequireHttpsProtocolProperty extends AbstractRule {

    private static final String FIX = "Set PROTOCOL=\"HTTPS\" in bizagi-config.properties.";

    public RequireHttpsProtocolProperty() {
        super("JEE-PROTOCOL-HTTPS", "bizagi-config.properties sets PROTOCOL to HTTPS", Severity.ERROR);
    }

    @Override
    public List<Finding> check(Deployment deployment, Policy policy) {
        Findings findings = new Findings(this);
        for (PropertiesFile properties : deployment.bizagiConfigs()) {
            Optional<Setting> protocol = properties.get("PROTOCOL");
            if (protocol.isEmpty()) {
                findings.add(
                        properties.at(1),
                        "bizagi-config.properties has no PROTOCOL key, so Bizagi builds its links over plain HTTP.",
                        FIX);
            } else if (!Values.unquote(protocol.get().value()).equalsIgnoreCase("HTTPS")) {
                findings.add(protocol.get().location(), notHttps(protocol.get().value()), FIX);
            }
        }
        if (deployment.bizagiConfigs().isEmpty()) {
            for (WebXml webXml : deployment.webXmls()) {
                findings.add(
                        webXml.locate(webXml.root()),
                        "No bizagi-config.properties was found beside this web application, so its PROTOCOL cannot"
                                + " be shown to be HTTPS.",
                        "Package bizagi-config.properties with PROTOCOL=\"HTTPS\", or add its path to the"
                                + " includes parameter if it lives under another name.");
            }
        }
        return findings.list();
    }

    /**
     * What is wrong with a PROTOCOL value other than HTTPS. The value is shown without its quotes, so
     * that {@code "HTTP"} and {@code HTTP} read alike, and in single quotes when a double quote is left
     * in it; a {@code #} in it is pointed out, since properties files have no end-of-line comments.
     */
    private static String notHttps(String value) {
        String unquoted = Values.unquote(value);
        if (unquoted.isEmpty()) {
            return "PROTOCOL is empty, so Bizagi builds its links over plain HTTP.";
        }
        String shown = unquoted.contains("\"") ? "'" + unquoted + "'" : "\"" + unquoted + "\"";
        String comment = unquoted.contains("#")
                ? " (a properties file has no end-of-line comments: everything after the separator is the value)"
                : "";
        return "PROTOCOL is " + shown + ", not HTTPS" + comment + ", so Bizagi builds its links over plain HTTP.";
    }
}
