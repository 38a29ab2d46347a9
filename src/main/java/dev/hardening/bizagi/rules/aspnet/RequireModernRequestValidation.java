package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.Setting;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Requires {@code system.web/httpRuntime/@requestValidationMode} to be 4.0 or later, so that request
 * validation covers every request, not only pages. The description holds the sources and limitations.
 */
public final class RequireModernRequestValidation extends WebConfigRule {

    private static final String SECTION = "system.web/httpRuntime";
    private static final String NAME = SECTION + "/@requestValidationMode";

    /** A {@code System.Version} as .NET parses one: two to four whole numbers separated by dots. */
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+){1,3}");

    private static final String FIX =
            "Set <httpRuntime requestValidationMode=\"4.5\"/> in <system.web>, or remove the attribute.";

    public RequireModernRequestValidation() {
        super(RuleDescription.rule(
                        "ASPNET-REQUEST-VALIDATION-MODE", "Request validation covers every request, not only pages")
                .cwe(79, 554)
                .seeAlso(
                        "Security Code Scan SCS0030 (Request validation is enabled only for pages)",
                        "\"httpRuntime Element (ASP.NET Settings Schema)\", learn.microsoft.com",
                        "HttpRuntimeSection.RequestValidationMode, learn.microsoft.com (a version; below 4.0 the"
                                + " ASP.NET 2.0 behaviour)")
                .why("A requestValidationMode below 4.0 brings back ASP.NET 2.0's request validation: only .aspx"
                        + " pages are checked, so web services, handlers and modules read markup and script"
                        + " unchecked, and pages/@validateRequest=\"false\" switches the check off for pages as"
                        + " well.")
                .fix("<system.web>\n  <httpRuntime requestValidationMode=\"4.5\" />\n</system.web>")
                .whenAbsent("4.0, or 4.5 when httpRuntime/@targetFramework is 4.5 or later, which passes.")
                .limitation("Code that reads Request.Unvalidated, or handlers that opt out of validation, are"
                        + " not seen.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        Optional<Setting> mode = config.attribute(SECTION, "requestValidationMode");
        if (mode.isEmpty()) {
            return;
        }
        String value = mode.get().value();
        if (findings.addUnresolvedToken(mode.get().location(), NAME, value, "4.0 or later")) {
            return;
        }
        String version = value.strip();
        if (!VERSION.matcher(version).matches()) {
            findings.add(
                    mode.get().location(),
                    NAME + " is \"" + value + "\", which is not a version such as 4.5, so ASP.NET refuses to run.",
                    FIX);
        } else if (major(version) < 4) {
            findings.add(
                    mode.get().location(),
                    NAME + " is " + version + ": only pages validate requests, so web services and handlers"
                            + " read markup and script unchecked.",
                    FIX);
        }
    }

    /** The major number of {@code version}, which {@link #VERSION} matches; large ones count as large. */
    private static long major(String version) {
        String major = version.substring(0, version.indexOf('.'));
        return major.length() > 9 ? Long.MAX_VALUE : Long.parseLong(major);
    }
}
