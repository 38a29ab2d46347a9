package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

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
                        .cis("3.5")
                        .cwe(215)
                        .seeAlso("DevSkim DS450002")
                        .why("With tracing on, trace.axd lists recent requests with their headers, cookies, form"
                                + " values and session state, session ids and credentials included.")
                        .fix("""
                                Turn tracing off in `<system.web>`, or remove the `<trace>` element:

                                <system.web>
                                  <trace enabled="false" />
                                </system.web>
                                """)
                        .whenAbsent("ASP.NET uses false.")
                        .limitation("trace/@localOnly is not weighed: tracing that answers local requests only is"
                                + " reported too.")
                        .limitation("A page's own `Trace=\"true\"` directive is in the .aspx files, which are not"
                                + " read.")
                        .build(),
                "system.web/trace",
                "enabled",
                false,
                false,
                "trace.axd shows request headers, cookies and session state",
                "Set <trace enabled=\"false\"/> in <system.web>, or remove the <trace> element.");
    }
}
