package dev.hardening.bizagi.rules.jee;

import dev.hardening.bizagi.model.WebXml;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Optional;

/**
 * Requires weblogic.xml's {@code session-descriptor/cookie-secure} to be true. Absent, WebLogic uses
 * false, unless the web.xml beside it sets {@code cookie-config/secure} to true. See the description
 * for sources and limitations.
 */
public final class RequireWebLogicSecureCookie extends WebLogicSessionFlagRule {

    public RequireWebLogicSecureCookie() {
        super(
                RuleDescription.rule("WEBLOGIC-COOKIE-SECURE", "WebLogic sends the session cookie over HTTPS only")
                        .cwe(614)
                        .seeAlso(
                                "Oracle WebLogic Server, weblogic.xml deployment descriptor elements:"
                                        + " session-descriptor",
                                "DISA STIG V-222932 (secure session cookie)")
                        .why("Without the Secure flag the browser also sends the session cookie over plain HTTP,"
                                + " where anyone on the network path can read it and take over the session.")
                        .fix("<session-descriptor>\n  <cookie-secure>true</cookie-secure>\n</session-descriptor>")
                        .whenAbsent("false, unless web.xml sets <cookie-config><secure>true</secure></cookie-config>,"
                                + " which then applies.")
                        .limitation("Which of weblogic.xml and web.xml wins when they disagree is taken from"
                                + " WebLogic's documentation of Servlet 3.0 support, not tested on a server;"
                                + " an explicit false here is always reported.")
                        .limitation("The pre-9.0 form, session-param CookieSecure, is not read.")
                        .build(),
                "cookie-secure",
                true,
                false,
                "browsers may send the session cookie over plain HTTP");
    }

    @Override
    boolean settledElsewhere(Optional<WebXml> webXml) {
        return webXml.flatMap(xml -> xml.element("session-config/cookie-config/secure"))
                .map(LocatedElement::trimmedText)
                .map(text -> text.equalsIgnoreCase("true"))
                .orElse(false);
    }
}
