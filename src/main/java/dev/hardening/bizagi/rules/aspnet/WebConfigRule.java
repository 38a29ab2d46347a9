package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.AbstractRule;
import dev.hardening.bizagi.rules.Finding;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** A rule judged on the effective configuration of every folder that holds a web.config. */
abstract class WebConfigRule extends AbstractRule {

    WebConfigRule(RuleDescription description) {
        super(description);
    }

    /**
     * Judges every path, folders before the {@code <location>} paths below them. A finding a path
     * shares with a path judged earlier (same place, same message) is reported once; one that only a
     * {@code <location>} path has names that path.
     */
    @Override
    public final List<Finding> check(Deployment deployment, Policy policy) {
        Findings findings = new Findings(this);
        Set<List<Object>> reported = new HashSet<>();
        for (EffectiveWebConfig config : deployment.webConfigs()) {
            Findings atPath = new Findings(this);
            check(config, deployment, policy, atPath);
            for (Finding finding : atPath.list()) {
                if (reported.add(List.of(finding.location(), finding.message()))) {
                    String message = config.locationLabel().isEmpty()
                            ? finding.message()
                            : "At " + config.locationLabel() + ": " + finding.message();
                    findings.add(finding.location(), message, finding.fix());
                }
            }
        }
        return findings.list();
    }

    /** Records in {@code findings} what {@code config} lacks. */
    abstract void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings);

    /**
     * Requires a boolean attribute to hold {@code required}, reading it as .NET does; an unresolved
     * token is a finding of its own.
     *
     * @param frameworkDefault the value ASP.NET or IIS uses when no file sets the attribute
     * @param consequence what the wrong value lets happen, ending without a full stop
     * @param fix the change to make
     */
    static void requireBoolean(
            EffectiveWebConfig config,
            String sectionPath,
            String attribute,
            boolean required,
            boolean frameworkDefault,
            String consequence,
            String fix,
            Findings findings) {
        Optional<Boolean> value =
                readBoolean(config, sectionPath, attribute, frameworkDefault, String.valueOf(required), fix, findings);
        if (value.isEmpty() || value.get() == required) {
            return;
        }
        String name = sectionPath + "/@" + attribute;
        Optional<Setting> stated = config.attribute(sectionPath, attribute);
        if (stated.isPresent()) {
            findings.add(stated.get().location(), name + " is " + value.get() + ": " + consequence + ".", fix);
        } else {
            findings.add(
                    config.anchor(sectionPath),
                    name + " is not set, so the default " + frameworkDefault + " applies: " + consequence + ".",
                    fix);
        }
    }

    /**
     * Reads a boolean attribute as .NET does (true or false in any case), recording a finding when the
     * written value is an unresolved token or not a boolean, which .NET refuses.
     *
     * @param wanted what the rule needs the value to be, for the finding on a token, such as {@code true}
     * @return the value in force: the written one if valid, else empty; {@code frameworkDefault} when
     *     no file sets it
     */
    static Optional<Boolean> readBoolean(
            EffectiveWebConfig config,
            String sectionPath,
            String attribute,
            boolean frameworkDefault,
            String wanted,
            String fix,
            Findings findings) {
        Optional<Setting> setting = config.attribute(sectionPath, attribute);
        if (setting.isEmpty()) {
            return Optional.of(frameworkDefault);
        }
        String name = sectionPath + "/@" + attribute;
        if (findings.addUnresolvedToken(
                setting.get().location(), name, setting.get().value(), wanted)) {
            return Optional.empty();
        }
        Optional<Boolean> value = Values.parseBoolean(setting.get().value());
        if (value.isEmpty()) {
            findings.add(
                    setting.get().location(), notBoolean(name, setting.get().value()), fix);
        }
        return value;
    }

    /**
     * Requires an enumeration attribute to hold a value {@code accepted} takes, reading it as .NET
     * does (see {@link #readEnumeration}); a value in force that it refuses, written or the framework's
     * default, is a finding at the attribute, or where the missing attribute belongs.
     *
     * @param consequence what a refused value lets happen, with no full stop
     */
    static void requireEnumeration(
            EffectiveWebConfig config,
            String sectionPath,
            String attribute,
            Set<String> allowed,
            String frameworkDefault,
            String wanted,
            Predicate<String> accepted,
            Function<String, String> consequence,
            String fix,
            Findings findings) {
        Optional<String> value =
                readEnumeration(config, sectionPath, attribute, allowed, frameworkDefault, wanted, fix, findings);
        if (value.isEmpty() || accepted.test(value.get())) {
            return;
        }
        String name = sectionPath + "/@" + attribute;
        Optional<Setting> stated = config.attribute(sectionPath, attribute);
        if (stated.isPresent()) {
            findings.add(
                    stated.get().location(),
                    name + " is " + value.get() + ": " + consequence.apply(value.get()) + ".",
                    fix);
        } else {
            findings.add(
                    config.anchor(sectionPath),
                    name + " is not set, so the default " + value.get() + " applies: " + consequence.apply(value.get())
                            + ".",
                    fix);
        }
    }

    /**
     * Reads an enumeration attribute exactly as .NET does (case and spelling must match), recording a
     * finding when the written value is an unresolved token or none of {@code allowed}.
     *
     * @param wanted the values the rule accepts, for the finding on a token, such as {@code Always}
     * @return the value in force: the written one if valid, else empty; {@code frameworkDefault} when
     *     no file sets it
     */
    static Optional<String> readEnumeration(
            EffectiveWebConfig config,
            String sectionPath,
            String attribute,
            Set<String> allowed,
            String frameworkDefault,
            String wanted,
            String fix,
            Findings findings) {
        Optional<Setting> setting = config.attribute(sectionPath, attribute);
        if (setting.isEmpty()) {
            return Optional.of(frameworkDefault);
        }
        String value = setting.get().value();
        if (findings.addUnresolvedToken(setting.get().location(), sectionPath + "/@" + attribute, value, wanted)) {
            return Optional.empty();
        }
        if (!allowed.contains(value)) {
            findings.add(
                    setting.get().location(),
                    sectionPath + "/@" + attribute + " is \"" + value + "\", which ASP.NET does not accept (it takes "
                            + String.join(", ", allowed.stream().sorted().toList())
                            + ", spelled exactly) and refuses to run.",
                    fix);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    static String notBoolean(String name, String value) {
        return name + " is \"" + value + "\", which .NET does not read as true or false, so the application fails"
                + " to start.";
    }
}
