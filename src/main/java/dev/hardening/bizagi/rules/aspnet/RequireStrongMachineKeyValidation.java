package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Requires {@code system.web/machineKey/@validation} to be HMACSHA256 or stronger. The value is read as
 * .NET's {@code MachineKeyValidationConverter} reads it: the names spelled exactly, or {@code alg:}
 * and a cryptography algorithm name. The description holds the sources and limitations.
 */
public final class RequireStrongMachineKeyValidation extends WebConfigRule {

    private static final String SECTION = "system.web/machineKey";
    private static final String NAME = SECTION + "/@validation";
    private static final Set<String> STRONG = Set.of("HMACSHA256", "HMACSHA384", "HMACSHA512");
    private static final Set<String> WEAK = Set.of("MD5", "SHA1", "3DES", "AES");
    private static final String CUSTOM = "alg:";

    private static final String FIX = "Set <machineKey validation=\"HMACSHA256\"/> (or HMACSHA384, HMACSHA512) in"
            + " <system.web>, or remove the validation attribute.";

    public RequireStrongMachineKeyValidation() {
        super(RuleDescription.rule(
                        "ASPNET-MACHINEKEY-VALIDATION", "Protected data is signed with HMACSHA256 or stronger")
                .cis("3.9")
                .cwe(327, 328)
                .seeAlso(
                        "DISA IIS 10.0 Site STIG V-218807",
                        "\"machineKey Element (ASP.NET Settings Schema)\", learn.microsoft.com",
                        ".NET Framework reference source, MachineKeyValidationConverter (SHA1, MD5, 3DES, AES,"
                                + " HMACSHA256, HMACSHA384, HMACSHA512 spelled exactly, or alg:<name>)")
                .why("The validation algorithm signs ViewState, forms authentication and role tickets and other"
                        + " data ASP.NET hands to the browser. MD5 and SHA1 (which 3DES and AES also select for"
                        + " signing) are broken or weak hash functions, which makes forging those tokens easier.")
                .fix("<system.web>\n  <machineKey validation=\"HMACSHA256\" />\n</system.web>")
                .whenAbsent("HMACSHA256 (ASP.NET 4.0 and later), which passes.")
                .limitation("A custom alg:<name> passes only when it names HMACSHA256, HMACSHA384 or HMACSHA512;"
                        + " any other custom algorithm is reported, as the check cannot judge it.")
                .limitation("A machineKey section encrypted with protected configuration shows no attributes, so"
                        + " its validation algorithm is taken as the default.")
                .limitation("machine.config and the root web.config, which may set the algorithm for every site,"
                        + " are outside the package.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        Optional<Setting> setting = config.attribute(SECTION, "validation");
        if (setting.isEmpty()) {
            return;
        }
        String value = setting.get().value();
        if (findings.addUnresolvedToken(setting.get().location(), NAME, value, "HMACSHA256 or stronger")
                || STRONG.contains(value)) {
            return;
        }
        if (WEAK.contains(value)) {
            findings.add(setting.get().location(), NAME + " is " + value + ": " + weakness(value) + ".", FIX);
        } else if (value.startsWith(CUSTOM)) {
            String algorithm = value.substring(CUSTOM.length()).strip();
            if (!STRONG.contains(algorithm.toUpperCase(Locale.ROOT))) {
                findings.add(
                        setting.get().location(),
                        NAME + " names the custom algorithm \"" + algorithm
                                + "\", which the check cannot show to be HMACSHA256 or stronger.",
                        FIX);
            }
        } else {
            findings.add(
                    setting.get().location(),
                    NAME + " is \"" + value + "\", which ASP.NET does not accept (it takes 3DES, AES, HMACSHA256,"
                            + " HMACSHA384, HMACSHA512, MD5, SHA1, spelled exactly, or alg:<name>) and refuses to"
                            + " run.",
                    FIX);
        }
    }

    /** What signing under {@code validation}, one of {@link #WEAK}, leaves open. */
    private static String weakness(String validation) {
        String data = "ViewState, forms tickets and other data ASP.NET hands out";
        String signed = validation.equals("MD5")
                ? data + " are signed with HMACMD5"
                : validation.equals("SHA1")
                        ? data + " are signed with HMACSHA1"
                        : "this legacy value has " + data + " signed with HMACSHA1";
        return signed + ", a weaker hash than HMACSHA256, which makes them easier to forge";
    }
}
