package dev.hardening.bizagi.parse;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Parses configuration XML into {@link LocatedElement}s without ever reaching the network or the file
 * system: a DOCTYPE is accepted, but no external DTD or entity is loaded (a document that refers to
 * an entity it does not declare itself is refused), and entity expansion and the nesting of elements
 * are bounded. Bytes go to the parser undecoded, so a byte-order mark,
 * UTF-16 or the declared encoding are honoured as the frameworks honour them.
 *
 * <p>Each call builds its own parser, so one reader may serve several threads.
 *
 * <p>The comments of each document read go to the reader's {@link CommentSink} with their lines, for
 * inline suppressions: dom4j's own comment nodes carry no line, and copies of elements between
 * documents leave them behind.
 */
public final class SafeXmlReader {

    /** Receives the comments of each document read. */
    @FunctionalInterface
    public interface CommentSink {
        /**
         * @param displayPath the file's name, as findings give it
         * @param comments its comments, in document order
         */
        void accept(String displayPath, List<SourceComment> comments);
    }

    /** Entity expansions allowed in one document; real configuration files use none. */
    private static final String ENTITY_EXPANSION_LIMIT = "1000";

    /**
     * Characters all entities of one document may expand to, so that a few references to one large
     * entity cannot blow a small file up; the JDK's own bound is fifty million.
     */
    private static final String TOTAL_ENTITY_SIZE_LIMIT = "1000000";

    /**
     * How deep elements may nest; real configuration files stay under twenty, and the bound keeps any
     * recursive walk of the tree far from the end of the stack.
     */
    private static final String MAX_ELEMENT_DEPTH = "1000";

    private static final String JDK_PROPERTY = "http://www.oracle.com/xml/jaxp/properties/";

    private final CommentSink comments;

    /** A reader that drops comments. */
    public SafeXmlReader() {
        this((displayPath, found) -> {});
    }

    /** A reader that hands each document's comments to {@code comments}, once the document is read. */
    public SafeXmlReader(CommentSink comments) {
        this.comments = comments;
    }

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
            List<SourceComment> found = new ArrayList<>();
            SAXReader reader = new LocatingSaxReader(newXmlReader(), factory, displayPath, found);
            reader.setDocumentFactory(factory);
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            reader.setValidation(false);
            reader.setStripWhitespaceText(false);
            reader.setIncludeInternalDTDDeclarations(true);
            Optional<Charset> utf16 = utf16ByteOrderMark(content);
            if (utf16.isPresent()) {
                // .NET reads a file that starts with a UTF-16 byte-order mark as UTF-16 whatever its
                // declaration says (Notepad keeps encoding="utf-8" when it saves "Unicode"); a
                // character stream makes the parser do the same.
                Document document =
                        reader.read(new StringReader(new String(content, 2, content.length - 2, utf16.get())));
                comments.accept(displayPath, List.copyOf(found));
                return document;
            }
            Document document = reader.read(new ByteArrayInputStream(content));
            comments.accept(displayPath, List.copyOf(found));
            return document;
        } catch (DocumentException e) {
            throw malformed(e, displayPath);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
        } finally {
            // Every element keeps the factory through its QName; the locator is the parser itself,
            // whose buffers and symbol table would otherwise live as long as the document.
            factory.locator = null;
        }
    }

    private static Optional<Charset> utf16ByteOrderMark(byte[] content) {
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static XMLReader newXmlReader() throws SAXException, ParserConfigurationException {
        // The JDK's own parser: the limits below are its properties, and a parser another jar names in
        // META-INF/services would be picked by newInstance() without them.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
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
        reader.setProperty(JDK_PROPERTY + "totalEntitySizeLimit", TOTAL_ENTITY_SIZE_LIMIT);
        reader.setProperty(JDK_PROPERTY + "maxElementDepth", MAX_ELEMENT_DEPTH);
        return reader;
    }

    private static MalformedDescriptorException malformed(DocumentException e, String displayPath) {
        Throwable cause = e;
        while (cause != null
                && !(cause instanceof SAXParseException)
                && !(cause instanceof UnsupportedEncodingException)) {
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (cause instanceof SAXParseException parse) {
            return new MalformedDescriptorException(
                    displayPath, Math.max(parse.getLineNumber(), 0), parse.getMessage(), e);
        }
        if (cause instanceof UnsupportedEncodingException encoding) {
            // The JDK names only the encoding; the declaration naming it opens the file.
            return new MalformedDescriptorException(
                    displayPath, 1, "the declared encoding \"" + encoding.getMessage() + "\" is not supported", e);
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

    /**
     * Hands the parser's locator to the factory once parsing starts, and records each comment with its
     * lines and the line of the tag that follows it.
     */
    private static final class LocatingSaxReader extends SAXReader {

        private final LocatingDocumentFactory factory;
        private final String displayPath;
        private final List<SourceComment> comments;

        LocatingSaxReader(
                XMLReader xmlReader,
                LocatingDocumentFactory factory,
                String displayPath,
                List<SourceComment> comments) {
            super(xmlReader);
            this.factory = factory;
            this.displayPath = displayPath;
            this.comments = comments;
        }

        @Override
        protected SAXContentHandler createContentHandler(XMLReader reader) {
            // No element handler: dom4j's dispatcher keeps the path of every open element, which grows
            // with the square of the depth.
            return new SAXContentHandler(factory, null) {

                /** Comments still waiting for the tag after them. */
                private final List<SourceComment> waiting = new ArrayList<>();

                private int lastTagLine;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes)
                        throws SAXException {
                    tagEndsHere();
                    super.startElement(uri, localName, qName, attributes);
                }

                @Override
                public void endElement(String uri, String localName, String qName) throws SAXException {
                    tagEndsHere();
                    super.endElement(uri, localName, qName);
                }

                @Override
                public void comment(char[] ch, int start, int length) throws SAXException {
                    String text = new String(ch, start, length);
                    int last = currentLine();
                    int first = last - (int) text.chars().filter(c -> c == '\n').count();
                    if (first == lastTagLine && first > 0) {
                        // It trails a tag on its own line, so it speaks of that tag, not of the next one.
                        comments.add(new SourceComment(displayPath, first, last, first, text.strip()));
                    } else {
                        waiting.add(new SourceComment(displayPath, first, last, 0, text.strip()));
                    }
                    super.comment(ch, start, length);
                }

                @Override
                public void endDocument() throws SAXException {
                    flushWaiting(0);
                    comments.sort(Comparator.comparingInt(SourceComment::firstLine));
                    super.endDocument();
                }

                private void tagEndsHere() {
                    lastTagLine = currentLine();
                    flushWaiting(lastTagLine);
                }

                private void flushWaiting(int nextLine) {
                    for (SourceComment comment : waiting) {
                        comments.add(new SourceComment(
                                displayPath, comment.firstLine(), comment.lastLine(), nextLine, comment.text()));
                    }
                    waiting.clear();
                }

                private int currentLine() {
                    return factory.locator == null ? 0 : factory.locator.getLineNumber();
                }

                @Override
                public void setDocumentLocator(Locator locator) {
                    super.setDocumentLocator(locator);
                    factory.locator = locator;
                }

                @Override
                public void skippedEntity(String name) throws SAXException {
                    // The parser loads no external entity and leaves out one it cannot find declared
                    // (its declaration may sit in an external DTD). The server may well read it, so what it
                    // holds, settings perhaps, must not simply vanish from the file the check judges.
                    if (!name.startsWith("%") && !name.equals("[dtd]")) {
                        throw new SAXParseException(
                                "the entity &" + name + "; is declared outside this file or not at all, and the"
                                        + " check loads no external entity, so what it brings in cannot be judged;"
                                        + " write its content into the file in its place",
                                factory.locator);
                    }
                }

                @Override
                public void attributeDecl(String element, String attribute, String type, String mode, String value)
                        throws SAXException {
                    // A default declared in the DOCTYPE would appear to us as a written attribute, while
                    // IIS's configuration reader takes no DTD: the file could look hardened to the check alone.
                    if (value != null) {
                        throw new SAXParseException(
                                "the DOCTYPE gives " + element + "/@" + attribute + " the default value \"" + value
                                        + "\"; the check does not trust DTD defaults, so write the attribute on the element",
                                factory.locator);
                    }
                }
            };
        }
    }
}
