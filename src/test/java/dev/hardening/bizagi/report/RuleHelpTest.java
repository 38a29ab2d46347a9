package dev.hardening.bizagi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.RuleDescription;
import org.junit.jupiter.api.Test;

/** The help a code-scanning page shows beside an alert, from every part of a rule's description. */
class RuleHelpTest {

    private static final String PAGE = "https://example.org/docs/rules/ASPNET-COOKIES-HTTPONLY.md";

    private static final RuleDescription DESCRIBED = RuleDescription.rule(
                    "ASPNET-COOKIES-HTTPONLY", "Cookies are HttpOnly")
            .bizagi(GuideLevel.INTERMEDIATE, "part 2, cookies")
            .cis("3.7")
            .cwe(1004)
            .seeAlso("ZAP 10010")
            .why("Script in the page can read a cookie that lacks HttpOnly.")
            .fix("<httpCookies httpOnlyCookies=\"true\" />")
            .whenAbsent("ASP.NET sends cookies without HttpOnly.")
            .limitation("Cookies a page sets in code are not seen.")
            .build();

    @Test
    void textHasEveryPartInOrder() {
        assertEquals("""
                Cookies are HttpOnly.

                Why: Script in the page can read a cookie that lacks HttpOnly.

                Fix: <httpCookies httpOnlyCookies="true" />

                When absent: ASP.NET sends cookies without HttpOnly.

                Limitations:
                - Cookies a page sets in code are not seen.

                References: Bizagi hardening guide: part 2, cookies; CIS Microsoft IIS 10 Benchmark 3.7; CWE-1004;\
                 ZAP 10010

                Documentation: https://example.org/docs/rules/ASPNET-COOKIES-HTTPONLY.md""", RuleHelp.text(DESCRIBED, PAGE));
    }

    @Test
    void markdownKeepsTheFixXmlInACodeBlockAndEscapesProse() {
        assertEquals("""
                **Cookies are HttpOnly**

                ### Why

                Script in the page can read a cookie that lacks HttpOnly.

                ### Fix

                ```
                <httpCookies httpOnlyCookies="true" />
                ```

                ### When absent

                ASP.NET sends cookies without HttpOnly.

                ### Limitations

                - Cookies a page sets in code are not seen.

                ### References

                - Bizagi hardening guide: part 2, cookies
                - CIS Microsoft IIS 10 Benchmark 3.7
                - CWE-1004
                - ZAP 10010

                [Rule documentation](https://example.org/docs/rules/ASPNET-COOKIES-HTTPONLY.md)""", RuleHelp.markdown(DESCRIBED, PAGE));
    }

    @Test
    void undescribedRuleStillNamesItsTitleAndPage() {
        RuleDescription bare = RuleDescription.rule("X-1", "Titles *matter*").build();

        assertEquals("Titles *matter*.\n\nDocumentation: " + PAGE, RuleHelp.text(bare, PAGE));
        assertEquals("**Titles \\*matter\\***\n\n[Rule documentation](" + PAGE + ")", RuleHelp.markdown(bare, PAGE));
    }
}
