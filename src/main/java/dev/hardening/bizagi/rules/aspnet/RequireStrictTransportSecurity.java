package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requires the {@code Strict-Transport-Security} header with a {@code max-age} above 0, from
 * {@code customHeaders} or a URL Rewrite outbound rule (which may be limited to HTTPS responses). See
 * the description for sources and limitations.
 */
public final class RequireStrictTransportSecurity extends ResponseHeaderRule {

    private static final Pattern MAX_AGE =
            Pattern.compile("^\\s*max-age\\s*=\\s*(\"?)([0-9]+)\\1\\s*$", Pattern.CASE_INSENSITIVE);

    public RequireStrictTransportSecurity() {
        super(
                RuleDescription.rule("IIS-HSTS", "Responses tell browsers to use HTTPS only (HSTS)")
                        .cis("7.1")
                        .cwe(319, 523)
                        .seeAlso(
                                "RFC 6797, HTTP Strict Transport Security (https://www.rfc-editor.org/rfc/rfc6797)",
                                "IIS configuration reference, <hsts> of a site"
                                        + " (https://learn.microsoft.com/iis/configuration/system.applicationhost/sites/site/hsts)",
                                "DISA IIS 10.0 Site STIG V-218827")
                        .why("""
                                Without HSTS a browser that is sent to http:// (a typed address, an old link, an \
                                attacker on the network) makes its first request in plain text, where it can be \
                                intercepted and kept on HTTP. The header makes the browser use HTTPS for the \
                                portal for max-age seconds.""")
                        .fix("""
                                Add <add name="Strict-Transport-Security" value="max-age=31536000" /> to \
                                <system.webServer><httpProtocol><customHeaders>, or write it with a URL Rewrite \
                                outbound rule on RESPONSE_Strict_Transport_Security (conditions limiting it to \
                                {HTTPS} on are accepted), or enable <hsts enabled="true" max-age="31536000"/> on \
                                the site in applicationHost.config (IIS 10.0 version 1709 and later).""")
                        .whenAbsent("No Strict-Transport-Security header is sent.")
                        .limitation("""
                                IIS's own <hsts> element belongs to the site in applicationHost.config, outside \
                                the package; a site that uses it is reported here, hence a warning.""")
                        .limitation("""
                                Any max-age above 0 passes; CIS and browsers' preload lists ask for much longer \
                                (a year is usual).""")
                        .build(),
                "Strict-Transport-Security",
                "a max-age above 0",
                "max-age=31536000",
                true,
                "browsers keep making their first request to the portal over plain HTTP",
                "Add <add name=\"Strict-Transport-Security\" value=\"max-age=31536000\"/> to"
                        + " <system.webServer><httpProtocol><customHeaders>.");
    }

    /**
     * A value with exactly one {@code max-age} directive whose seconds are above 0; RFC 6797 has
     * browsers ignore a header that repeats a directive.
     */
    @Override
    boolean accepts(String value) {
        long found = 0;
        boolean positive = false;
        for (String directive : value.split(";", -1)) {
            if (directive.strip().toLowerCase(Locale.ROOT).startsWith("max-age")) {
                found++;
                Matcher maxAge = MAX_AGE.matcher(directive);
                positive = maxAge.matches() && maxAge.group(2).matches(".*[1-9].*");
            }
        }
        return found == 1 && positive;
    }
}
