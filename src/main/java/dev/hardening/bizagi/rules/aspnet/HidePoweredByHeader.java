package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.CollectionItem;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.rules.Findings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Requires the {@code X-Powered-By} header to be withheld. IIS adds it to every response from
 * applicationHost.config, so the effective {@code system.webServer/httpProtocol/customHeaders} starts
 * with it; a {@code remove} or {@code clear} takes it out, or a URL Rewrite outbound rule blanking
 * {@code RESPONSE_X-POWERED-BY}.
 *
 * <p>Sources: Bizagi hardening guide, recommended hardening (server variables); CIS IIS 10 3.11;
 * CWE-200.
 */
public final class HidePoweredByHeader extends HeaderDisclosureRule {

    static final String HEADER = "X-Powered-By";
    private static final String SECTION = "system.webServer/httpProtocol/customHeaders";
    private static final CollectionItem IIS_DEFAULT = new CollectionItem(
            HEADER,
            Map.of("name", HEADER, "value", "ASP.NET"),
            new SourceLocation("applicationHost.config", 0, ""),
            null);

    public HidePoweredByHeader() {
        super("IIS-POWERED-BY-HEADER", "The X-Powered-By header is withheld", HEADER);
    }

    @Override
    Optional<Disclosure> disclosure(EffectiveWebConfig config, Findings findings) {
        List<CollectionItem> headers = config.collection(SECTION, "add", "name", List.of(IIS_DEFAULT));
        return headers.stream()
                .filter(header -> header.key().equalsIgnoreCase(HEADER))
                .findFirst()
                .map(header -> new Disclosure(
                        header.element() == null ? config.anchor(SECTION) : header.location(),
                        keptBy(header),
                        "Add <remove name=\"X-Powered-By\"/> to <system.webServer><httpProtocol><customHeaders>"
                                + (header.element() == null ? "" : " and drop the <add> for it") + "."));
    }
}
