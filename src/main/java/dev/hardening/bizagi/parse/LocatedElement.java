package dev.hardening.bizagi.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dom4j.Attribute;
import org.dom4j.Element;
import org.dom4j.QName;
import org.dom4j.tree.DefaultElement;

/**
 * A dom4j element that remembers the line its start tag ends on, with lookups by local name so that a
 * default namespace on the root (web.xml, older web.config files) changes nothing.
 */
public final class LocatedElement extends DefaultElement {

    private static final long serialVersionUID = 1L;

    /**
     * Attributes that name an entry among its siblings, in any file read: in web.config collections
     * {@code add key}, {@code add name}, {@code location path}, request filtering's {@code verb} and
     * {@code fileExtension}, {@code ipSecurity}'s {@code ipAddress}, {@code httpErrors}'
     * {@code statusCode}; a JBoss servlet-container's or profile's {@code name}. In the order
     * {@link #xpath()} tries them.
     */
    private static final List<String> KEY_ATTRIBUTES =
            List.of("key", "name", "path", "verb", "fileExtension", "ipAddress", "statusCode");

    /**
     * Child elements that name an entry among its siblings, in web.xml and its kin ({@code servlet-name},
     * {@code filter-name}, {@code param-name}, an error page's {@code error-code} or
     * {@code exception-type}), in the order they are tried.
     */
    private static final List<String> KEY_CHILDREN =
            List.of("servlet-name", "filter-name", "param-name", "error-code", "exception-type");

    private final int line;
    private String sourceFile;
    private final Map<String, Origin> attributeOrigins = new HashMap<>();

    LocatedElement(QName name, int line) {
        super(name);
        this.line = line;
    }

    /**
     * An empty element no file holds, at line 0: the root of a descriptor the package lacks, which
     * leaves every setting to its default.
     */
    public static LocatedElement absent(String localName) {
        return new LocatedElement(QName.get(localName), 0);
    }

    /**
     * Where a value came from when it did not come from the document being read: another file, and a
     * line in it.
     *
     * @param file the other file's display path
     * @param line the 1-based line in it
     */
    public record Origin(String file, int line) {}

    /**
     * The file the element was written in, when it was copied into this document from another one (an
     * external section, a transform); empty when it stands in the document it was read from.
     */
    public Optional<String> sourceFile() {
        return Optional.ofNullable(sourceFile);
    }

    /**
     * Where the attribute's value was set, when something other than this element set it (a deploy-time
     * parameter, a transform); empty when the element states it itself.
     */
    public Optional<Origin> attributeOrigin(String name) {
        return Optional.ofNullable(attributeOrigins.get(name));
    }

    /** Sets an attribute's value and records where the value came from. */
    public void setAttribute(String name, String value, Origin origin) {
        addAttribute(QName.get(name), value);
        attributeOrigins.put(name, origin);
    }

    /** Removes an attribute and what was recorded of its origin. */
    public void removeAttribute(String name) {
        Attribute attribute = attribute(QName.get(name));
        if (attribute != null) {
            remove(attribute);
        }
        attributeOrigins.remove(name);
    }

    /**
     * A deep copy of the element for use in another document, keeping each element's line and the
     * origins recorded, and naming {@code file} as where every copied element was written unless an
     * earlier copy already named one.
     */
    public LocatedElement copyFrom(String file) {
        LocatedElement copy = new LocatedElement(getQName(), line);
        copy.sourceFile = sourceFile != null ? sourceFile : file;
        copy.attributeOrigins.putAll(attributeOrigins);
        for (Attribute attribute : attributes()) {
            copy.addAttribute(attribute.getQName(), attribute.getValue());
        }
        for (Object node : content()) {
            if (node instanceof LocatedElement child) {
                copy.add(child.copyFrom(file));
            } else if (node instanceof org.dom4j.Text text) {
                copy.addText(text.getText());
            } else if (node instanceof org.dom4j.CDATA cdata) {
                copy.addCDATA(cdata.getText());
            }
        }
        return copy;
    }

    /**
     * The line the element's start tag ends on, 1-based, as SAX reports it: a tag whose attributes
     * run over several lines is placed on the line of its {@code >}; 0 when the parser gave none.
     */
    public int line() {
        return line;
    }

    /** The child elements with the given local name, in document order. */
    public List<LocatedElement> children(String localName) {
        List<LocatedElement> matches = new ArrayList<>();
        for (Element child : elements()) {
            if (child.getName().equals(localName) && child instanceof LocatedElement located) {
                matches.add(located);
            }
        }
        return matches;
    }

    /** All child elements, in document order. */
    public List<LocatedElement> children() {
        List<LocatedElement> all = new ArrayList<>();
        for (Element child : elements()) {
            if (child instanceof LocatedElement located) {
                all.add(located);
            }
        }
        return all;
    }

    /** The last child with the given local name, as the frameworks let a later one win. */
    public Optional<LocatedElement> lastChild(String localName) {
        List<LocatedElement> matches = children(localName);
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(matches.size() - 1));
    }

    /**
     * The element at {@code path} below this one (local names separated by {@code /}), taking the
     * last child of each name at every step, or empty when a step is missing.
     */
    public Optional<LocatedElement> lastAlong(String path) {
        LocatedElement current = this;
        for (String step : path.split("/")) {
            Optional<LocatedElement> next = current.lastChild(step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /** The deepest element reached along {@code path} as {@link #lastAlong} walks it, this one when none. */
    public LocatedElement deepestAlong(String path) {
        LocatedElement current = this;
        for (String step : path.split("/")) {
            Optional<LocatedElement> next = current.lastChild(step);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    /** The value of an attribute in no namespace, or empty when the attribute is absent. */
    public Optional<String> findAttribute(String name) {
        Attribute attribute = attribute(QName.get(name));
        return attribute == null ? Optional.empty() : Optional.of(attribute.getValue());
    }

    /** The element's text with surrounding white space removed, as servlet containers read values. */
    public String trimmedText() {
        return getText().strip();
    }

    /**
     * A simple XPath to the element by local names. Where the element names itself among its siblings
     * (an {@code add} with its {@code key}, a servlet with its {@code servlet-name}) and no sibling of
     * the same name shares that value, the step says so: {@code add[@key='PROTOCOL']},
     * {@code servlet[servlet-name='default']}, so that the path stays the same when entries are added
     * or moved around it. Otherwise siblings that share the name get a 1-based position:
     * {@code /configuration/location[2]/system.web/httpCookies}.
     */
    public String xpath() {
        List<String> steps = new ArrayList<>();
        Element current = this;
        while (current != null) {
            Element parent = current.getParent();
            steps.add(
                    current instanceof LocatedElement located && parent instanceof LocatedElement locatedParent
                            ? located.step(locatedParent.children(current.getName()))
                            : current.getName());
            current = parent;
        }
        // Built leaf first and joined root first, as inserting at the front costs the depth squared.
        StringBuilder path = new StringBuilder();
        for (int i = steps.size() - 1; i >= 0; i--) {
            path.append('/').append(steps.get(i));
        }
        return path.toString();
    }

    /** This element's step in {@link #xpath()}, among the siblings that share its name (itself included). */
    private String step(List<LocatedElement> siblings) {
        for (String attribute : KEY_ATTRIBUTES) {
            Optional<String> value = findAttribute(attribute);
            if (value.isPresent()
                    && siblings.stream()
                            .filter(sibling -> sibling != this)
                            .noneMatch(
                                    sibling -> sibling.findAttribute(attribute).equals(value))) {
                return getName() + "[@" + attribute + "=" + quoted(value.get()) + "]";
            }
        }
        for (String child : KEY_CHILDREN) {
            Optional<String> value = lastChild(child).map(LocatedElement::trimmedText);
            if (value.isPresent()
                    && siblings.stream()
                            .filter(sibling -> sibling != this)
                            .noneMatch(sibling -> sibling.lastChild(child)
                                    .map(LocatedElement::trimmedText)
                                    .equals(value))) {
                return getName() + "[" + child + "=" + quoted(value.get()) + "]";
            }
        }
        return siblings.size() > 1 ? getName() + "[" + (siblings.indexOf(this) + 1) + "]" : getName();
    }

    /** An XPath string literal: in single quotes, or double quotes when the value holds a single one. */
    private static String quoted(String value) {
        return value.indexOf('\'') < 0 ? "'" + value + "'" : "\"" + value + "\"";
    }
}
