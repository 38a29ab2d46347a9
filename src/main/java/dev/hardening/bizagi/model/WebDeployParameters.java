package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.LocatedElement.Origin;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SafeXmlReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.dom4j.Attribute;
import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.InvalidXPathException;
import org.dom4j.Node;
import org.dom4j.Text;
import org.dom4j.XPath;
import org.dom4j.XPathException;

/**
 * Substitutes the values a Web Deploy package's {@code parameters.xml} declares for a web.config, with
 * the values of the {@code SetParameters.xml} beside the package (else the declared defaults), as the
 * deployment will.
 *
 * <ul>
 *   <li>The declarations are the {@code parameters.xml} in the web.config's folder or the nearest
 *       folder above it in the same package or folder: the root of a Web Deploy package (whose site
 *       lies under {@code Content/...}), of an archive directory, or a web project's own declarations.
 *       A {@code parameters.xml} whose root is not {@code <parameters>} is someone else's file and is
 *       passed over.
 *   <li>Each {@code <parameter>} with a {@code <parameterEntry kind="XmlFile">} ({@code type} in older
 *       files) whose {@code scope} regular expression is found in the web.config's path below the
 *       {@code parameters.xml}, case ignored, applies to this file. The path is tried with
 *       backslashes, as Web Deploy writes it, and with slashes, each with and without a separator in
 *       front, since the deployed file always has a folder above it ({@code \\web.config$}).
 *   <li>Its value is the {@code <setParameter name="..." value="...">} of
 *       {@code <package>.SetParameters.xml} beside the package when the package is an archive
 *       ({@code target/Portal.zip} reads {@code target/Portal.SetParameters.xml}), names compared
 *       without regard to case and the last one winning; else the parameter's {@code defaultValue}.
 *       Every attribute the entry's {@code match} XPath selects takes the value, recording the line of
 *       the {@code setParameter} or {@code parameter} that gave it, so findings point there; a selected
 *       element or text node has its text replaced.
 *   <li>A parameter with neither a value nor a default gets the token {@code #{<name>}}, recorded at
 *       the parameter's line: the deployment asks for a value the package does not know, so the check
 *       judges the token (every rule reports a token as unproven) rather than the text the file holds.
 *   <li>The XPath sees every element by its local name and in no namespace, so a default namespace
 *       on {@code <configuration>} (Visual Studio 2005 web.configs) does not stop a match; whether
 *       Web Deploy itself matches such a file is unconfirmed. An XPath with namespace prefixes, like a
 *       {@code scope} that is no regular expression, stops the check at the entry's line.
 * </ul>
 *
 * <p>Sources: "Configuring Parameters for Web Package Deployment"
 * (https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/web-deployment-in-the-enterprise/configuring-parameters-for-web-package-deployment):
 * the package, {@code <project>.SetParameters.xml} beside it, {@code parameterEntry kind="XmlFile"}
 * with a {@code scope} regular expression and an XPath {@code match}; "Using declareParam and
 * setParam" (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2008-r2-and-2008/dd569084(v=ws.10)):
 * a parameter without a default must be given a value at deployment.
 *
 * <p>Limitations: other entry kinds ({@code TextFile}, {@code ProviderPath}, ...) and values given on
 * the {@code msdeploy -setParam} command line are not known to the check; a {@code {name}} reference
 * to another parameter inside a value is kept as written; Java's regular expressions stand in for
 * .NET's (they agree on the constructs scopes use); the line of a value substituted into element text
 * stays the element's; a {@code SetParameters.xml} beside an archive nested in another is not read.
 * That names compare without regard to case, and that the last of two {@code setParameter} elements
 * with one name wins, are inferred (unconfirmed).
 */
final class WebDeployParameters {

    /** The name of the declarations file, looked up without regard to case. */
    private static final String DECLARATIONS = "parameters.xml";

    private WebDeployParameters() {}

    /**
     * @param file the web.config
     * @param root its parsed root, changed in place
     * @return the root with deploy-time values in place
     * @throws MalformedDescriptorException when the parameter files do not parse, or a parameter
     *     applying to the file has a {@code scope} or {@code match} that cannot be evaluated
     */
    static LocatedElement apply(Descriptor file, LocatedElement root, Companions companions, SafeXmlReader xml)
            throws MalformedDescriptorException {
        if (file.archived() && companions.find(file.container(), "archive.xml").isEmpty()) {
            // A zip without archive.xml is copied into place, not deployed by Web Deploy: its
            // parameters.xml changes nothing.
            return root;
        }
        Optional<Descriptor> declarations = declarations(file, companions);
        if (declarations.isEmpty()) {
            return root;
        }
        LocatedElement parameters = parse(declarations.get(), xml);
        if (!parameters.getName().equals("parameters")) {
            return root;
        }
        String path = relativePath(file.path(), declarations.get().folder());
        Map<String, Value> given = setParameters(file, declarations.get(), companions, xml);
        Shadow shadow = new Shadow(root);
        for (LocatedElement parameter : parameters.children("parameter")) {
            String name = parameter.findAttribute("name").orElse("");
            for (LocatedElement entry : parameter.children("parameterEntry")) {
                if (isXmlFile(entry) && inScope(entry, path, declarations.get())) {
                    Value value = given.getOrDefault(
                            name.toLowerCase(Locale.ROOT), declared(parameter, name, declarations.get()));
                    shadow.set(select(shadow, entry, declarations.get()), value);
                }
            }
        }
        return root;
    }

    /** A value and where it was written. */
    private record Value(String text, Origin origin) {}

    /** The {@code parameters.xml} in the file's folder or the nearest folder above it. */
    private static Optional<Descriptor> declarations(Descriptor file, Companions companions) {
        String folder = file.folder();
        while (true) {
            Optional<Descriptor> found =
                    companions.find(file.container(), folder.isEmpty() ? DECLARATIONS : folder + "/" + DECLARATIONS);
            if (found.isPresent() || folder.isEmpty()) {
                return found;
            }
            int slash = folder.lastIndexOf('/');
            folder = slash < 0 ? "" : folder.substring(0, slash);
        }
    }

    /**
     * The values of {@code <package>.SetParameters.xml} beside the archive the declarations are the
     * root of, by lower-case name; none when the package is not an archive or the file is absent.
     */
    private static Map<String, Value> setParameters(
            Descriptor file, Descriptor declarations, Companions companions, SafeXmlReader xml)
            throws MalformedDescriptorException {
        Map<String, Value> values = new HashMap<>();
        if (!file.archived() || !declarations.folder().isEmpty()) {
            return values;
        }
        // The archive's own name inside the container that holds it: a folder, or an outer archive.
        String container = file.container();
        int nested = container.lastIndexOf("!/");
        int slash = container.lastIndexOf('/');
        String outer = nested >= 0 ? container.substring(0, nested) : slash < 0 ? "." : container.substring(0, slash);
        String archive = nested >= 0 ? container.substring(nested + 2) : container.substring(slash + 1);
        int dot = archive.lastIndexOf('.');
        String name = (dot > archive.lastIndexOf('/') ? archive.substring(0, dot) : archive) + ".SetParameters.xml";
        Optional<Descriptor> found = companions.find(outer, name);
        if (found.isEmpty()) {
            return values;
        }
        LocatedElement root = parse(found.get(), xml);
        for (LocatedElement setParameter : root.children("setParameter")) {
            Optional<String> key = setParameter.findAttribute("name");
            Optional<String> value = setParameter.findAttribute("value");
            if (key.isPresent() && value.isPresent()) {
                values.put(
                        key.get().toLowerCase(Locale.ROOT),
                        new Value(value.get(), new Origin(found.get().displayPath(), setParameter.line())));
            }
        }
        return values;
    }

    /** The parameter's default, or the token that stands for a value only the deployment knows. */
    private static Value declared(LocatedElement parameter, String name, Descriptor declarations) {
        Origin origin = new Origin(declarations.displayPath(), parameter.line());
        return new Value(parameter.findAttribute("defaultValue").orElse("#{" + name + "}"), origin);
    }

    private static boolean isXmlFile(LocatedElement entry) {
        return entry.findAttribute("kind")
                .or(() -> entry.findAttribute("type"))
                .map(kind -> kind.strip().equalsIgnoreCase("XmlFile"))
                .orElse(false);
    }

    /**
     * Whether the entry's scope is found in {@code path}, written with backslashes or slashes, with or
     * without a separator in front: Web Deploy matches the path the file has where it deploys, which
     * always has a folder above the file, as {@code \\web.config$} expects.
     */
    private static boolean inScope(LocatedElement entry, String path, Descriptor declarations)
            throws MalformedDescriptorException {
        String scope = entry.findAttribute("scope").orElse("");
        try {
            Pattern pattern = Pattern.compile(scope, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            String backslashed = path.replace('/', '\\');
            return Stream.of(backslashed, "\\" + backslashed, path, "/" + path)
                    .anyMatch(candidate -> pattern.matcher(candidate).find());
        } catch (PatternSyntaxException e) {
            throw new MalformedDescriptorException(
                    declarations.displayPath(),
                    entry.line(),
                    "the scope \"" + scope + "\" is not a regular expression (" + e.getDescription()
                            + "), so Web Deploy cannot tell which files the parameter changes",
                    e);
        }
    }

    /** The nodes of the shadow document the entry's {@code match} selects. */
    private static List<Node> select(Shadow shadow, LocatedElement entry, Descriptor declarations)
            throws MalformedDescriptorException {
        String match = entry.findAttribute("match").orElse("");
        try {
            XPath xpath = CoreXPath.compile(match);
            List<Node> nodes = new ArrayList<>();
            for (Object selected : xpath.selectNodes(shadow.document)) {
                if (!(selected instanceof Node node)) {
                    throw new MalformedDescriptorException(
                            declarations.displayPath(),
                            entry.line(),
                            "the match \"" + match + "\" gives a value, not the attributes or elements to set",
                            null);
                }
                nodes.add(node);
            }
            return nodes;
        } catch (InvalidXPathException | XPathException e) {
            throw new MalformedDescriptorException(
                    declarations.displayPath(),
                    entry.line(),
                    "the match \"" + match + "\" is not an XPath the check can evaluate (" + e.getMessage()
                            + "); the check matches names by local name and takes no namespace prefixes",
                    e);
        }
    }

    private static LocatedElement parse(Descriptor descriptor, SafeXmlReader xml) throws MalformedDescriptorException {
        return (LocatedElement)
                xml.read(descriptor.content(), descriptor.displayPath()).getRootElement();
    }

    /** {@code path} relative to {@code folder}, which holds it. */
    private static String relativePath(String path, String folder) {
        return folder.isEmpty() ? path : path.substring(folder.length() + 1);
    }

    /**
     * A copy of the web.config with every name in no namespace, for XPaths written without prefixes,
     * that knows which element of the web.config each of its elements copies.
     */
    private static final class Shadow {

        private final Document document = DocumentHelper.createDocument();
        private final Map<Element, LocatedElement> originals = new IdentityHashMap<>();

        Shadow(LocatedElement root) {
            document.setRootElement(copy(root));
        }

        private Element copy(LocatedElement element) {
            Element copy = DocumentHelper.createElement(element.getName());
            originals.put(copy, element);
            for (Attribute attribute : element.attributes()) {
                if (attribute.getNamespaceURI().isEmpty()) {
                    copy.addAttribute(attribute.getName(), attribute.getValue());
                }
            }
            for (Node node : element.content()) {
                if (node instanceof LocatedElement child) {
                    copy.add(copy(child));
                } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                    copy.addText(node.getText());
                }
            }
            return copy;
        }

        /** Gives every selected node the value, in the web.config and in the copy alike. */
        void set(List<Node> nodes, Value value) {
            for (Node node : nodes) {
                if (node instanceof Attribute attribute && originals.containsKey(attribute.getParent())) {
                    attribute.setValue(value.text());
                    originals
                            .get(attribute.getParent())
                            .setAttribute(attribute.getName(), value.text(), value.origin());
                } else if (node instanceof Element element && originals.containsKey(element)) {
                    element.setText(value.text());
                    originals.get(element).setText(value.text());
                } else if (node instanceof Text text && originals.containsKey(text.getParent())) {
                    text.getParent().setText(value.text());
                    originals.get(text.getParent()).setText(value.text());
                }
            }
        }
    }
}
