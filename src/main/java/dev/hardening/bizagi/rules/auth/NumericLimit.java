package dev.hardening.bizagi.rules.auth;

import dev.hardening.bizagi.model.AuthenticationSettings;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;

/**
 * Requires one numeric authentication setting to be a whole number no lower than 1 and within the
 * policy's limit, which users set by a {@code bizagi.hardening.*} property. A missing key is a finding,
 * and so is a placeholder left in the value.
 */
final class NumericLimit extends AuthenticationRule {

    /** Which side of the limit is allowed. */
    enum Bound {
        AT_MOST,
        AT_LEAST
    }

    private final String key;
    private final Bound bound;
    private final ToIntFunction<Policy> limit;
    private final String unit;

    /**
     * @param key the setting, such as {@code password.minLength}
     * @param bound whether values above or below the limit fall short
     * @param limit reads the limit from the policy
     * @param unit what the number counts, such as {@code days}
     */
    NumericLimit(RuleDescription description, String key, Bound bound, ToIntFunction<Policy> limit, String unit) {
        super(description, true);
        this.key = key;
        this.bound = bound;
        this.limit = limit;
        this.unit = unit;
    }

    @Override
    void check(AuthenticationSettings settings, Policy policy, Findings findings) {
        int allowed = limit.applyAsInt(policy);
        String fix = "Set " + key + "=" + allowed + " in " + settings.file() + ".";
        String wanted = (bound == Bound.AT_MOST ? "at most " : "at least ") + allowed + " " + unit;
        Optional<Setting> setting = settings.get(key);
        if (setting.isEmpty()) {
            findings.add(settings.top(), key + " is not declared; the policy asks for " + wanted + ".", fix);
            return;
        }
        String value = setting.get().value().strip();
        if (findings.addUnresolvedToken(setting.get().location(), key, value, wanted)) {
            return;
        }
        OptionalInt number = Values.parseInt(value);
        if (number.isEmpty() || number.getAsInt() < 1) {
            findings.add(
                    setting.get().location(),
                    key + " is \"" + value + "\", not a whole number of 1 or more; the policy asks for " + wanted + ".",
                    fix);
            return;
        }
        int actual = number.getAsInt();
        boolean within = bound == Bound.AT_MOST ? actual <= allowed : actual >= allowed;
        if (!within) {
            findings.add(
                    setting.get().location(),
                    key + " is " + actual + " " + unit + "; the policy asks for " + wanted + ".",
                    fix);
        }
    }
}
