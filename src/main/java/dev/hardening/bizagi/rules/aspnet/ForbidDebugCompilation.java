package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

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
                        .cis("3.2")
                        .cwe(11, 489)
                        .seeAlso("Puma Scan SEC0001", "DevSkim DS450003", "CodeQL cs/web/debug-binary")
                        .why("Pages compiled in debug mode carry debug symbols, put source file names and lines in"
                                + " error pages, and run without request time-outs, which both tells attackers"
                                + " about the code and makes the server easier to tie up.")
                        .fix("""
                                Turn debug compilation off in `<system.web>`, or remove the attribute:

                                <system.web>
                                  <compilation debug="false" />
                                </system.web>
                                """)
                        .whenAbsent("ASP.NET uses false.")
                        .limitation("A page's own `Debug=\"true\"` directive is in the .aspx files, which are not"
                                + " read.")
                        .build(),
                "system.web/compilation",
                "debug",
                false,
                false,
                "pages are compiled with debug information, which error pages and time-outs expose",
                "Set <compilation debug=\"false\"/> in <system.web>, or remove the debug attribute.");
    }
}
