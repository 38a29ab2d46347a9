package dev.hardening.bizagi.rules.aspnet;

import dev.hardening.bizagi.model.CollectionItem;
import dev.hardening.bizagi.model.CollectionKey;
import dev.hardening.bizagi.model.Deployment;
import dev.hardening.bizagi.model.EffectiveWebConfig;
import dev.hardening.bizagi.rules.Findings;
import dev.hardening.bizagi.rules.Policy;
import dev.hardening.bizagi.rules.RuleDescription;
import java.util.List;
import java.util.Map;

/**
 * Forbids adding an entry that an IIS collection already holds. IIS merges a collection through
 * applicationHost.config, the web.config files of the folders above and the path's {@code <location>}
 * blocks; an {@code add} whose key is already present, and not taken out first by {@code remove} or
 * {@code clear}, makes IIS refuse every request to the path with HTTP 500.19 "Cannot add duplicate
 * collection entry". Keys are compared as the IIS schema declares them: without regard to case except
 * handler and module names and request filtering verbs, and an {@code ipSecurity} entry is named by its
 * {@code ipAddress}, {@code subnetMask} and {@code domainName} together. The {@code X-Powered-By} header
 * that IIS adds by default counts: an {@code add} for it without a {@code remove} first is a duplicate.
 * {@code appSettings} is not judged: .NET takes the last {@code add} of a key.
 *
 * <p>Collections judged, under {@code system.webServer}: {@code httpProtocol/customHeaders},
 * {@code security/requestFiltering/verbs} and {@code fileExtensions}, {@code security/ipSecurity},
 * {@code rewrite/rules} and {@code rewrite/outboundRules}, {@code handlers}, {@code modules},
 * {@code defaultDocument/files} and {@code staticContent} ({@code mimeMap}).
 *
 * <p>Sources: IIS configuration schema ({@code IIS_schema.xml}, {@code rewrite_schema.xml}:
 * {@code isUniqueKey}, {@code isCombinedKey}, {@code caseSensitive}, {@code subnetMask} default
 * {@code 255.255.255.255}); HTTP 500.19 "Cannot add duplicate collection entry".
 *
 * <p>Limitations: in the description below, rendered as {@code docs/rules/IIS-DUPLICATE-ENTRY.md}.
 */
public final class ForbidDuplicateCollectionEntries extends WebConfigRule {

    /**
     * One collection IIS keeps unique.
     *
     * @param section the collection element
     * @param addElement the element that adds an entry
     * @param key what names an entry
     * @param inherited the entries applicationHost.config adds that a package cannot see otherwise
     */
    private record UniqueCollection(
            String section, String addElement, CollectionKey key, List<CollectionItem> inherited) {

        UniqueCollection(String section, String addElement, CollectionKey key) {
            this(section, addElement, key, List.of());
        }
    }

    private static final List<UniqueCollection> COLLECTIONS = List.of(
            new UniqueCollection(
                    "system.webServer/httpProtocol/customHeaders",
                    "add",
                    CollectionKey.of("name"),
                    List.of(HidePoweredByHeader.IIS_DEFAULT)),
            new UniqueCollection(
                    "system.webServer/security/requestFiltering/verbs", "add", CollectionKey.caseSensitive("verb")),
            new UniqueCollection(
                    "system.webServer/security/requestFiltering/fileExtensions",
                    "add",
                    CollectionKey.of("fileExtension")),
            new UniqueCollection(
                    "system.webServer/security/ipSecurity",
                    "add",
                    new CollectionKey(
                            List.of("ipAddress", "subnetMask", "domainName"),
                            Map.of("subnetMask", "255.255.255.255"),
                            false)),
            new UniqueCollection("system.webServer/rewrite/rules", "rule", CollectionKey.of("name")),
            new UniqueCollection("system.webServer/rewrite/outboundRules", "rule", CollectionKey.of("name")),
            new UniqueCollection("system.webServer/handlers", "add", CollectionKey.caseSensitive("name")),
            new UniqueCollection("system.webServer/modules", "add", CollectionKey.caseSensitive("name")),
            new UniqueCollection("system.webServer/defaultDocument/files", "add", CollectionKey.of("value")),
            new UniqueCollection("system.webServer/staticContent", "mimeMap", CollectionKey.of("fileExtension")));

    public ForbidDuplicateCollectionEntries() {
        super(RuleDescription.rule("IIS-DUPLICATE-ENTRY", "No IIS collection entry is added twice")
                .seeAlso(
                        "IIS configuration schema (IIS_schema.xml, rewrite_schema.xml): isUniqueKey, isCombinedKey,"
                                + " caseSensitive",
                        "IIS HTTP error 500.19, Cannot add duplicate collection entry")
                .why("IIS merges each collection from applicationHost.config down through the web.config files of"
                        + " the folders above and the path's `<location>` blocks. An `<add>` whose key is already"
                        + " present, and not taken out first by `<remove>` or `<clear>`, makes IIS refuse every"
                        + " request to the path with HTTP 500.19, so a header meant to harden the site, or the"
                        + " whole portal, is not served at all.")
                .fix("""
                        Drop the second `<add>`, or take the entry out first if it is meant to replace the inherited
                        one:

                        <customHeaders>
                          <remove name="X-Frame-Options" />
                          <add name="X-Frame-Options" value="DENY" />
                        </customHeaders>
                        """)
                .whenAbsent("Nothing to judge: only entries a file adds are compared. IIS's own X-Powered-By"
                        + " header counts as present from the start.")
                .limitation("Of the entries applicationHost.config adds, only X-Powered-By is known, so re-adding"
                        + " one of the server's own handlers, modules, MIME maps or default documents without a"
                        + " `<remove>` is not found.")
                .limitation("An ipSecurity entry that leaves subnetMask out is taken to name the same entry as one"
                        + " that spells the default 255.255.255.255.")
                .build());
    }

    @Override
    void check(EffectiveWebConfig config, Deployment deployment, Policy policy, Findings findings) {
        for (UniqueCollection collection : COLLECTIONS) {
            EffectiveWebConfig.CollectionReplay replay = config.replay(
                    collection.section(), collection.addElement(), collection.key(), collection.inherited());
            for (EffectiveWebConfig.Duplicate duplicate : replay.duplicates()) {
                CollectionItem first = duplicate.first();
                String entry = describe(collection, duplicate.again());
                String held = first.element() == null
                        ? "which IIS adds in " + first.location().file()
                        : "added at " + first.location();
                findings.add(
                        duplicate.again().location(),
                        collection.section() + " already holds the entry this <" + collection.addElement()
                                + "> names (" + describe(collection, first) + ", " + held
                                + "), so IIS refuses to serve the path: HTTP"
                                + " 500.19 \"Cannot add duplicate collection entry\".",
                        first.element() == null
                                ? "Put <remove " + entry + "/> before this <" + collection.addElement()
                                        + ">, or drop it."
                                : "Drop this <" + collection.addElement() + ">, or put <remove " + entry
                                        + "/> before it if it is meant to replace the one at " + first.location()
                                        + ".");
            }
        }
    }

    /** The key attributes of {@code item} as written in XML: {@code name="X-Frame-Options"}. */
    private static String describe(UniqueCollection collection, CollectionItem item) {
        List<String> attributes = collection.key().attributes();
        return attributes.size() == 1 ? attributes.get(0) + "=\"" + item.key() + "\"" : item.key();
    }
}
