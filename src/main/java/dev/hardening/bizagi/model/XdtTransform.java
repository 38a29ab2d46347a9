package dev.hardening.bizagi.model;

import dev.hardening.bizagi.input.Descriptor;
import dev.hardening.bizagi.parse.LocatedElement;
import dev.hardening.bizagi.parse.MalformedDescriptorException;
import dev.hardening.bizagi.parse.SafeXmlReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dom4j.Attribute;
import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.Namespace;
import org.dom4j.Node;

/**
 * Applies the XDT transform {@code Web.<environment>.config} that stands beside a {@code Web.config},
 * as the publishing step would, so that a project checked from source is judged as it will deploy.
 *
 * <p>Follows Microsoft.Web.XmlTransform, which MSBuild's {@code TransformXml} task runs: the transform
 * file's elements are visited in document order, each one's {@code xdt:Transform} is applied to the
 * web.config elements its {@code xdt:Locator} finds (see {@link XdtLocator}), and its child elements are
 * visited next whether or not it carries a transform. The transforms:
 *
 * <ul>
 *   <li>{@code Replace}, {@code Remove}: the first element found; {@code RemoveAll}: every one;
 *   <li>{@code Insert}: a copy as the last child of the first parent found; {@code InsertIfMissing}: the
 *       same, when nothing is found; {@code InsertBefore(xpath)}, {@code InsertAfter(xpath)}: beside the
 *       first element {@code xpath} selects from that parent;
 *   <li>{@code SetAttributes(names)}, {@code RemoveAttributes(names)}: the attributes named (all when none
 *       are) on every element found.
 * </ul>
 *
 * <p>A transform that finds no element is passed over, as MSBuild passes it over with a warning; an
 * insert that finds no parent or sibling, an unknown transform or locator, or an XPath that does not
 * evaluate stops MSBuild with an error, and is a {@link MalformedDescriptorException} here. A transform
 * file that never declares the XDT namespace changes nothing, as in MSBuild.
 *
 * <p>Copies keep the transform file's lines and name it as their file, and an attribute set by
 * {@code SetAttributes} records the transform's line, so that findings point where the value was written.
 *
 * <p>Sources: https://learn.microsoft.com/en-us/previous-versions/aspnet/dd465326(v=vs.110) ("Web.config
 * Transformation Syntax"); Microsoft.Web.XmlTransform ({@code XmlTransformation.cs},
 * {@code Transforms.cs}, {@code Locators.cs}, {@code XmlElementContext.cs}).
 *
 * <p>Limitations: only {@code Web.config} files are transformed, by the file named for one environment
 * (a publish profile's second transform, {@code Web.<profile>.config}, is not applied);
 * {@code SetTokenizedAttributes} and transforms loaded with {@code xdt:Import} are refused as unknown;
 * comments and processing instructions of inserted elements are not carried over.
 */
final class XdtTransform {

    private XdtTransform() {}

    /**
     * @param file the web.config
     * @param root its parsed root, changed in place
     * @param environment the build configuration whose transform applies, such as {@code Release}
     * @return the transformed root; {@code root} itself when no transform stands beside the file, or
     *     when the file comes from an archive: a package holds what publishing produced, and copying it
     *     into place applies no transform
     * @throws MalformedDescriptorException when the transform does not parse or cannot be applied
     */
    static LocatedElement apply(
            Descriptor file, LocatedElement root, Companions companions, SafeXmlReader xml, String environment)
            throws MalformedDescriptorException {
        String name = file.name();
        if (file.archived()
                || environment == null
                || environment.isBlank()
                || !name.toLowerCase(Locale.ROOT).equals("web.config")) {
            return root;
        }
        String transformName = "Web." + environment.strip() + ".config";
        Optional<Descriptor> transform = companions.find(
                file.container(), file.folder().isEmpty() ? transformName : file.folder() + "/" + transformName);
        if (transform.isEmpty()) {
            return root;
        }
        String transformFile = transform.get().displayPath();
        Element transformRoot =
                xml.read(transform.get().content(), transformFile).getRootElement();
        if (!declaresTransformNamespace(transformRoot)) {
            return root;
        }
        Document target = root.getDocument() != null ? root.getDocument() : DocumentHelper.createDocument(root);
        new XdtRun(transformFile, target).visit((LocatedElement) transformRoot, null);
        return (LocatedElement) target.getRootElement();
    }

    private static boolean declaresTransformNamespace(Element element) {
        for (Namespace declared : element.declaredNamespaces()) {
            if (declared.getURI().equals(XdtLocator.NAMESPACE)) {
                return true;
            }
        }
        for (Element child : element.elements()) {
            if (declaresTransformNamespace(child)) {
                return true;
            }
        }
        return false;
    }

    /** One application of a transform file to one web.config document. */
    private record XdtRun(String transformFile, Document target) {

        /** Applies {@code element}'s transform, then visits its child elements. */
        void visit(LocatedElement element, XdtLocator parent) throws MalformedDescriptorException {
            if (XdtLocator.NAMESPACE.equals(element.getNamespaceURI())) {
                // xdt:Import and the like are directives to the transform engine, not parts of web.config.
                return;
            }
            XdtLocator locator = new XdtLocator(transformFile, element, parent);
            Optional<XdtCall> transform = locator.call("Transform");
            if (transform.isPresent()) {
                perform(locator, transform.get());
            }
            for (LocatedElement child : element.children()) {
                visit(child, locator);
            }
        }

        private void perform(XdtLocator locator, XdtCall transform) throws MalformedDescriptorException {
            switch (transform.name()) {
                case "Replace" -> replace(locator);
                case "Remove" -> remove(locator, false);
                case "RemoveAll" -> remove(locator, true);
                case "Insert" -> insert(locator, false);
                case "InsertIfMissing" -> insert(locator, true);
                case "InsertBefore" -> insertBeside(locator, transform, 0);
                case "InsertAfter" -> insertBeside(locator, transform, 1);
                case "SetAttributes" -> setAttributes(locator, transform.arguments());
                case "RemoveAttributes" -> removeAttributes(locator, transform.arguments());
                default ->
                    throw locator.malformed("xdt:Transform=\"" + transform.name() + "\" is not a transform the check"
                            + " knows (Replace, Insert, InsertIfMissing, InsertBefore, InsertAfter, Remove,"
                            + " RemoveAll, RemoveAttributes, SetAttributes)");
            }
        }

        private void replace(XdtLocator locator) throws MalformedDescriptorException {
            List<Element> targets = targets(locator);
            if (targets.isEmpty()) {
                return;
            }
            Element replaced = targets.get(0);
            LocatedElement copy = copyOf(locator);
            Element parent = replaced.getParent();
            if (parent == null) {
                target.setRootElement(copy);
            } else {
                List<Node> siblings = parent.content();
                siblings.set(siblings.indexOf(replaced), copy);
            }
        }

        private void remove(XdtLocator locator, boolean all) throws MalformedDescriptorException {
            List<Element> targets = targets(locator);
            for (Element removed : all ? targets : targets.stream().limit(1).toList()) {
                if (removed.getParent() == null) {
                    throw locator.malformed("the transform removes the root element, which leaves no web.config");
                }
                removed.detach();
            }
        }

        private void insert(XdtLocator locator, boolean onlyIfMissing) throws MalformedDescriptorException {
            Element parent = parent(locator);
            if (!onlyIfMissing || targets(locator).isEmpty()) {
                parent.add(copyOf(locator));
            }
        }

        private void insertBeside(XdtLocator locator, XdtCall transform, int offset)
                throws MalformedDescriptorException {
            Element parent = parent(locator);
            String xpath = transform
                    .onlyArgument()
                    .orElseThrow(() -> locator.malformed("xdt:Transform=\"" + transform.name() + "\" takes exactly"
                            + " one XPath, not " + transform.arguments().size()
                            + " (a comma outside parentheses separates two)"));
            List<Element> siblings = locator.select(xpath, parent, false);
            if (siblings.isEmpty()) {
                throw locator.malformed("xdt:Transform=\"" + transform.name() + "\" finds no element at " + xpath
                        + ", so publishing stops with an error");
            }
            Element sibling = siblings.get(0);
            if (sibling.getParent() == null) {
                throw locator.malformed("xdt:Transform=\"" + transform.name() + "\" would put a second root element"
                        + " beside " + xpath);
            }
            List<Node> content = sibling.getParent().content();
            content.add(content.indexOf(sibling) + offset, copyOf(locator));
        }

        private void setAttributes(XdtLocator locator, List<String> names) throws MalformedDescriptorException {
            LocatedElement source = locator.element();
            LocatedElement.Origin origin = new LocatedElement.Origin(transformFile, source.line());
            List<Attribute> attributes = locator.attributes(source, names);
            for (Element element : targets(locator)) {
                for (Attribute attribute : attributes) {
                    ((LocatedElement) element).setAttribute(attribute.getName(), attribute.getValue(), origin);
                }
            }
        }

        private void removeAttributes(XdtLocator locator, List<String> names) throws MalformedDescriptorException {
            for (Element element : targets(locator)) {
                for (Attribute attribute : locator.attributes(element, names)) {
                    if (attribute.getNamespaceURI().isEmpty()) {
                        ((LocatedElement) element).removeAttribute(attribute.getName());
                    } else {
                        element.remove(attribute);
                    }
                }
            }
        }

        private List<Element> targets(XdtLocator locator) throws MalformedDescriptorException {
            return locator.select(locator.path(), target, true);
        }

        /** The element an insert goes into, which MSBuild requires to exist. */
        private Element parent(XdtLocator locator) throws MalformedDescriptorException {
            String path = locator.parentPath()
                    .orElseThrow(() -> locator.malformed("an insert on the root element has nothing to go into"));
            List<Element> parents = locator.select(path, target, true);
            if (parents.isEmpty()) {
                throw locator.malformed(
                        "the insert finds no element at " + path + " to go into, so publishing stops with an error");
            }
            return parents.get(0);
        }

        /** The transform file's element as it goes into the web.config, without its xdt: attributes. */
        private LocatedElement copyOf(XdtLocator locator) {
            LocatedElement copy = locator.element().copyFrom(transformFile);
            removeTransformAttributes(copy);
            return copy;
        }

        private static void removeTransformAttributes(LocatedElement element) {
            for (Attribute attribute : List.copyOf(element.attributes())) {
                if (XdtLocator.NAMESPACE.equals(attribute.getNamespaceURI())) {
                    element.remove(attribute);
                }
            }
            for (LocatedElement child : element.children()) {
                removeTransformAttributes(child);
            }
        }
    }
}
