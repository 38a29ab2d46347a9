package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.rules.RuleDescription;

/**
 * Requires {@code system.webServer/security/requestFiltering/fileExtensions/@allowUnlisted="false"}, so
 * that only the file extensions listed are served. Absent, IIS uses true. See the description for
 * sources and limitations.
 */
public final class ForbidUnlistedFileExtensions extends BooleanAttributeRule {

    public ForbidUnlistedFileExtensions() {
        super(
                RuleDescription.rule("IIS-UNLISTED-EXTENSIONS", "Only listed file extensions are served")
                        .cis("4.7")
                        .cwe(434)
                        .seeAlso(
                                "IIS configuration reference, <fileExtensions>"
                                        + " (https://learn.microsoft.com/iis/configuration/system.webserver/security/requestfiltering/fileextensions/)")
                        .why("""
                                With unlisted extensions allowed, any file that lands in the site (a backup \
                                .bak, a .config copy, an uploaded script) can be requested. An allow-list \
                                limits what IIS serves to what the portal needs. The list must hold \
                                <add fileExtension="." allowed="true" /> as well: IIS takes a URL with no extension \
                                (the site root, REST routes) to have the extension ".", so without that entry it \
                                refuses those URLs with HTTP 404.7.""")
                        .fix("""
                                Set <fileExtensions allowUnlisted="false"> in \
                                <system.webServer><security><requestFiltering>, with <add fileExtension="." \
                                allowed="true" /> for URLs without an extension (the site root, REST routes) and \
                                <add fileExtension=".aspx" allowed="true" /> (and .js, .css, .png, .svc, .asmx, \
                                ... as the portal needs) inside it.""")
                        .whenAbsent("IIS serves every extension not denied (allowUnlisted=\"true\").")
                        .limitation("""
                                The entries of the list are not judged; which extensions the portal needs \
                                depends on its version and customisations. A list without fileExtension="." \
                                passes, though IIS then refuses URLs that have no extension.""")
                        .limitation("""
                                applicationHost.config can set it for the site; that file is not in the \
                                package, so a setting made only there is reported here too.""")
                        .build(),
                "system.webServer/security/requestFiltering/fileExtensions",
                "allowUnlisted",
                false,
                true,
                "IIS serves files of any extension not denied",
                "Set <fileExtensions allowUnlisted=\"false\"> in <system.webServer><security><requestFiltering>"
                        + " and add an <add fileExtension=\"...\" allowed=\"true\"/> for each extension the portal"
                        + " serves, including <add fileExtension=\".\" allowed=\"true\"/>, without which IIS refuses"
                        + " URLs that have no extension (the site root, REST routes) with HTTP 404.7.");
    }
}
