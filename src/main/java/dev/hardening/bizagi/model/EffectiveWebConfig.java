package dev.hardening.bizagi.model;

import dev.hardening.bizagi.parse.LocatedElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dom4j.Attribute;

/**
 * The configuration ASP.NET and IIS run for one folder: its {@code web.config} on top of those of the
 * folders above it in the same package. A setting is taken from the nearest file that states it, and
 * collections replay {@code add}, {@code remove} and {@code clear} from the topmost file down.
 */
public final class EffectiveWebConfig {

    private final List<WebConfigFile> chain;

    /**
     * @param chain the files that apply, the topmost first and the folder's own file last
     */
    public EffectiveWebConfig(List<WebConfigFile> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a configuration needs at least one file");
        }
        this.chain = List.copyOf(chain);
    }

    /** The folder's own file. */
    public WebConfigFile file() {
        return chain.get(chain.size() - 1);
    }

    /** The files that apply, the topmost first. */
    public List<WebConfigFile> chain() {
        return chain;
    }

    /**
     * The value of {@code attribute} on the element at {@code sectionPath}, from the last element that
     * states it in the nearest file that does; empty when no file states it and the default applies.
     */
    public Optional<Setting> attribute(String sectionPath, String attribute) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            WebConfigFile file = chain.get(i);
            List<LocatedElement> elements = file.elements(sectionPath);
            for (int j = elements.size() - 1; j >= 0; j--) {
                LocatedElement element = elements.get(j);
                Optional<String> value = element.findAttribute(attribute);
                if (value.isPresent()) {
                    return Optional.of(new Setting(value.get(), file.locate(element)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The element at {@code sectionPath} in the nearest file that has one (the last, when a file has
     * several); empty when no file has it.
     */
    public Optional<LocatedElement> element(String sectionPath) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            List<LocatedElement> elements = chain.get(i).elements(sectionPath);
            if (!elements.isEmpty()) {
                return Optional.of(elements.get(elements.size() - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Where to report a setting at {@code sectionPath} that no file states: its element in the nearest
     * file that has one, else the deepest element along the path in the topmost file, so that every
     * folder inheriting the same gap reports it at the same place.
     */
    public SourceLocation anchor(String sectionPath) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            WebConfigFile file = chain.get(i);
            List<LocatedElement> elements = file.elements(sectionPath);
            if (!elements.isEmpty()) {
                return file.locate(elements.get(elements.size() - 1));
            }
        }
        WebConfigFile top = chain.get(0);
        return top.locate(top.deepestAlong(sectionPath));
    }

    /**
     * Replays the collection at {@code sectionPath}: each {@code addElement} adds or replaces the entry
     * named by {@code keyAttribute} (compared without regard to case, as .NET and IIS compare keys),
     * {@code remove} drops one, {@code clear} drops all, in document order from the topmost file down.
     *
     * @param sectionPath the collection element, such as {@code appSettings}
     * @param addElement the element that adds an entry: {@code add}, or {@code rule} for rewrite rules
     * @param keyAttribute the attribute that names an entry: {@code key} or {@code name}
     * @param inherited entries present before the first file, such as the server's defaults
     * @return the entries left, in the order they were added
     */
    public List<CollectionItem> collection(
            String sectionPath, String addElement, String keyAttribute, Collection<CollectionItem> inherited) {
        Map<String, CollectionItem> items = new LinkedHashMap<>();
        for (CollectionItem item : inherited) {
            items.put(normalizeKey(item.key()), item);
        }
        for (WebConfigFile file : chain) {
            for (LocatedElement collection : file.elements(sectionPath)) {
                for (LocatedElement operation : collection.children()) {
                    replay(file, operation, addElement, keyAttribute, items);
                }
            }
        }
        return new ArrayList<>(items.values());
    }

    private static void replay(
            WebConfigFile file,
            LocatedElement operation,
            String addElement,
            String keyAttribute,
            Map<String, CollectionItem> items) {
        String name = operation.getName();
        Optional<String> key = operation.findAttribute(keyAttribute);
        if (name.equals("clear")) {
            items.clear();
        } else if (name.equals("remove") && key.isPresent()) {
            items.remove(normalizeKey(key.get()));
        } else if (name.equals(addElement) && key.isPresent()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Attribute attribute : operation.attributes()) {
                attributes.put(attribute.getName(), attribute.getValue());
            }
            String normalized = normalizeKey(key.get());
            items.remove(normalized);
            items.put(normalized, new CollectionItem(key.get(), attributes, file.locate(operation), operation));
        }
    }

    private static String normalizeKey(String key) {
        return key.toLowerCase(Locale.ROOT);
    }
}
