package dev.hardening.bizagi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which values hold a placeholder that a build or release tool left unreplaced. */
class ValuesTest {

    @ParameterizedTest(name = "{0} holds {1}")
    @CsvSource(
            delimiterString = "=>",
            value = {
                "${session.timeout}        => ${session.timeout}",
                "'  ${protocol}  '         => ${protocol}",
                "https-${env}              => ${env}",
                "@session.timeout@         => @session.timeout@",
                "$(RequireSsl)             => $(RequireSsl)",
                "$(Build.Environment)      => $(Build.Environment)",
                "$([System.IO.Path]::Combine(a)) => $([System.IO.Path]::Combine(a))",
                "#{RequireSsl}             => #{RequireSsl}",
                "#{RequireSsl}#            => #{RequireSsl}#",
                "#{Web.Timeout | ToLower}  => #{Web.Timeout | ToLower}",
                "__RequireSsl__            => __RequireSsl__",
                "__Require_Ssl__           => __Require_Ssl__",
                "__Web.Session-Time__      => __Web.Session-Time__",
                "'HTTPS __Protocol__'      => __Protocol__",
                "$(First) ${Second}        => $(First)",
            })
    void placeholdersAnywhereInTheValueAreTokens(String value, String token) {
        assertEquals(Optional.of(token), Values.unresolvedToken(value));
    }

    @ParameterizedTest(name = "\"{0}\" holds no token")
    @ValueSource(
            strings = {
                "",
                "true",
                "HTTPS",
                "RemoteOnly",
                "5",
                "__doPostBack",
                "__VIEWSTATE",
                "javascript:__doPostBack('ctl00','')",
                "a__b__c",
                "___Name___",
                "__1__",
                "____",
                "${}",
                "$()",
                "#{}",
                "$5",
                "{R:1}",
                "{HTTP_HOST}",
                "^(.*)$",
                "admin@example.com",
                "#comment {x}",
                "100%"
            })
    void ordinaryValuesAreNotTokens(String value) {
        assertEquals(Optional.empty(), Values.unresolvedToken(value));
    }
}
