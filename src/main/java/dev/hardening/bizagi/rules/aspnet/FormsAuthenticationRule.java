package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Set;

/**
 * A rule on {@code system.web/authentication/forms}, judged only where the effective
 * {@code system.web/authentication/@mode} is {@code Forms}: under the other modes ASP.NET issues no
 * forms authentication ticket and the element has no effect. The mode is read exactly, as .NET reads
 * enumerations ({@code Windows}, {@code Forms}, {@code Passport} or {@code None}; {@code Windows} when
 * no file sets it). A mode ASP.NET refuses, or an unresolved token in its place, is reported by
 * {@code ASPNET-FORMS-SSL} alone, so that one mistake makes one finding; the other forms rules pass
 * such a path by.
 *
 * <p>Sources: "authentication Element (ASP.NET Settings Schema)", learn.microsoft.com (modes; default
 * Windows); .NET Framework reference source, {@code FormsAuthenticationConfiguration} (the forms
 * attributes and their defaults).
 *
 * <p>Limitations: in the description of each rule built on this class.
 */
abstract class FormsAuthenticationRule extends WebConfigRule {

    static final String AUTHENTICATION = "system.web/authentication";
    static final String FORMS = "system.web/authentication/forms";

    /** What every forms rule cannot see, for their descriptions. */
    static final String JUDGED_AS_WRITTEN = "Judged only where `<authentication mode=\"Forms\">` is in force;"
            + " ASP.NET accepts the `<authentication>` section only at an application's root, and a sub-folder or"
            + " `<location>` path that sets it is judged as written, not refused as ASP.NET refuses it.";

    /** The {@code AuthenticationMode} values, spelled as .NET accepts them. */
    private static final Set<String> MODES = Set.of("Windows", "Forms", "Passport", "None");

    private static final String MODE_FIX =
            "Set <authentication mode=\"Forms\"> (or Windows, Passport, None, spelled exactly) in <system.web>.";

    private final boolean reportsMode;

    /** @param reportsMode whether this rule reports a mode ASP.NET refuses */
    FormsAuthenticationRule(RuleDescription description, boolean reportsMode) {
        super(description);
        this.reportsMode = reportsMode;
    }

    @Override
    final void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        if (formsMode(config, reportsMode ? findings : new Findings(this))) {
            checkForms(config, findings);
        }
    }

    /** Records in {@code findings} what the {@code <forms>} settings of {@code config} lack. */
    abstract void checkForms(EffectiveWebConfig config, Findings findings);

    /**
     * Whether ASP.NET authenticates with forms at {@code config}'s path. A mode it refuses, or an
     * unresolved token, is recorded in {@code findings} and is not {@code Forms}.
     */
    static boolean formsMode(EffectiveWebConfig config, Findings findings) {
        return readEnumeration(
                        config,
                        AUTHENTICATION,
                        "mode",
                        MODES,
                        "Windows",
                        "Windows, Forms, Passport or None",
                        MODE_FIX,
                        findings)
                .filter("Forms"::equals)
                .isPresent();
    }
}
