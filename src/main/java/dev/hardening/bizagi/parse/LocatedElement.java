package dev.hardening.bizagi.parse;

import java.util.ArrayList;
import java.util.List;
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

    private final int line;

    LocatedElement(QName name, int line) {
        super(name);
        this.line = line;
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
     * A simple XPath to the element by local names, with a 1-based position where siblings share the
     * name: {@code /configuration/location[2]/system.web/httpCookies}.
     */
    public String xpath() {
        List<String> steps = new ArrayList<>();
        Element current = this;
        while (current != null) {
            String step = current.getName();
            Element parent = current.getParent();
            if (parent instanceof LocatedElement located) {
                List<LocatedElement> siblings = located.children(step);
                if (siblings.size() > 1) {
                    step += "[" + (siblings.indexOf(current) + 1) + "]";
                }
            }
            steps.add(step);
            current = parent;
        }
        // Built leaf first and joined root first, as inserting at the front costs the depth squared.
        StringBuilder path = new StringBuilder();
        for (int i = steps.size() - 1; i >= 0; i--) {
            path.append('/').append(steps.get(i));
        }
        return path.toString();
    }
}
