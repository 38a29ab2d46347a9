package dev.hardening.bizagi.model;

import dev.hardening.bizagi.parse.LocatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What names an entry of a configuration collection, as the IIS schema declares it: one attribute
 * ({@code isUniqueKey}) or several that name it together ({@code isCombinedKey}), the value a key
 * attribute takes when an element leaves it out, and whether names that differ only in case name
 * different entries ({@code caseSensitive}).
 *
 * @param attributes the attributes that name an entry, in a fixed order
 * @param defaults the schema's value for a key attribute an element leaves out
 * @param caseSensitive whether keys compare with regard to case
 */
public record CollectionKey(List<String> attributes, Map<String, String> defaults, boolean caseSensitive) {

    public CollectionKey {
        if (attributes.isEmpty()) {
            throw new IllegalArgumentException("a collection key needs at least one attribute");
        }
        attributes = List.copyOf(attributes);
        defaults = Map.copyOf(defaults);
    }

    /** A key of one attribute compared without regard to case, as .NET and most IIS collections compare it. */
    public static CollectionKey of(String attribute) {
        return new CollectionKey(List.of(attribute), Map.of(), false);
    }

    /** A key of one attribute compared with regard to case, such as {@code handlers/add/@name}. */
    public static CollectionKey caseSensitive(String attribute) {
        return new CollectionKey(List.of(attribute), Map.of(), true);
    }

    /**
     * The key {@code element} names, as written: the attribute's value for a key of one attribute, else
     * {@code name="value"} for each key attribute that has a value (defaults filled in), joined by
     * spaces; empty when the element sets none of the attributes.
     */
    public Optional<String> of(LocatedElement element) {
        if (attributes.stream().noneMatch(name -> element.findAttribute(name).isPresent())) {
            return Optional.empty();
        }
        if (attributes.size() == 1) {
            return element.findAttribute(attributes.get(0));
        }
        List<String> parts = new ArrayList<>();
        for (String name : attributes) {
            String value = element.findAttribute(name).orElse(defaults.getOrDefault(name, ""));
            if (!value.isEmpty()) {
                parts.add(name + "=\"" + value + "\"");
            }
        }
        return Optional.of(String.join(" ", parts));
    }

    /** {@code key} in the form in which two keys that name the same entry are equal. */
    public String comparable(String key) {
        return caseSensitive ? key : key.toLowerCase(Locale.ROOT);
    }
}
