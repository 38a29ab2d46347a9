package dev.hardening.bizagi.parse;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.dom4j.Document;
import org.dom4j.DocumentException;
import org.dom4j.DocumentFactory;
import org.dom4j.Element;
import org.dom4j.QName;
import org.dom4j.io.SAXContentHandler;
import org.dom4j.io.SAXReader;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Parses configuration XML into {@link LocatedElement}s without ever reaching the network or the file
 * system: a DOCTYPE is accepted, but no external DTD or entity is loaded, and entity expansion is
 * bounded. Bytes go to the parser undecoded, so a byte-order mark, UTF-16 or the declared encoding are
 * honoured as the frameworks honour them.
 *
 * <p>Each call builds its own parser, so one reader may serve several threads.
 */
public final class SafeXmlReader {

    /** Entity expansions allowed in one document; real configuration files use none. */
    private static final String ENTITY_EXPANSION_LIMIT = "1000";

    private static final String JDK_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/";

    /**
     * Parses {@code content}.
     *
     * @param content the file's bytes
     * @param displayPath the file's name in errors
     * @return the document, whose elements are all {@link LocatedElement}s
     * @throws MalformedDescriptorException when the bytes are not well-formed XML, or exceed a bound
     */
    public Document read(byte[] content, String displayPath) throws MalformedDescriptorException {
        LocatingDocumentFactory factory = new LocatingDocumentFactory();
        try {
            SAXReader reader = new LocatingSaxReader(newXmlReader(), factory);
            reader.setDocumentFactory(factory);
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            reader.setValidation(false);
            reader.setStripWhitespaceText(false);
            return reader.read(new ByteArrayInputStream(content));
        } catch (DocumentException e) {
            throw malformed(e, displayPath);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
        }
    }

    private static XMLReader newXmlReader() throws SAXException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        reader.setProperty(JDK_PROPERTY + "entityExpansionLimit", ENTITY_EXPANSION_LIMIT);
        return reader;
    }

    private static MalformedDescriptorException malformed(DocumentException e, String displayPath) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof SAXParseException)) {
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (cause instanceof SAXParseException parse) {
            return new MalformedDescriptorException(displayPath, Math.max(parse.getLineNumber(), 0), parse.getMessage(), e);
        }
        Throwable root = e.getNestedException() != null ? e.getNestedException() : e;
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new MalformedDescriptorException(displayPath, 0, reason, e);
    }

    /** Creates {@link LocatedElement}s stamped with the parser's current line. */
    private static final class LocatingDocumentFactory extends DocumentFactory {

        private static final long serialVersionUID = 1L;

        private transient Locator locator;

        @Override
        public Element createElement(QName name) {
            return new LocatedElement(name, locator == null ? 0 : locator.getLineNumber());
        }
    }

    /** Hands the parser's locator to the factory once parsing starts. */
    private static final class LocatingSaxReader extends SAXReader {

        private final LocatingDocumentFactory factory;

        LocatingSaxReader(XMLReader xmlReader, LocatingDocumentFactory factory) {
            super(xmlReader);
            this.factory = factory;
        }

        @Override
        protected SAXContentHandler createContentHandler(XMLReader reader) {
            return new SAXContentHandler(factory, getDispatchHandler()) {
                @Override
                public void setDocumentLocator(Locator locator) {
                    super.setDocumentLocator(locator);
                    factory.locator = locator;
                }
            };
        }
    }
}
