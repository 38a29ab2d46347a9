package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires the {@code X-Content-Type-Options: nosniff} header, from {@code customHeaders} or a URL Rewrite
 * outbound rule. See the description for sources and limitations.
 */
public final class RequireContentTypeOptions extends ResponseHeaderRule {

    public RequireContentTypeOptions() {
        super(
                RuleDescription.rule("IIS-CONTENT-TYPE-OPTIONS", "Browsers do not guess content types (nosniff)")
                        .cwe(693)
                        .seeAlso(
                                "Fetch Standard, X-Content-Type-Options (https://fetch.spec.whatwg.org/#x-content-type-options-header)",
                                "OWASP HTTP Headers Cheat Sheet",
                                "Contrast Security ASP.NET scan rules (https://docs.contrastsecurity.com/en/aspnet-scan-rules.html)")
                        .why("""
                                Browsers that sniff a response's type may run an uploaded attachment or a \
                                user-supplied text as script or style sheet; nosniff makes them keep to the \
                                declared Content-Type.""")
                        .fix("""
                                Add <add name="X-Content-Type-Options" value="nosniff" /> to \
                                <system.webServer><httpProtocol><customHeaders>, or write it with a URL Rewrite \
                                outbound rule on RESPONSE_X_Content_Type_Options.""")
                        .whenAbsent("No X-Content-Type-Options header is sent; browsers may sniff types.")
                        .limitation("""
                                Whether every response carries the right Content-Type is not judged.""")
                        .build(),
                "X-Content-Type-Options",
                "nosniff",
                "nosniff",
                false,
                "browsers may guess a response's type and run an uploaded file as script",
                "Add <add name=\"X-Content-Type-Options\" value=\"nosniff\"/> to"
                        + " <system.webServer><httpProtocol><customHeaders>.");
    }

    @Override
    boolean accepts(String value) {
        return value.strip().equalsIgnoreCase("nosniff");
    }
}
