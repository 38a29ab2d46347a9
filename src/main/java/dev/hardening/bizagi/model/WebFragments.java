package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SafeXmlReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the web fragments of a web application: the {@code META-INF/web-fragment.xml} of each jar
 * directly in its {@code WEB-INF/lib}, the only place a container looks for them (Servlet 3.0 §8.2.1;
 * a {@code META-INF/web-fragment.xml} under {@code WEB-INF/classes} is no fragment).
 *
 * <p>Limitations: only fragments inside archives are found, since the check opens no jar lying in a
 * folder; a jar counts when its name ends in {@code .jar} in lower case, as Tomcat's jar scanner
 * requires, and the entry name must be spelled exactly, as a class loader looks it up.
 */
final class WebFragments {

    /** Where a jar holds its fragment. */
    static final String PATH = "META-INF/web-fragment.xml";

    private WebFragments() {}

    /**
     * The {@code <web-fragment>} roots of the application whose web.xml is {@code webXml}, in the
     * order the jars were found, each copied with its file's display path so that findings point into
     * the fragment. A fragment that cannot be parsed is added to {@code malformed} and passed over; a
     * file whose root is not {@code <web-fragment>} is passed over, as a container would read nothing
     * from it.
     */
    static List<LocatedElement> read(
            Descriptor webXml, Companions companions, SafeXmlReader xml, List<MalformedDescriptorException> malformed) {
        if (!webXml.archived()) {
            return List.of();
        }
        String folder = webXml.folder();
        String lib = webXml.container() + "!/" + (folder.isEmpty() ? "" : folder + "/") + "lib/";
        List<LocatedElement> fragments = new ArrayList<>();
        for (Descriptor companion : companions.under(lib)) {
            String jar = companion.container().substring(lib.length());
            if (jar.contains("/") || !jar.endsWith(".jar") || !companion.path().equals(PATH)) {
                continue;
            }
            try {
                LocatedElement root = (LocatedElement)
                        xml.read(companion.content(), companion.displayPath()).getRootElement();
                if (root.getName().equals("web-fragment")) {
                    fragments.add(root.copyFrom(companion.displayPath()));
                }
            } catch (MalformedDescriptorException e) {
                malformed.add(e);
            }
        }
        return fragments;
    }
}
