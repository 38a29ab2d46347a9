package dev.hardening.bizagi.rules.auth;

import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.Optional;

/**
 * Requires one on/off authentication setting to hold the value Bizagi's guide asks for. A missing key
 * is a finding: the database value cannot be assumed; so is a placeholder left in the value.
 */
final class RequiredFlag extends AuthenticationRule {

    private final String key;
    private final boolean required;
    private final String consequence;

    /**
     * @param key the setting, such as {@code account.lockout.enabled}
     * @param required the value the guide asks for
     * @param passwordRule whether the rule applies only to Bizagi authentication
     * @param consequence what another value lets happen, with no full stop
     */
    RequiredFlag(RuleDescription description, String key, boolean required, boolean passwordRule, String consequence) {
        super(description, passwordRule);
        this.key = key;
        this.required = required;
        this.consequence = consequence;
    }

    @Override
    void check(AuthenticationSettings settings, Policy policy, Findings findings) {
        String fix = "Set " + key + "=" + required + " in " + settings.file() + ".";
        Optional<Setting> setting = settings.get(key);
        if (setting.isEmpty()) {
            findings.add(settings.top(), key + " is not declared, so it cannot be shown to be " + required + ".", fix);
            return;
        }
        String value = setting.get().value().strip();
        if (findings.addUnresolvedToken(setting.get().location(), key, value, String.valueOf(required))) {
            return;
        }
        Optional<Boolean> flag = Values.parseBoolean(value);
        if (flag.isEmpty()) {
            findings.add(
                    setting.get().location(), key + " is \"" + value + "\", which is neither true nor false.", fix);
        } else if (flag.get() != required) {
            findings.add(setting.get().location(), key + " is " + flag.get() + ": " + consequence + ".", fix);
        }
    }
}
