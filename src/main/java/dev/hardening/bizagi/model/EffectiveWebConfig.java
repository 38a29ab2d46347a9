package dev.hardening.bizagi.model;

import dev.hardening.bizagi.parse.LocatedElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dom4j.Attribute;

/**
 * The configuration ASP.NET and IIS run at one path of a package: the layers of every web.config that
 * applies there, the topmost first. A folder's own web.config lays its sections on top of those of the
 * folders above it, and a {@code <location path="...">} block lays its sections on top for the path it
 * names, before that path's own web.config. A setting is taken from the last layer that states it;
 * collections replay {@code add}, {@code remove} and {@code clear} through the layers in order.
 */
public final class EffectiveWebConfig {

    private final List<ConfigLayer> layers;
    private final String locationLabel;

    /**
     * @param layers the layers that apply, the topmost first
     * @param locationLabel how findings name the path when it is set by a {@code <location>} block
     *     ({@code <location path="admin">}) or is an application without a web.config of its own ({@code
     *     the application WebApplication/Api}), empty when the path is a folder with its own web.config
     */
    public EffectiveWebConfig(List<ConfigLayer> layers, String locationLabel) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a configuration needs at least one layer");
        }
        this.layers = List.copyOf(layers);
        this.locationLabel = locationLabel;
    }

    /** The configuration of a folder whose web.config files, the topmost first, are {@code chain}. */
    public static EffectiveWebConfig ofFiles(List<WebConfigFile> chain) {
        return new EffectiveWebConfig(chain.stream().map(ConfigLayer::own).toList(), "");
    }

    /** The layers, the topmost first. */
    public List<ConfigLayer> layers() {
        return layers;
    }

    /** The last layer, which the path's own web.config or {@code <location>} block makes. */
    public ConfigLayer lastLayer() {
        return layers.get(layers.size() - 1);
    }

    /** The configuration without its last layer, empty when it has only one. */
    public Optional<EffectiveWebConfig> above() {
        return layers.size() < 2
                ? Optional.empty()
                : Optional.of(new EffectiveWebConfig(layers.subList(0, layers.size() - 1), locationLabel));
    }

    /**
     * {@code <location path="admin">} when a {@code <location>} block sets this path, {@code the
     * application WebApplication/Api} for an application without a web.config of its own, else empty.
     */
    public String locationLabel() {
        return locationLabel;
    }

    /**
     * The value of {@code attribute} on the element at {@code sectionPath}, from the last element that
     * states it in the last layer that does; empty when no layer states it and the default applies.
     */
    public Optional<Setting> attribute(String sectionPath, String attribute) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            ConfigLayer layer = layers.get(i);
            List<LocatedElement> elements = layer.elements(sectionPath);
            for (int j = elements.size() - 1; j >= 0; j--) {
                LocatedElement element = elements.get(j);
                Optional<String> value = element.findAttribute(attribute);
                if (value.isPresent()) {
                    return Optional.of(new Setting(
                            value.get(), SourceLocation.ofAttribute(layer.file().file(), element, attribute)));
                }
            }
        }
        return Optional.empty();
    }

    /** The element at {@code sectionPath} in the last layer that has one (its last); empty when none has. */
    public Optional<LocatedElement> element(String sectionPath) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            List<LocatedElement> elements = layers.get(i).elements(sectionPath);
            if (!elements.isEmpty()) {
                return Optional.of(elements.get(elements.size() - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Where to report a setting at {@code sectionPath} that no layer states: its element in the topmost
     * layer that has one, else the deepest element along the path in the topmost layer, so that every
     * path inheriting the same gap reports it at the same place.
     */
    public SourceLocation anchor(String sectionPath) {
        for (ConfigLayer layer : layers) {
            List<LocatedElement> elements = layer.elements(sectionPath);
            if (!elements.isEmpty()) {
                return layer.locate(elements.get(elements.size() - 1));
            }
        }
        ConfigLayer top = layers.get(0);
        return top.locate(top.deepestAlong(sectionPath));
    }

    /**
     * Replays the collection at {@code sectionPath}: each {@code addElement} adds or replaces the entry
     * named by {@code keyAttribute} (compared without regard to case, as .NET and IIS compare keys),
     * {@code remove} drops one, {@code clear} drops all, in document order through the layers.
     *
     * @param sectionPath the collection element, such as {@code appSettings}
     * @param addElement the element that adds an entry: {@code add}, or {@code rule} for rewrite rules
     * @param keyAttribute the attribute that names an entry: {@code key} or {@code name}
     * @param inherited entries present before the first layer, such as the server's defaults
     * @return the entries left, in the order they were added
     */
    public List<CollectionItem> collection(
            String sectionPath, String addElement, String keyAttribute, Collection<CollectionItem> inherited) {
        return replay(sectionPath, addElement, keyAttribute, inherited).items();
    }

    /**
     * The same replay as {@link #collection}, with where each key was last dropped and each
     * {@code addElement} that named a key already present.
     */
    public CollectionReplay replay(
            String sectionPath, String addElement, String keyAttribute, Collection<CollectionItem> inherited) {
        return replay(sectionPath, addElement, CollectionKey.of(keyAttribute), inherited);
    }

    /**
     * The same replay for a collection whose entries {@code key} names: several attributes together,
     * or one compared with regard to case. {@code remove} names the entry it drops the same way.
     */
    public CollectionReplay replay(
            String sectionPath, String addElement, CollectionKey key, Collection<CollectionItem> inherited) {
        Map<String, CollectionItem> items = new LinkedHashMap<>();
        Map<String, SourceLocation> dropped = new LinkedHashMap<>();
        List<Duplicate> duplicates = new ArrayList<>();
        for (CollectionItem item : inherited) {
            items.put(key.comparable(item.key()), item);
        }
        for (ConfigLayer layer : layers) {
            for (LocatedElement collection : layer.elements(sectionPath)) {
                for (LocatedElement operation : collection.children()) {
                    String name = operation.getName();
                    Optional<String> named = key.of(operation);
                    SourceLocation at = layer.locate(operation);
                    if (name.equals("clear")) {
                        items.keySet().forEach(cleared -> dropped.put(cleared, at));
                        items.clear();
                    } else if (name.equals("remove") && named.isPresent()) {
                        if (items.remove(key.comparable(named.get())) != null) {
                            dropped.put(key.comparable(named.get()), at);
                        }
                    } else if (name.equals(addElement) && named.isPresent()) {
                        CollectionItem item = new CollectionItem(named.get(), attributes(operation), at, operation);
                        CollectionItem first = items.remove(key.comparable(named.get()));
                        if (first != null) {
                            duplicates.add(new Duplicate(first, item));
                        }
                        items.put(key.comparable(named.get()), item);
                    }
                }
            }
        }
        return new CollectionReplay(new ArrayList<>(items.values()), dropped, duplicates, key);
    }

    /**
     * What a collection replay leaves.
     *
     * @param items the entries left, in the order they were added
     * @param dropped for each key (in its comparable form) removed or cleared along the way, the last
     *     place that did
     * @param duplicates each {@code addElement} that named a key already present, which IIS refuses, with
     *     the entry it met
     * @param key what names an entry
     */
    public record CollectionReplay(
            List<CollectionItem> items,
            Map<String, SourceLocation> dropped,
            List<Duplicate> duplicates,
            CollectionKey key) {

        /** The entry with {@code key}, compared as the collection compares keys. */
        public Optional<CollectionItem> get(String key) {
            return items.stream()
                    .filter(item -> this.key.comparable(item.key()).equals(this.key.comparable(key)))
                    .findFirst();
        }

        /** Where the entry with {@code key} was last removed or cleared, if it was. */
        public Optional<SourceLocation> droppedAt(String key) {
            return Optional.ofNullable(dropped.get(this.key.comparable(key)));
        }
    }

    /**
     * An {@code add} that named an entry the collection already held.
     *
     * @param first the entry already held: added earlier, or inherited from the server (line 0)
     * @param again the entry added again, which IIS refuses
     */
    public record Duplicate(CollectionItem first, CollectionItem again) {}

    private static Map<String, String> attributes(LocatedElement element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Attribute attribute : element.attributes()) {
            attributes.put(attribute.getName(), attribute.getValue());
        }
        return attributes;
    }
}
