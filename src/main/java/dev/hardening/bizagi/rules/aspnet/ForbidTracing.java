package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Severity;

/**
 * Forbids {@code system.web/trace/@enabled="true"}: the trace viewer ({@code trace.axd}) shows request
 * headers, cookies and session state. Absent, ASP.NET uses false.
 *
 * <p>Sources: CIS IIS 10 3.5; CWE-215.
 */
public final class ForbidTracing extends BooleanAttributeRule {

    public ForbidTracing() {
        super(
                RuleDescription.rule("ASPNET-TRACE-OFF", "ASP.NET tracing is off")
                        .severity(Severity.ERROR)
                        .build(),
                "system.web/trace",
                "enabled",
                false,
                false,
                "trace.axd shows request headers, cookies and session state",
                "Set <trace enabled=\"false\"/> in <system.web>, or remove the <trace> element.");
    }
}
