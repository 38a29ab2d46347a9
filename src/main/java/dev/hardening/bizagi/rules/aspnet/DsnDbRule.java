package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.CollectionItem;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;

/**
 * A rule judged on the {@code DSNDB} appSetting, the connection string with which the Work Portal
 * reaches Bizagi's database. The key is read as .NET reads {@code appSettings} (case ignored, last
 * {@code add} wins, {@code remove} and {@code clear} count); a configuration without it is not judged,
 * since the connection string may be kept elsewhere.
 */
abstract class DsnDbRule extends WebConfigRule {

    /** The key Bizagi reads its connection string from. */
    static final String KEY = "DSNDB";

    DsnDbRule(RuleDescription description) {
        super(description);
    }

    @Override
    final void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        for (CollectionItem item : config.collection("appSettings", "add", "key", List.of())) {
            if (item.key().equalsIgnoreCase(KEY)) {
                check(item.attribute("value").orElse(""), item.locationOf("value"), findings);
            }
        }
    }

    /**
     * Records in {@code findings} what the connection string {@code value}, written at {@code at},
     * lacks. Messages never show a password.
     */
    abstract void check(String value, SourceLocation at, Findings findings);
}
