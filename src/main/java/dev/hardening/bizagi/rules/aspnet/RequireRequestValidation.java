package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires {@code system.web/pages/@validateRequest} to stay true. The description holds the sources and
 * limitations.
 */
public final class RequireRequestValidation extends BooleanAttributeRule {

    public RequireRequestValidation() {
        super(
                RuleDescription.rule("ASPNET-VALIDATE-REQUEST", "Pages validate requests for markup and script")
                        .cwe(79, 554)
                        .seeAlso(
                                "Security Code Scan SCS0021 (Request Validation Disabled, configuration file)",
                                "Puma Scan SEC0012 (Pages ValidateRequest Disabled)",
                                "CodeQL cs/web/request-validation-disabled",
                                "\"pages Element (ASP.NET Settings Schema)\", learn.microsoft.com")
                        .why("Request validation refuses form fields, query strings and cookies that hold markup"
                                + " or script before a page reads them. It does not stop every cross-site"
                                + " scripting attack, but turned off it leaves every page that echoes input"
                                + " without encoding open to the common ones.")
                        .fix("<system.web>\n  <pages validateRequest=\"true\" />\n</system.web>")
                        .whenAbsent("true, which passes.")
                        .limitation("Under requestValidationMode 4.0 or later ASP.NET validates requests before"
                                + " the page runs whatever this says; false is still reported, since it takes"
                                + " effect as soon as the mode drops below 4.0 (see ASPNET-REQUEST-VALIDATION-MODE).")
                        .limitation("ValidateRequest=\"false\" in a page's @Page directive, and per-control"
                                + " ValidateRequestMode, are in the pages, not in web.config, and are not seen.")
                        .build(),
                "system.web/pages",
                "validateRequest",
                true,
                true,
                "pages accept form fields, query strings and cookies that hold markup or script",
                "Set <pages validateRequest=\"true\"/> in <system.web>, or remove the attribute.");
    }
}
