package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.CollectionItem;
import dev.hardening.bizagi.model.ConfigLayer;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.model.SourceLocation;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.GuideLevel;
import dev.hardening.bizagi.rules.RuleDescription;
import dev.hardening.bizagi.rules.Values;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Requires the {@code X-Powered-By} header to be withheld. IIS adds it to every response from
 * applicationHost.config, so the effective {@code system.webServer/httpProtocol/customHeaders} starts
 * with it; a {@code remove} or {@code clear} takes it out, or a URL Rewrite outbound rule blanking
 * {@code RESPONSE_X-POWERED-BY}.
 *
 * <p>A {@code remove} whose name is an unresolved token ({@code #{Header}}) while the header is still
 * sent, or an {@code add} whose name is one after the header was taken out, is reported in its place:
 * whether the header is sent then depends on a value not yet written.
 *
 * <p>Sources: Bizagi hardening guide, recommended hardening (server variables); CIS IIS 10 3.11;
 * CWE-200.
 */
public final class HidePoweredByHeader extends HeaderDisclosureRule {

    static final String HEADER = "X-Powered-By";
    private static final String SECTION = "system.webServer/httpProtocol/customHeaders";
    /** The header applicationHost.config adds to every site, where the customHeaders collection starts. */
    static final CollectionItem IIS_DEFAULT = new CollectionItem(
            HEADER,
            Map.of("name", HEADER, "value", "ASP.NET"),
            new SourceLocation("applicationHost.config", 0, ""),
            null);

    public HidePoweredByHeader() {
        super(
                RuleDescription.rule("IIS-POWERED-BY-HEADER", "The X-Powered-By header is withheld")
                        .bizagi(
                                GuideLevel.ADVANCED,
                                "Recommended hardening: blank the RESPONSE_X-POWERED-BY server variable with URL"
                                        + " Rewrite")
                        .cis("3.11")
                        .cwe(200)
                        .why("IIS adds X-Powered-By: ASP.NET to every response from applicationHost.config, which"
                                + " tells an attacker the platform to aim at.")
                        .fix("""
                                Remove the header that IIS adds:

                                <system.webServer>
                                  <httpProtocol>
                                    <customHeaders>
                                      <remove name="X-Powered-By" />
                                    </customHeaders>
                                  </httpProtocol>
                                </system.webServer>

                                or blank it with URL Rewrite, as Bizagi's guide does it:

                                """ + blankingRuleXml("X-Powered-By"))
                        .whenAbsent("IIS sends X-Powered-By: ASP.NET, added in applicationHost.config.")
                        .limitation(OUTBOUND_RULE_LIMITS)
                        .limitation(ALLOWED_SERVER_VARIABLES)
                        .build(),
                HEADER);
    }

    @Override
    Optional<Disclosure> disclosure(EffectiveWebConfig config, Findings findings) {
        List<CollectionItem> headers = config.collection(SECTION, "add", "name", List.of(IIS_DEFAULT));
        if (reportTokenThatDecides(config, findings)) {
            return Optional.empty();
        }
        return headers.stream()
                .filter(header -> header.key().equalsIgnoreCase(HEADER))
                .findFirst()
                .map(header -> new Disclosure(
                        header.element() == null ? config.anchor(SECTION) : header.location(),
                        keptBy(header),
                        "Add <remove name=\"X-Powered-By\"/> to <system.webServer><httpProtocol><customHeaders>"
                                + (header.element() == null ? "" : " and drop the <add> for it") + "."));
    }

    /**
     * Reports the name, written as an unresolved token, on which it depends whether the header is sent:
     * the last such {@code remove} while the header is in the collection, or the last such {@code add}
     * after it was taken out. Replays the collection as {@link EffectiveWebConfig#collection} does,
     * keeping track of the header alone.
     *
     * @return whether it reported one
     */
    private static boolean reportTokenThatDecides(EffectiveWebConfig config, Findings findings) {
        boolean sent = true;
        LocatedElement undecided = null;
        String undecidedFile = null;
        for (ConfigLayer layer : config.layers()) {
            for (LocatedElement collection : layer.elements(SECTION)) {
                for (LocatedElement operation : collection.children()) {
                    boolean remove = operation.getName().equals("remove");
                    boolean add = operation.getName().equals("add");
                    String name = operation.findAttribute("name").orElse("");
                    boolean header = name.equalsIgnoreCase(HEADER);
                    if (operation.getName().equals("clear") || (remove && header)) {
                        sent = false;
                        undecided = null;
                    } else if (add && header) {
                        sent = true;
                        undecided = null;
                    } else if (((remove && sent) || (add && !sent))
                            && Values.unresolvedToken(name).isPresent()) {
                        undecided = operation;
                        undecidedFile = layer.file().file();
                    }
                }
            }
        }
        if (undecided == null) {
            return false;
        }
        String kind = undecided.getName();
        return findings.addUnresolvedToken(
                SourceLocation.ofAttribute(undecidedFile, undecided, "name"),
                SECTION + "/" + kind + "/@name",
                undecided.attributeValue("name"),
                kind.equals("remove") ? HEADER : "other than " + HEADER);
    }
}
