package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.CollectionItem;
import dev.hardening.bizagi.model.CollectionKey;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.List;
import java.util.Optional;

/**
 * Requires request filtering to deny the {@code TRACE} verb: an {@code <add verb="TRACE"
 * allowed="false"/>} left in {@code system.webServer/security/requestFiltering/verbs} once every
 * {@code add}, {@code remove} and {@code clear} is replayed, or {@code verbs/@allowUnlisted="false"} with
 * no entry allowing it. Verbs compare with regard to case, as the IIS schema declares, so an entry for
 * {@code trace} does not deny {@code TRACE}. See the description for sources and limitations.
 */
public final class DenyTraceVerb extends WebConfigRule {

    private static final String VERBS = "system.webServer/security/requestFiltering/verbs";
    private static final String VERB = "TRACE";
    private static final String FIX = "Add <add verb=\"TRACE\" allowed=\"false\"/> to"
            + " <system.webServer><security><requestFiltering><verbs>.";

    public DenyTraceVerb() {
        super(RuleDescription.rule("IIS-TRACE-VERB", "Request filtering denies the TRACE verb")
                .cis("4.6")
                .cwe(693)
                .seeAlso(
                        "IIS configuration reference, <verbs>"
                                + " (https://learn.microsoft.com/iis/configuration/system.webserver/security/requestfiltering/verbs/)",
                        "OWASP WSTG-CONF-06, Test HTTP Methods")
                .why("""
                        TRACE echoes the request back, headers included; combined with a script injection it \
                        lets a page read cookies and authorization headers that HttpOnly would hide (cross-site \
                        tracing). The portal never needs it.""")
                .fix("""
                        Add <add verb="TRACE" allowed="false" /> to \
                        <system.webServer><security><requestFiltering><verbs>, or set \
                        <verbs allowUnlisted="false"> and list only the verbs the portal uses (GET, POST, \
                        HEAD, ...).""")
                .whenAbsent("Request filtering allows every verb (verbs allowUnlisted=\"true\", no entries).")
                .limitation("""
                        applicationHost.config can deny TRACE for the whole server; that file is not in the \
                        package, so a verb denied only there is reported here too.""")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        EffectiveWebConfig.CollectionReplay replay =
                config.replay(VERBS, "add", CollectionKey.caseSensitive("verb"), List.of());
        Optional<CollectionItem> entry = replay.get(VERB);
        if (entry.isPresent()) {
            judgeEntry(entry.get(), findings);
            return;
        }
        Optional<Setting> unlisted = config.attribute(VERBS, "allowUnlisted");
        if (unlisted.isPresent()) {
            String name = VERBS + "/@allowUnlisted";
            if (findings.addUnresolvedToken(
                    unlisted.get().location(), name, unlisted.get().value(), "false")) {
                return;
            }
            Optional<Boolean> value = Values.parseBoolean(unlisted.get().value());
            if (value.isEmpty()) {
                findings.add(
                        unlisted.get().location(),
                        notBoolean(name, unlisted.get().value()),
                        FIX);
                return;
            }
            if (!value.get()) {
                return;
            }
        }
        String otherCase = replay.items().stream()
                .filter(item -> item.key().equalsIgnoreCase(VERB))
                .findFirst()
                .map(item -> " (verbs compare with regard to case: the entry for \"" + item.key()
                        + "\" does not cover TRACE)")
                .orElse("");
        Optional<SourceLocation> dropped = replay.droppedAt(VERB);
        if (dropped.isPresent()) {
            findings.add(
                    dropped.get(),
                    "Request filtering allows TRACE: this <" + removal(dropped.get()) + "> takes out the entry"
                            + " that denied it" + otherCase + ".",
                    "Keep the entry that denies TRACE, or: " + FIX);
        } else {
            findings.add(
                    config.anchor(VERBS),
                    "Request filtering allows TRACE: no <add verb=\"TRACE\" allowed=\"false\"/> is in " + VERBS
                            + " and unlisted verbs are allowed" + otherCase + ".",
                    FIX);
        }
    }

    private static void judgeEntry(CollectionItem entry, Findings findings) {
        String name = VERBS + "/add[@verb='TRACE']/@allowed";
        Optional<String> allowed = entry.attribute("allowed");
        if (allowed.isEmpty()) {
            findings.add(
                    entry.location(),
                    "Request filtering does not deny TRACE: its <add verb=\"TRACE\"> does not say"
                            + " allowed=\"false\".",
                    "Write <add verb=\"TRACE\" allowed=\"false\"/>.");
            return;
        }
        SourceLocation at = entry.locationOf("allowed");
        if (findings.addUnresolvedToken(at, name, allowed.get(), "false")) {
            return;
        }
        Optional<Boolean> value = Values.parseBoolean(allowed.get());
        if (value.isEmpty()) {
            findings.add(at, notBoolean(name, allowed.get()), "Write <add verb=\"TRACE\" allowed=\"false\"/>.");
        } else if (value.get()) {
            findings.add(
                    at,
                    name + " is true: request filtering lets TRACE through, which echoes requests back, headers"
                            + " and cookies included.",
                    "Write <add verb=\"TRACE\" allowed=\"false\"/>.");
        }
    }

    /** {@code remove} or {@code clear}, read from the xpath of the element that dropped the entry. */
    private static String removal(SourceLocation dropped) {
        return dropped.xpath().matches(".*/clear(\\[[0-9]+])?") ? "clear" : "remove";
    }
}
