package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.PropertiesFile;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.parse.LocatedProperties;
import dev.hardening.bizagi.rules.AbstractRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Requires {@code PROTOCOL} in {@code bizagi-config.properties} to be {@code HTTPS} on the JEE edition,
 * so that Bizagi builds the links in its pages and notifications over TLS. Quotes around the value are
 * tolerated and case does not matter; a placeholder left in it ({@code ${protocol}}) is a finding of
 * its own.
 *
 * <p>Each web application needs a {@code bizagi-config.properties} of its own: one whose web.xml has
 * none within reach cannot be shown to use HTTPS, and is reported at its web.xml. Within reach are
 * the files
 *
 * <ul>
 *   <li>in the archive the web.xml was found in (the war, its {@code WEB-INF/classes} included), and in
 *       the jars directly in its {@code WEB-INF/lib};
 *   <li>in the nearest enclosing archive whose name ends in {@code .ear}, outside its modules (such as
 *       {@code lib/config/}), and in the jars directly in the ear's {@code lib/};
 *   <li>when the check reads folders, anywhere under the same folder ({@code target} or
 *       {@code src/main}); a web application unpacked inside a zip likewise reaches all of that zip.
 * </ul>
 *
 * So two wars in one zip that is not an ear each need their own, and one in the ear serves all its
 * wars.
 *
 * <p>Sources: Bizagi, "Security for the JEE edition" (which does not say where the file lives); Java EE
 * 7 §EE.8.2.1 for the ear's library directory.
 *
 * <p>Limitations: in the description below, rendered as {@code docs/rules/JEE-PROTOCOL-HTTPS.md}.
 */
public final class RequireHttpsProtocolProperty extends AbstractRule {

    private static final String FIX = "Set PROTOCOL=\"HTTPS\" in bizagi-config.properties.";

    public RequireHttpsProtocolProperty() {
        super(RuleDescription.rule("JEE-PROTOCOL-HTTPS", "bizagi-config.properties sets PROTOCOL to HTTPS")
                .bizagi(
                        GuideLevel.BASIC,
                        "Mandatory hardening part 1: PROTOCOL set to HTTPS, on the JEE edition in"
                                + " bizagi-config.properties (Security for the JEE edition)")
                .cwe(319)
                .seeAlso("Bizagi, Security for the JEE edition:"
                        + " https://help.bizagi.com/bpm-suite/en/setup_security_jee.htm")
                .why("On the JEE edition Bizagi writes the links of its pages and notifications with the scheme"
                        + " PROTOCOL names in bizagi-config.properties. With HTTP those links send users and their"
                        + " session cookies over plain HTTP, where anyone on the network path can read or change"
                        + " them.")
                .fix("""
                        Set the key in the bizagi-config.properties the web application reads (in the war, its
                        WEB-INF/classes, or the ear around it):

                        PROTOCOL="HTTPS"
                        """)
                .whenAbsent("Bizagi builds its links over plain HTTP. A web application with no"
                        + " bizagi-config.properties within its reach is reported at its web.xml.")
                .limitation("Quotes around the value are tolerated and case does not matter.")
                .limitation("An ear's library-directory other than lib is not read, nor are the ear's EJB jars"
                        + " searched; a file kept on the server (a JBoss module, a path given to the JVM) is not"
                        + " seen, so such a web application is reported.")
                .limitation("Whether the server's listeners answer HTTPS is set in the server, not in the package.")
                .build());
    }

    @Override
    public List<Finding> check(Deployment deployment, Policy policy) {
        Findings findings = new Findings(this);
        for (PropertiesFile properties : deployment.bizagiConfigs()) {
            Optional<Setting> protocol = properties.get("PROTOCOL");
            if (protocol.isEmpty()) {
                Optional<LocatedProperties.Entry> misspelled = properties.entries().stream()
                        .filter(entry -> entry.key().equalsIgnoreCase("PROTOCOL"))
                        .findFirst();
                findings.add(
                        misspelled.map(entry -> properties.at(entry.line())).orElse(properties.at(1)),
                        "bizagi-config.properties has no PROTOCOL key"
                                + misspelled
                                        .map(entry ->
                                                " (\"" + entry.key() + "\" is not it: keys are" + " case-sensitive)")
                                        .orElse("")
                                + ", so Bizagi builds its links over plain HTTP.",
                        FIX);
                continue;
            }
            String value = Values.unquote(protocol.get().value());
            if (!findings.addUnresolvedToken(protocol.get().location(), "PROTOCOL", value, "HTTPS")
                    && !value.equalsIgnoreCase("HTTPS")) {
                findings.add(protocol.get().location(), notHttps(protocol.get().value()), FIX);
            }
        }
        for (WebXml webXml : deployment.webXmls()) {
            if (deployment.bizagiConfigs().stream().noneMatch(properties -> reaches(webXml, properties.file()))) {
                findings.add(
                        webXml.locate(webXml.root()),
                        "No bizagi-config.properties was found within this web application's reach (its war or"
                                + " folder, its WEB-INF/lib jars, the ear around it), so its PROTOCOL cannot be shown"
                                + " to be HTTPS.",
                        "Package bizagi-config.properties with PROTOCOL=\"HTTPS\" in the war (WEB-INF/classes) or"
                                + " in its ear, or add its path to the includes parameter if it lives under another"
                                + " name.");
            }
        }
        return findings.list();
    }

    /** Whether the web application of {@code webXml} reads the file shown as {@code file}. */
    private static boolean reaches(WebXml webXml, String file) {
        String container = webXml.container();
        if (!webXml.archived()) {
            return file.startsWith(container + "/") && !file.contains("!/");
        }
        if (inArchive(container, file, webXml.libraryFolder())) {
            return true;
        }
        return enclosingEar(container).map(ear -> inArchive(ear, file, "lib/")).orElse(false);
    }

    /**
     * Whether {@code file} is an entry of {@code archive}, or of a jar directly in its {@code lib}
     * folder (such as {@code WEB-INF/lib/}).
     */
    private static boolean inArchive(String archive, String file, String lib) {
        String prefix = archive + "!/";
        if (!file.startsWith(prefix)) {
            return false;
        }
        String entry = file.substring(prefix.length());
        int nested = entry.indexOf("!/");
        if (nested < 0) {
            return true;
        }
        String jar = entry.substring(0, nested);
        return jar.startsWith(lib)
                && !jar.substring(lib.length()).contains("/")
                && jar.toLowerCase(Locale.ROOT).endsWith(".jar")
                && !entry.substring(nested + 2).contains("!/");
    }

    /** The nearest of {@code container} and the archives around it whose name ends in {@code .ear}. */
    private static Optional<String> enclosingEar(String container) {
        String current = container;
        while (true) {
            if (current.toLowerCase(Locale.ROOT).endsWith(".ear")) {
                return Optional.of(current);
            }
            int outer = current.lastIndexOf("!/");
            if (outer < 0) {
                return Optional.empty();
            }
            current = current.substring(0, outer);
        }
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
