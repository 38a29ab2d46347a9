package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Optional;

/**
 * A rule that requires one flag of {@code session-config/cookie-config} in {@code web.xml} to be
 * {@code true}, in any case and with white space around it: Tomcat and JBoss read the flag with
 * {@code Boolean.valueOf}, so {@code 1}, which XML Schema would accept, is false there (apache/tomcat:
 * {@code SessionConfig.java}; jboss/metadata: {@code CookieConfigMetaDataParser.java}). A placeholder
 * left in the flag ({@code ${cookie.secure}}) is a finding of its own. The element
 * exists from Servlet 3.0 on; an older descriptor cannot set it, which the finding says. A descriptor
 * without a {@code version} attribute is taken for the DTD-based 2.3 or older only when its root is in
 * no namespace; schema-based descriptors that omit the attribute are not.
 *
 * <p>The flag judged is the one the container assembles: web.xml's, else that of a
 * {@code web-fragment.xml} in a {@code WEB-INF/lib} jar, unless web.xml is
 * {@code metadata-complete="true"} (see {@link WebXml}). Fragments that set the flag differently while
 * web.xml sets none stop the application from deploying; the rule reports that too, at the second
 * fragment (Servlet 3.0 §8.2.3).
 *
 * <p>Limitations: in the description of each rule built on this class.
 */
abstract class SessionCookieFlagRule extends WebXmlRule {

    private final String flag;
    private final String whenAbsent;
    private final String whenNotTrue;

    /**
     * @param flag the child of {@code cookie-config}: {@code http-only} or {@code secure}
     * @param whenAbsent what a missing flag lets happen, with no full stop
     * @param whenNotTrue what a flag set to anything but true lets happen, with no full stop
     */
    SessionCookieFlagRule(RuleDescription description, String flag, String whenAbsent, String whenNotTrue) {
        super(description);
        this.flag = flag;
        this.whenAbsent = whenAbsent;
        this.whenNotTrue = whenNotTrue;
    }

    @Override
    final boolean judgesSessionConfig() {
        return true;
    }

    @Override
    final void check(WebXml webXml, Policy policy, Findings findings) {
        String path = "session-config/cookie-config/" + flag;
        String put = putInSessionConfig("<" + flag + ">true</" + flag + ">", "<cookie-config>");
        String fix = put + " (Servlet 3.0 or later).";
        Optional<WebXml.FragmentConflict> conflict =
                webXml.fragmentConflict(path, text -> Boolean.valueOf(text.equalsIgnoreCase("true")));
        if (conflict.isPresent()) {
            findings.add(
                    webXml.locate(conflict.get().other()),
                    fragmentsDisagree(webXml, conflict.get(), "cookie-config/" + flag),
                    put + "; web.xml overrides every web-fragment.xml.");
            return;
        }
        Optional<LocatedElement> element = webXml.element(path);
        if (element.isEmpty()) {
            String version = webXml.version().orElse("2.3 or older");
            boolean predates = !webXml.absent()
                    && webXml.version()
                            .map(v -> v.startsWith("2."))
                            .orElse(webXml.root().getNamespaceURI().isEmpty());
            findings.add(
                    webXml.locate(webXml.deepestAlong(path)),
                    "web.xml does not set cookie-config/" + flag + ignoredFragmentNote(webXml, path) + ", so "
                            + whenAbsent
                            + (predates ? " (this Servlet " + version + " descriptor cannot set it)" : "") + ".",
                    fix);
            return;
        }
        if (webXml.isFromFragment(element.get())) {
            fix = put + "; web.xml overrides web-fragment.xml. Or set it here.";
        }
        SessionConfigValues.judgeFlag(
                findings,
                webXml.locate(element.get()),
                "cookie-config/" + flag,
                element.get().trimmedText(),
                whenNotTrue,
                fix,
                replaceToken(webXml, element.get()));
    }
}
