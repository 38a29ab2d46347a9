package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;

/**
 * Forbids {@code system.web/compilation/@debug="true"}: debug builds put source details in error pages
 * and switch off request time-outs. Absent, ASP.NET uses false.
 *
 * <p>Sources: CIS IIS 10 3.2; CWE-489.
 */
public final class ForbidDebugCompilation extends BooleanAttributeRule {

    public ForbidDebugCompilation() {
        super(
                RuleDescription.rule("ASPNET-DEBUG-OFF", "Pages are not compiled in debug mode")
                        .severity(Severity.ERROR)
                        .build(),
                "system.web/compilation",
                "debug",
                false,
                false,
                "pages are compiled with debug information, which error pages and time-outs expose",
                "Set <compilation debug=\"false\"/> in <system.web>, or remove the debug attribute.");
    }
}
