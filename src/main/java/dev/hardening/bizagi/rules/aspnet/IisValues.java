package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads {@code system.webServer} attributes as the IIS configuration system reads them: enumeration and
 * flag names in any case, flags joined by commas, unsigned whole numbers in decimal. A value IIS would
 * refuse makes it answer every request to the path with HTTP 500.19, so it is a finding, never a pass;
 * so is an unresolved token. Each reader returns the value in force (the schema's default when no file
 * sets the attribute), or empty when it recorded a finding instead.
 */
final class IisValues {

    /** The largest value of an IIS {@code uint} attribute. */
    private static final long UINT_MAX = 4_294_967_295L;

    private IisValues() {}

    /**
     * Reads an enumeration attribute.
     *
     * @param allowed the names the schema declares, spelled as the schema spells them
     * @param wanted what the rule accepts, for the finding on a token, such as {@code Custom}
     * @return the value in force, spelled as in {@code allowed}
     */
    static Optional<String> enumeration(
            EffectiveWebConfig config,
            String sectionPath,
            String attribute,
            List<String> allowed,
            String frameworkDefault,
            String wanted,
            String fix,
            Findings findings) {
        Optional<Setting> setting = config.attribute(sectionPath, attribute);
        if (setting.isEmpty()) {
            return Optional.of(frameworkDefault);
        }
        String name = sectionPath + "/@" + attribute;
        String value = setting.get().value();
        if (findings.addUnresolvedToken(setting.get().location(), name, value, wanted)) {
            return Optional.empty();
        }
        Optional<String> known = named(value.strip(), allowed);
        if (known.isEmpty()) {
            findings.add(setting.get().location(), refused(name, value, "one of " + String.join(", ", allowed)), fix);
        }
        return known;
    }

    /**
     * Reads a flags attribute: names joined by commas, spaces around them ignored.
     *
     * @param allowed the flag names the schema declares
     * @param frameworkDefault the flags in force when no file sets the attribute
     * @return the flags in force, spelled and ordered as in {@code allowed}
     */
    static Optional<Set<String>> flags(
            EffectiveWebConfig config,
            String sectionPath,
            String attribute,
            List<String> allowed,
            List<String> frameworkDefault,
            String wanted,
            String fix,
            Findings findings) {
        Optional<Setting> setting = config.attribute(sectionPath, attribute);
        if (setting.isEmpty()) {
            return Optional.of(new LinkedHashSet<>(frameworkDefault));
        }
        String name = sectionPath + "/@" + attribute;
        String value = setting.get().value();
        if (findings.addUnresolvedToken(setting.get().location(), name, value, wanted)) {
            return Optional.empty();
        }
        Set<String> flags = new LinkedHashSet<>();
        for (String part : value.split(",", -1)) {
            Optional<String> flag = named(part.strip(), allowed);
            if (flag.isEmpty()) {
                findings.add(
                        setting.get().location(),
                        refused(name, value, "flags among " + String.join(", ", allowed) + ", joined by commas"),
                        fix);
                return Optional.empty();
            }
            flags.add(flag.get());
        }
        Set<String> ordered = new LinkedHashSet<>(allowed);
        ordered.retainAll(flags);
        return Optional.of(ordered);
    }

    /** Reads an unsigned whole-number ({@code uint}) attribute; empty also when no file sets it. */
    static OptionalLong unsigned(
            EffectiveWebConfig config,
            String sectionPath,
            String attribute,
            String wanted,
            String fix,
            Findings findings) {
        Optional<Setting> setting = config.attribute(sectionPath, attribute);
        if (setting.isEmpty()) {
            return OptionalLong.empty();
        }
        String name = sectionPath + "/@" + attribute;
        String value = setting.get().value();
        if (findings.addUnresolvedToken(setting.get().location(), name, value, wanted)) {
            return OptionalLong.empty();
        }
        String digits = value.strip();
        if (!digits.matches("[0-9]{1,10}") || Long.parseLong(digits) > UINT_MAX) {
            findings.add(
                    setting.get().location(),
                    refused(name, value, "a whole number from 0 to " + UINT_MAX + " in decimal digits"),
                    fix);
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }

    /**
     * Reports that the value in force at {@code sectionPath/@attribute} falls short: at the attribute when a
     * file sets it, else where it belongs, naming the default.
     *
     * @param value the value in force, as the message shows it
     * @param consequence what it lets happen, with no full stop
     */
    static void report(
            EffectiveWebConfig config,
            String sectionPath,
            String attribute,
            String value,
            String consequence,
            String fix,
            Findings findings) {
        String name = sectionPath + "/@" + attribute;
        Optional<Setting> stated = config.attribute(sectionPath, attribute);
        if (stated.isPresent()) {
            findings.add(stated.get().location(), name + " is " + value + ": " + consequence + ".", fix);
        } else {
            findings.add(
                    config.anchor(sectionPath),
                    name + " is not set, so the default " + value + " applies: " + consequence + ".",
                    fix);
        }
    }

    private static Optional<String> named(String value, List<String> allowed) {
        return allowed.stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    private static String refused(String name, String value, String takes) {
        return name + " is \"" + value + "\", which IIS does not accept (it takes " + takes + "), so it answers"
                + " every request with HTTP 500.19.";
    }
}
