package dev.hardening.bizagi.model;

import dev.hardening.bizagi.parse.LocatedElement;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a configuration collection ({@code appSettings}, {@code customHeaders}, rewrite rules)
 * as it stands after every {@code add}, {@code remove} and {@code clear} has been replayed.
 *
 * @param key the entry's key as written
 * @param attributes the attributes of the element that added it
 * @param location where it was added; line 0 for an entry the server adds by default
 * @param element the element that added it, {@code null} for an entry the server adds by default
 */
public record CollectionItem(
        String key, Map<String, String> attributes, SourceLocation location, LocatedElement element) {

    public CollectionItem {
        attributes = Map.copyOf(attributes);
    }

    /** An attribute of the element that added the entry. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /**
     * Where the value of {@code attribute} was set: by a deploy-time parameter or a transform when one
     * set it, else where the entry was added.
     */
    public SourceLocation locationOf(String attribute) {
        if (element == null) {
            return location;
        }
        return element.attributeOrigin(attribute)
                .map(origin -> new SourceLocation(origin.file(), origin.line(), location.xpath() + "/@" + attribute))
                .orElse(location);
    }
}
