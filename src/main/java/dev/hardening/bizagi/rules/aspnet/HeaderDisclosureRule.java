package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.CollectionItem;
import dev.hardening.bizagi.model.ConfigLayer;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A rule that requires one response header to be withheld, either by the setting IIS or ASP.NET offers
 * for it or by a URL Rewrite outbound rule that blanks it, the fix Bizagi's guide describes. When a
 * folder's own file removes, clears or replaces an outbound rule that blanks the header for the
 * folders above, the finding points at that file's {@code outboundRules}, where the header came back.
 */
abstract class HeaderDisclosureRule extends WebConfigRule {

    private static final String OUTBOUND_RULES = "system.webServer/rewrite/outboundRules";

    /** What a header rule cannot show of the URL Rewrite route, for the descriptions of every header rule. */
    static final String OUTBOUND_RULE_LIMITS = "A URL Rewrite outbound rule counts only when it has no preCondition"
            + " or conditions (it may apply to some responses only), no unresolved token, no later rule rewriting"
            + " the same variable and no earlier rule with stopProcessing=\"true\"; its pattern is judged by trying"
            + " it on typical header values.";

    /** Where URL Rewrite's permission to set a server variable lives, outside the package. */
    static final String ALLOWED_SERVER_VARIABLES = "URL Rewrite lets an outbound rule set a server variable only"
            + " when `<rewrite><allowedServerVariables>` lists it, which is often kept in applicationHost.config"
            + " and is not verifiable from the package.";

    private final String header;
    private final String serverVariable;

    HeaderDisclosureRule(RuleDescription description, String header) {
        super(description);
        this.header = header;
        this.serverVariable = "RESPONSE_" + header.toUpperCase(Locale.ROOT);
    }

    @Override
    final void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        Optional<Disclosure> disclosure = disclosure(config, findings);
        if (disclosure.isEmpty()
                || OutboundRewrite.blanking(config, serverVariable).isPresent()) {
            return;
        }
        Optional<CollectionItem> dropped = blankingAbove(config);
        if (dropped.isPresent()) {
            String rule = "the URL Rewrite outbound rule \"" + dropped.get().key() + "\" of "
                    + dropped.get().location().file();
            ConfigLayer last = config.lastLayer();
            List<LocatedElement> outboundRules = last.elements(OUTBOUND_RULES);
            findings.add(
                    last.locate(
                            outboundRules.isEmpty()
                                    ? last.deepestAlong(OUTBOUND_RULES)
                                    : outboundRules.get(outboundRules.size() - 1)),
                    "Responses carry the " + header + " header: this file removes or replaces " + rule
                            + ", which blanks it, and " + disclosure.get().why() + ".",
                    "Keep " + rule + " (drop the <remove>, <clear> or <rule> here that cancels it), or: "
                            + disclosure.get().fix());
            return;
        }
        findings.add(
                disclosure.get().location(),
                "Responses carry the " + header + " header: " + disclosure.get().why() + ".",
                disclosure.get().fix() + " Or blank it with a URL Rewrite outbound rule: <rule name=\"Blank " + header
                        + "\"><match serverVariable=\"" + serverVariable + "\" pattern=\".*\"/><action type=\"Rewrite\""
                        + " value=\"\"/></rule> in <system.webServer><rewrite><outboundRules>.");
    }

    /**
     * The outbound rule that blanks the header for the folders above this one, when this folder's own
     * file cancels it; empty when the folder has no parent configuration or nothing above blanks it.
     */
    private Optional<CollectionItem> blankingAbove(EffectiveWebConfig config) {
        return config.above().flatMap(above -> OutboundRewrite.blanking(above, serverVariable));
    }

    /**
     * Why the header is sent and how to stop it, or empty when the configuration withholds it.
     * Invalid values and unresolved tokens found on the way are recorded in {@code findings}, whatever
     * the outbound rules do: such a value is reported, never passed.
     */
    abstract Optional<Disclosure> disclosure(EffectiveWebConfig config, Findings findings);

    /**
     * @param location the setting, or the place a missing setting belongs
     * @param why what sends the header, with no full stop
     * @param fix the setting to write
     */
    record Disclosure(SourceLocation location, String why, String fix) {}

    /** The URL Rewrite outbound rule that blanks {@code header}, laid out as XML to write in web.config. */
    static String blankingRuleXml(String header) {
        return """
                <system.webServer>
                  <rewrite>
                    <outboundRules>
                      <rule name="Blank %1$s">
                        <match serverVariable="RESPONSE_%2$s" pattern=".*" />
                        <action type="Rewrite" value="" />
                      </rule>
                    </outboundRules>
                  </rewrite>
                </system.webServer>
                """.formatted(header, header.toUpperCase(Locale.ROOT));
    }

    /** Describes a header that the server adds by default and {@code item} keeps. */
    static String keptBy(CollectionItem item) {
        return item.location().line() == 0 ? "IIS adds it by default and no file removes it" : "a file adds it";
    }
}
