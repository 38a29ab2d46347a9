package dev.hardening.bizagi.model;

import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dom4j.Attribute;
import org.dom4j.Element;
import org.dom4j.InvalidXPathException;
import org.dom4j.Namespace;
import org.dom4j.Node;
import org.dom4j.XPathException;
import org.dom4j.xpath.DefaultXPath;
import org.jaxen.SimpleNamespaceContext;

/**
 * One element of an XDT transform file and the XPath it stands for in the web.config, built as
 * Microsoft.Web.XmlTransform builds it: the parent element's XPath, one step naming the element, and
 * the predicate its {@code xdt:Locator} gives.
 *
 * <ul>
 *   <li>no locator: {@code <parent>/name};
 *   <li>{@code Match(a,b)}: {@code <parent>/name[@a='..' and @b='..']} with this element's values;
 *   <li>{@code Condition(expr)}: {@code <parent>/name[expr]};
 *   <li>{@code XPath(expr)}: {@code expr} when absolute, else {@code <parent>/name/expr}; it is also where
 *       an {@code Insert} puts the element.
 * </ul>
 *
 * <p>Names match by namespace and local name, as in the .NET XPath the publishing step runs: an element
 * of the transform file in no namespace matches only elements in no namespace, so a web.config whose
 * root declares {@code xmlns="http://schemas.microsoft.com/.NetConfiguration/v2.0"} is changed only by a
 * transform file that declares the same default namespace.
 *
 * <p>XPath runs through jaxen with the XPath 1.0 functions only: .NET offers no others, and jaxen's
 * {@code document()} would let a transform file make the check read a URL.
 */
final class XdtLocator {

    /** The XML-Document-Transform namespace, which holds the {@code Transform} and {@code Locator} attributes. */
    static final String NAMESPACE = "http://schemas.microsoft.com/XML-Document-Transform";

    /** The prefix .NET's transform engine binds to the transform element's default namespace. */
    private static final String DEFAULT_NAMESPACE_PREFIX = "_defaultNamespace";

    private final String transformFile;
    private final LocatedElement element;
    private final XdtLocator parent;

    /**
     * @param transformFile the transform file's display path, for errors
     * @param element the element of the transform file
     * @param parent the locator of its parent element, {@code null} for the root element
     */
    XdtLocator(String transformFile, LocatedElement element, XdtLocator parent) {
        this.transformFile = transformFile;
        this.element = element;
        this.parent = parent;
    }

    /** The element of the transform file. */
    LocatedElement element() {
        return element;
    }

    /** The call in the element's {@code xdt:<name>} attribute, if it has one. */
    Optional<XdtCall> call(String name) throws MalformedDescriptorException {
        for (Attribute attribute : element.attributes()) {
            if (attribute.getName().equals(name) && NAMESPACE.equals(attribute.getNamespaceURI())) {
                return Optional.of(XdtCall.parse(attribute.getValue())
                        .orElseThrow(() -> malformed("xdt:" + name + "=\"" + attribute.getValue()
                                + "\" is not a name with optional arguments in parentheses")));
            }
        }
        return Optional.empty();
    }

    /** The XPath of the web.config elements this element stands for. */
    String path() throws MalformedDescriptorException {
        String parentPath = parent == null ? "" : parent.path();
        Optional<XdtCall> locator = call("Locator");
        if (locator.isEmpty()) {
            return step(parentPath, nodeTest(), "");
        }
        XdtCall call = known(locator.get());
        return switch (call.name()) {
            case "Match" -> step(parentPath, nodeTest(), matchPredicate(call));
            case "Condition" -> step(parentPath, nodeTest(), onlyArgument(call));
            case "XPath" -> xpath(parentPath, onlyArgument(call));
            default -> step(parentPath, nodeTest(), "");
        };
    }

    /**
     * The XPath of the web.config elements an inserted copy of this element goes into: the parent's
     * XPath, or this element's own with an {@code XPath} locator; empty for the transform's root element,
     * which has nothing to go into.
     */
    Optional<String> parentPath() throws MalformedDescriptorException {
        if (parent == null) {
            return Optional.empty();
        }
        Optional<XdtCall> locator = call("Locator");
        if (locator.isPresent() && known(locator.get()).name().equals("XPath")) {
            return Optional.of(path());
        }
        return Optional.of(parent.path());
    }

    /**
     * The elements {@code xpath} selects from {@code context}, in document order.
     *
     * @param namespaced whether prefixes resolve as in the transform file (locator paths) or not at all
     *     (the sibling path of {@code InsertBefore} and {@code InsertAfter}, which .NET evaluates with no
     *     namespace manager)
     */
    List<Element> select(String xpath, Node context, boolean namespaced) throws MalformedDescriptorException {
        List<Node> nodes = nodes(xpath, context, namespaced);
        List<Element> elements = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof Element selected)) {
                throw malformed("the XPath " + xpath + " selects "
                        + node.getNodeTypeName().toLowerCase(Locale.ROOT) + " nodes, not elements");
            }
            elements.add(selected);
        }
        return elements;
    }

    /** The attributes {@code names} (XDT's {@code @a|@b}, or {@code @*} when empty) selects on {@code node}. */
    List<Attribute> attributes(Element node, List<String> names) throws MalformedDescriptorException {
        String xpath = names.isEmpty() ? "@*" : "@" + String.join("|@", names);
        List<Attribute> attributes = new ArrayList<>();
        for (Node selected : nodes(xpath, node, false)) {
            if (selected instanceof Attribute attribute && !NAMESPACE.equals(attribute.getNamespaceURI())) {
                attributes.add(attribute);
            }
        }
        return attributes;
    }

    /** An error at this element of the transform file. */
    MalformedDescriptorException malformed(String reason) {
        return new MalformedDescriptorException(transformFile, element.line(), reason, null);
    }

    private List<Node> nodes(String xpath, Node context, boolean namespaced) throws MalformedDescriptorException {
        try {
            DefaultXPath compiled = CoreXPath.compile(xpath);
            compiled.setNamespaceContext(new SimpleNamespaceContext(namespaced ? namespaces() : Map.of()));
            List<Node> nodes = new ArrayList<>();
            for (Object selected : compiled.selectNodes(context)) {
                if (!(selected instanceof Node node)) {
                    throw malformed("the XPath " + xpath + " gives a value, not elements");
                }
                nodes.add(node);
            }
            return nodes;
        } catch (InvalidXPathException | XPathException e) {
            throw new MalformedDescriptorException(
                    transformFile,
                    element.line(),
                    "the XPath " + xpath + " cannot be evaluated: " + reason(e, xpath),
                    e);
        }
    }

    /** The XPath engine's reason, without the expression dom4j repeats in front of it. */
    private static String reason(RuntimeException e, String xpath) {
        String message = String.valueOf(e.getMessage());
        String repeated = e instanceof InvalidXPathException
                ? "Invalid XPath expression: " + xpath
                : "Exception occurred evaluting XPath: " + xpath + ". Exception:";
        return message.startsWith(repeated)
                ? message.substring(repeated.length()).strip()
                : message;
    }

    /**
     * The step naming this element: its qualified name, or its local name under
     * {@value #DEFAULT_NAMESPACE_PREFIX} when it is in a default namespace.
     */
    private String nodeTest() {
        if (!element.getNamespaceURI().isEmpty() && element.getNamespacePrefix().isEmpty()) {
            return DEFAULT_NAMESPACE_PREFIX + ":" + element.getName();
        }
        return element.getQualifiedName();
    }

    /** The namespaces in scope at this element, the default one under {@value #DEFAULT_NAMESPACE_PREFIX}. */
    private Map<String, String> namespaces() {
        Map<String, String> namespaces = new HashMap<>();
        for (Element scope = element; scope != null; scope = scope.getParent()) {
            for (Namespace declared : scope.declaredNamespaces()) {
                String prefix = declared.getPrefix().isEmpty() ? DEFAULT_NAMESPACE_PREFIX : declared.getPrefix();
                namespaces.putIfAbsent(prefix, declared.getURI());
            }
        }
        namespaces.putIfAbsent("xml", Namespace.XML_NAMESPACE.getURI());
        return namespaces;
    }

    /** {@code locator} when it names one of the publishing step's locators (its internal default included). */
    private XdtCall known(XdtCall locator) throws MalformedDescriptorException {
        return switch (locator.name()) {
            case "Match", "Condition", "XPath", "DefaultLocator" -> locator;
            default ->
                throw malformed("xdt:Locator=\"" + locator.name() + "\" is not a locator the publishing step knows"
                        + " (Match, Condition, XPath)");
        };
    }

    private String matchPredicate(XdtCall match) throws MalformedDescriptorException {
        if (match.arguments().isEmpty()) {
            throw malformed("xdt:Locator=\"Match\" needs the names of the attributes to match");
        }
        List<String> segments = new ArrayList<>();
        for (String name : match.arguments()) {
            Attribute attribute = element.attributes().stream()
                    .filter(candidate -> candidate.getQualifiedName().equals(name))
                    .findFirst()
                    .orElseThrow(() -> malformed("xdt:Locator=\"Match(" + String.join(",", match.arguments())
                            + ")\" names the attribute " + name + ", which this element does not have"));
            segments.add("@" + attribute.getQualifiedName() + "='" + attribute.getValue() + "'");
        }
        return String.join(" and ", segments);
    }

    private String onlyArgument(XdtCall locator) throws MalformedDescriptorException {
        return locator.onlyArgument()
                .orElseThrow(() -> malformed("xdt:Locator=\"" + locator.name() + "\" takes exactly one argument,"
                        + " not " + locator.arguments().size() + " (a comma outside parentheses separates two)"));
    }

    private String xpath(String parentPath, String xpath) {
        if (xpath.startsWith("/")) {
            return xpath;
        }
        return step(step(parentPath, nodeTest(), ""), xpath, "").replace("/./", "/");
    }

    private static String step(String base, String nodeTest, String predicate) {
        StringBuilder path = new StringBuilder(base);
        if (!base.endsWith("/")) {
            path.append('/');
        }
        path.append(nodeTest);
        if (!predicate.isEmpty()) {
            path.append(predicate.startsWith("[") ? "" : "[")
                    .append(predicate)
                    .append(predicate.endsWith("]") ? "" : "]");
        }
        return path.toString();
    }
}
