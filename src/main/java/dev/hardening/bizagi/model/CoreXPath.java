package dev.hardening.bizagi.model;

import org.dom4j.xpath.DefaultXPath;
import org.jaxen.XPathFunctionContext;

/**
 * Compiles XPath expressions written in the files being checked (XDT locators, Web Deploy matches)
 * with XPath 1.0's core functions only: jaxen's default set adds {@code document()}, which would let
 * such a file make the check read another file or a URL.
 */
final class CoreXPath {

    /** Never changed once built, so one serves every thread. */
    private static final XPathFunctionContext CORE_FUNCTIONS = new XPathFunctionContext(false);

    private CoreXPath() {}

    /**
     * @throws org.dom4j.InvalidXPathException when the expression does not compile
     */
    static DefaultXPath compile(String expression) {
        DefaultXPath xpath = new DefaultXPath(expression);
        xpath.setFunctionContext(CORE_FUNCTIONS);
        return xpath;
    }
}
