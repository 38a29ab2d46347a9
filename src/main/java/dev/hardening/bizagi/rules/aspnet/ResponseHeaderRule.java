package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.CollectionItem;
import dev.hardening.bizagi.model.CollectionKey;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A rule that requires a security response header with an acceptable value: an entry of
 * {@code system.webServer/httpProtocol/customHeaders} left once every {@code add}, {@code remove} and
 * {@code clear} is replayed, or a URL Rewrite outbound rule that writes the header on every response.
 * Outbound rules run after custom headers are added, so the last such rule decides the value sent.
 */
abstract class ResponseHeaderRule extends WebConfigRule {

    static final String CUSTOM_HEADERS = "system.webServer/httpProtocol/customHeaders";

    private final String header;
    private final String wanted;
    private final String example;
    private final boolean httpsOnly;
    private final String consequence;
    private final String fix;

    /**
     * @param header the header's name, such as {@code X-Frame-Options}
     * @param wanted the values accepted, in words, such as {@code DENY or SAMEORIGIN}
     * @param example the value the fix writes, such as {@code SAMEORIGIN}
     * @param httpsOnly whether an outbound rule that writes it on HTTPS responses only suffices
     * @param consequence what a missing or wrong header lets happen, with no full stop
     * @param fix the change to make
     */
    ResponseHeaderRule(
            RuleDescription description,
            String header,
            String wanted,
            String example,
            boolean httpsOnly,
            String consequence,
            String fix) {
        super(description);
        this.header = header;
        this.wanted = wanted;
        this.example = example;
        this.httpsOnly = httpsOnly;
        this.consequence = consequence;
        this.fix = fix;
    }

    /** Whether browsers read {@code value} as the protection the rule asks for. */
    abstract boolean accepts(String value);

    /** Whether another header that {@code config} sends gives the same protection; none by default. */
    boolean protectedOtherwise(EffectiveWebConfig config) {
        return false;
    }

    /** The URL Rewrite server variable that holds the response header {@code name}. */
    private static String serverVariable(String name) {
        return "RESPONSE_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * The value {@code config} gives the response header {@code name}: from a URL Rewrite outbound rule
     * that writes it on every response, else from {@code customHeaders}.
     */
    static Optional<String> headerValue(EffectiveWebConfig config, String name) {
        Optional<CollectionItem> rewrite = OutboundRewrite.setting(config, serverVariable(name), false);
        if (rewrite.isPresent()) {
            return Optional.of(OutboundRewrite.value(rewrite.get()));
        }
        return config.replay(CUSTOM_HEADERS, "add", CollectionKey.of("name"), List.of())
                .get(name)
                .map(entry -> entry.attribute("value").orElse(""));
    }

    @Override
    final void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        if (protectedOtherwise(config)) {
            return;
        }
        Optional<CollectionItem> rewrite = OutboundRewrite.setting(config, serverVariable(header), httpsOnly);
        if (rewrite.isPresent()) {
            String rule = rewrite.get().key();
            judge(
                    "system.webServer/rewrite/outboundRules/rule[@name='" + rule + "']/action/@value",
                    OutboundRewrite.value(rewrite.get()),
                    OutboundRewrite.valueLocation(rewrite.get()),
                    "Set <action type=\"Rewrite\" value=\"" + example + "\"/> in the URL Rewrite outbound rule \""
                            + rule + "\", which decides the header.",
                    findings);
            return;
        }
        EffectiveWebConfig.CollectionReplay headers =
                config.replay(CUSTOM_HEADERS, "add", CollectionKey.of("name"), List.of());
        Optional<CollectionItem> entry = headers.get(header);
        if (entry.isPresent()) {
            judge(
                    CUSTOM_HEADERS + "/add[@name='" + entry.get().key() + "']/@value",
                    entry.get().attribute("value").orElse(""),
                    entry.get().locationOf("value"),
                    fix,
                    findings);
            return;
        }
        Optional<SourceLocation> dropped = headers.droppedAt(header);
        if (dropped.isPresent()) {
            findings.add(
                    dropped.get(),
                    "Responses lack the " + header + " header: this <remove> or <clear> takes out the entry added"
                            + " before it, so " + consequence + ".",
                    "Keep the entry, or: " + fix);
        } else {
            findings.add(
                    config.anchor(CUSTOM_HEADERS),
                    "Responses lack the " + header + " header: no file adds it to customHeaders or writes it with"
                            + " a URL Rewrite outbound rule, so " + consequence + ".",
                    fix);
        }
    }

    /**
     * Reports a value the header takes that browsers do not read as the protection asked for.
     *
     * @param name where the value is written, as the message names it
     */
    private void judge(String name, String value, SourceLocation location, String valueFix, Findings findings) {
        if (findings.addUnresolvedToken(location, name, value, wanted)) {
            return;
        }
        if (!accepts(value)) {
            findings.add(
                    location, name + " is \"" + value + "\", not " + wanted + ", so " + consequence + ".", valueFix);
        }
    }
}
