package dev.hardening.bizagi.rules.aspnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The messages and fixes of the system.webServer rules, for the cases the fixtures only place. */
class WebServerRulesTest {

    private static final String REQUEST_LIMITS = "system.webServer/security/requestFiltering/requestLimits";

    @Test
    void detailedErrorModeIsReadInAnyCase() {
        assertEquals(
                List.of("portal/web.config:3: [IIS-DETAILED-ERRORS] system.webServer/httpErrors/@errorMode is Detailed:"
                        + " remote users see IIS's detailed error pages, with physical paths and configuration"
                        + " details. Fix: Set <httpErrors errorMode=\"Custom\"> (or \"DetailedLocalOnly\") in"
                        + " <system.webServer>."),
                findings(new ForbidDetailedHttpErrors(), "<httpErrors errorMode=\"detailed\" />"));
    }

    @Test
    void errorModeIisRefusesNamesTheValuesItTakes() {
        assertEquals(
                List.of("portal/web.config:3: [IIS-DETAILED-ERRORS] system.webServer/httpErrors/@errorMode is \"Off\","
                        + " which IIS does not accept (it takes one of Custom, Detailed, DetailedLocalOnly), so it"
                        + " answers every request with HTTP 500.19. Fix: Set <httpErrors errorMode=\"Custom\"> (or"
                        + " \"DetailedLocalOnly\") in <system.webServer>."),
                findings(new ForbidDetailedHttpErrors(), "<httpErrors errorMode=\"Off\" />"));
    }

    @Test
    void urlLimitAboveTheMaximumIsReportedAtTheAttribute() {
        assertEquals(
                List.of("portal/web.config:5: [IIS-MAX-URL] " + REQUEST_LIMITS + "/@maxUrl is 8192: more than 4096, so"
                        + " IIS accepts longer URLs than the portal needs. Fix: Set <requestLimits maxUrl=\"4096\"/> (or"
                        + " less) in <system.webServer><security><requestFiltering>, or remove the attribute."),
                findings(new LimitUrlLength(), requestLimits("maxUrl=\"8192\"")));
    }

    @Test
    void numberBeyondUnsignedRangeIsRefused() {
        assertEquals(
                List.of("portal/web.config:5: [IIS-MAX-QUERY-STRING] " + REQUEST_LIMITS + "/@maxQueryString is"
                        + " \"4294967296\", which IIS does not accept (it takes a whole number from 0 to 4294967295 in"
                        + " decimal digits), so it answers every request with HTTP 500.19. Fix: Set <requestLimits"
                        + " maxQueryString=\"2048\"/> (or less) in <system.webServer><security><requestFiltering>, or"
                        + " remove the attribute."),
                findings(new LimitQueryStringLength(), requestLimits("maxQueryString=\"4294967296\"")));
    }

    @Test
    void contentLengthLeftToTheDefaultIsReportedAtRequestLimits() {
        assertEquals(
                List.of("portal/web.config:5: [IIS-MAX-CONTENT-LENGTH] " + REQUEST_LIMITS + "/@maxAllowedContentLength"
                        + " is not set, so the default 30000000 applies: the largest request body rests on the"
                        + " server's default instead of the portal's own limit. Fix: Set <requestLimits"
                        + " maxAllowedContentLength=\"...\"/> (bytes, sized for the largest upload) in"
                        + " <system.webServer><security><requestFiltering>."),
                findings(new RequireContentLengthLimit(), requestLimits("maxUrl=\"4096\"")));
    }

    @Test
    void traceEntryInOtherCaseIsNamed() {
        assertEquals(
                List.of("portal/web.config:5: [IIS-TRACE-VERB] Request filtering allows TRACE: no <add verb=\"TRACE\""
                        + " allowed=\"false\"/> is in system.webServer/security/requestFiltering/verbs and unlisted verbs"
                        + " are allowed (verbs compare with regard to case: the entry for \"trace\" does not cover"
                        + " TRACE). Fix: Add <add verb=\"TRACE\" allowed=\"false\"/> to"
                        + " <system.webServer><security><requestFiltering><verbs>."),
                findings(new DenyTraceVerb(), verbs("<add verb=\"trace\" allowed=\"false\" />")));
    }

    @Test
    void subFolderThatClearsTheDeniedTraceIsReportedAtTheClear() {
        Portal portal = new Portal()
                .webConfig("web.config", wrap(verbs("<add verb=\"TRACE\" allowed=\"false\" />")))
                .webConfig("WebServices/web.config", wrap(verbs("<clear />")));

        assertEquals(
                List.of(
                        "portal/WebServices/web.config:6: [IIS-TRACE-VERB] Request filtering allows TRACE: this <clear>"
                                + " takes out the entry that denied it. Fix: Keep the entry that denies TRACE, or: Add <add"
                                + " verb=\"TRACE\" allowed=\"false\"/> to <system.webServer><security><requestFiltering><verbs>."),
                findings(new DenyTraceVerb(), portal));
    }

    @Test
    void outboundRuleThatDecidesHstsIsReportedAtItsAction() {
        assertEquals(
                List.of("portal/web.config:7: [IIS-HSTS] system.webServer/rewrite/outboundRules/rule[@name='HSTS']"
                        + "/action/@value is \"max-age=0\", not a max-age above 0, so browsers keep making their first"
                        + " request to the portal over plain HTTP. Fix: Set <action type=\"Rewrite\""
                        + " value=\"max-age=31536000\"/> in the URL Rewrite outbound rule \"HSTS\", which decides the"
                        + " header."),
                findings(new RequireStrictTransportSecurity(), """
                        <rewrite>
                          <outboundRules>
                            <rule name="HSTS">
                              <match serverVariable="RESPONSE_Strict-Transport-Security" pattern=".*" />
                              <action type="Rewrite" value="max-age=0" />
                            </rule>
                          </outboundRules>
                        </rewrite>
                        """));
    }

    @Test
    void missingHeaderIsAnchoredAtTheDeepestElementAlongCustomHeaders() {
        assertEquals(
                List.of("portal/web.config:2: [IIS-HSTS] Responses lack the Strict-Transport-Security header: no file"
                        + " adds it to customHeaders or writes it with a URL Rewrite outbound rule, so browsers keep"
                        + " making their first request to the portal over plain HTTP. Fix: Add <add"
                        + " name=\"Strict-Transport-Security\" value=\"max-age=31536000\"/> to"
                        + " <system.webServer><httpProtocol><customHeaders>."),
                findings(new RequireStrictTransportSecurity(), "<directoryBrowse enabled=\"false\" />"));
    }

    @Test
    void headerRemovedForALocationPathNamesThePath() {
        Portal portal = new Portal().webConfig("web.config", """
                <configuration>
                  <system.webServer>
                    <httpProtocol>
                      <customHeaders>
                        <add name="X-Frame-Options" value="DENY" />
                      </customHeaders>
                    </httpProtocol>
                  </system.webServer>
                  <location path="Embed">
                    <system.webServer>
                      <httpProtocol>
                        <customHeaders>
                          <remove name="X-Frame-Options" />
                        </customHeaders>
                      </httpProtocol>
                    </system.webServer>
                  </location>
                </configuration>
                """);

        assertEquals(
                List.of("portal/web.config:13: [IIS-FRAME-OPTIONS] At <location path=\"Embed\">: Responses lack the"
                        + " X-Frame-Options header: this <remove> or <clear> takes out the entry added before it, so"
                        + " other sites may frame the portal and trick users into clicking in it. Fix: Keep the entry,"
                        + " or: Add <add name=\"X-Frame-Options\" value=\"SAMEORIGIN\"/> to"
                        + " <system.webServer><httpProtocol><customHeaders>."),
                findings(new RequireFrameOptions(), portal));
    }

    @Test
    void headerValueTokenIsNamed() {
        assertEquals(
                List.of("portal/web.config:5: [IIS-CONTENT-TYPE-OPTIONS] system.webServer/httpProtocol/customHeaders"
                        + "/add[@name='X-Content-Type-Options']/@value is the unresolved token \"#{Sniff}\", so the value"
                        + " it takes at deploy time cannot be shown to be nosniff. Fix: Replace the token at build time"
                        + " (Maven resource filtering, a Web Deploy parameter, a release variable) or write the value"
                        + " itself."),
                findings(new RequireContentTypeOptions(), """
                        <httpProtocol>
                          <customHeaders>
                            <add name="X-Content-Type-Options" value="#{Sniff}" />
                          </customHeaders>
                        </httpProtocol>
                        """));
    }

    @Test
    void accessPolicyFlagsAreShownInSchemaOrder() {
        assertEquals(
                List.of("portal/web.config:3: [IIS-HANDLER-ACCESS] system.webServer/handlers/@accessPolicy is \"Read,"
                        + " Write, Script\": clients may write files into the site that IIS then runs. Fix: Set"
                        + " <handlers accessPolicy=\"Read, Script\"> in <system.webServer>: no Write together with"
                        + " Script or Execute."),
                findings(new ForbidWriteWithScriptAccess(), "<handlers accessPolicy=\"script, write , read\" />"));
    }

    @Test
    void sslFlagsLeftToTheDefaultAreReportedAtSecurity() {
        assertEquals(
                List.of("portal/web.config:3: [IIS-SSL-REQUIRED] system.webServer/security/access/@sslFlags is not set,"
                        + " so the default \"None\" applies: IIS also answers requests over plain HTTP. Fix: Set <access"
                        + " sslFlags=\"Ssl\"/> (keeping any certificate flags, such as \"Ssl, SslNegotiateCert\") in"
                        + " <system.webServer><security>."),
                findings(new RequireSslAccess(), "<security />"));
    }

    @Test
    void unlistedExtensionsFixKeepsUrlsWithoutAnExtension() {
        assertEquals(
                List.of("portal/web.config:5: [IIS-UNLISTED-EXTENSIONS]"
                        + " system.webServer/security/requestFiltering/fileExtensions/@allowUnlisted is true: IIS"
                        + " serves files of any extension not denied. Fix: Set <fileExtensions allowUnlisted=\"false\">"
                        + " in <system.webServer><security><requestFiltering> and add an <add fileExtension=\"...\""
                        + " allowed=\"true\"/> for each extension the portal serves, including <add fileExtension=\".\""
                        + " allowed=\"true\"/>, without which IIS refuses URLs that have no extension (the site root,"
                        + " REST routes) with HTTP 404.7."),
                findings(
                        new ForbidUnlistedFileExtensions(),
                        "<security>\n  <requestFiltering>\n    <fileExtensions allowUnlisted=\"true\" />\n"
                                + "  </requestFiltering>\n</security>\n"));
    }

    /** The findings of {@code rule} on a portal whose root web.config holds {@code systemWebServer}. */
    private static List<String> findings(Rule rule, String systemWebServer) {
        return findings(rule, new Portal().webConfig("web.config", wrap(systemWebServer)));
    }

    private static List<String> findings(Rule rule, Portal portal) {
        return rule.check(portal.deployment(), Policy.GUIDE).stream()
                .map(Finding::toString)
                .toList();
    }

    /** A web.config whose {@code system.webServer} starts on line 2 and holds {@code systemWebServer}. */
    private static String wrap(String systemWebServer) {
        return "<configuration>\n  <system.webServer>\n" + systemWebServer.indent(4)
                + "  </system.webServer>\n</configuration>\n";
    }

    /** {@code requestLimits} with {@code attributes}, on line 5. */
    private static String requestLimits(String attributes) {
        return "<security>\n  <requestFiltering>\n    <requestLimits " + attributes
                + " />\n  </requestFiltering>\n</security>\n";
    }

    /** {@code verbs} on line 5 holding {@code entries}. */
    private static String verbs(String entries) {
        return "<security>\n  <requestFiltering>\n    <verbs>\n      " + entries
                + "\n    </verbs>\n  </requestFiltering>\n</security>\n";
    }
}
