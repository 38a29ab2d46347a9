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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.xml.sax.ext.Locator2;

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

    /** The {@code standalone} pseudo-attribute of an XML declaration. */
    private static final Pattern STANDALONE = Pattern.compile("standalone\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    /** The JDK parser's message for a reference to an entity it has no declaration of. */
    private static final Pattern PARSER_NOT_DECLARED =
            Pattern.compile("The entity \"([^\"]+)\" was referenced, but not declared\\.");

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
        Optional<Charset> utf16 = utf16ByteOrderMark(content);
        // .NET reads a file that starts with a UTF-16 byte-order mark as UTF-16 whatever its declaration
        // says (Notepad keeps encoding="utf-8" when it saves "Unicode"); a character stream makes the
        // parser do the same.
        String utf16Text = utf16.map(charset -> new String(content, 2, content.length - 2, charset))
                .orElse(null);
        Parse first =
                parse(utf16Text != null ? new InputSource(new StringReader(utf16Text)) : bytes(content), displayPath);
        if (!first.declarationsUnseen) {
            comments.accept(displayPath, first.comments);
            return first.document;
        }
        // Some declarations are out of sight (an external DTD, an external parameter entity), and the
        // parser then leaves a reference to an entity it has no declaration of out of an attribute value
        // without a word, where the server, reading the DTD, may put a setting. Read again as a document
        // that declares itself standalone, such a reference is an error wherever it stands.
        String text = utf16Text != null ? utf16Text : new String(content, first.encoding);
        Parse standalone = parse(new InputSource(new StringReader(asStandalone(text))), displayPath);
        comments.accept(displayPath, standalone.comments);
        return standalone.document;
    }

    /** One parse's document, the comments it held, and what the parser saw of its declarations. */
    private record Parse(
            Document document, List<SourceComment> comments, boolean declarationsUnseen, Charset encoding) {}

    private Parse parse(InputSource input, String displayPath) throws MalformedDescriptorException {
        LocatingDocumentFactory factory = new LocatingDocumentFactory();
        try {
            List<SourceComment> found = new ArrayList<>();
            LocatingSaxReader reader = new LocatingSaxReader(newXmlReader(), factory, displayPath, found);
            reader.setDocumentFactory(factory);
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            reader.setValidation(false);
            reader.setStripWhitespaceText(false);
            reader.setIncludeInternalDTDDeclarations(true);
            Document document = reader.read(input);
            return new Parse(document, List.copyOf(found), reader.declarationsUnseen, reader.encoding());
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

    private static InputSource bytes(byte[] content) {
        return new InputSource(new ByteArrayInputStream(content));
    }

    /**
     * {@code text} declaring itself standalone, on its first line so that every line keeps its number:
     * the XML declaration's {@code standalone} set to {@code yes}, or such a declaration put before the
     * first line when there is none.
     */
    static String asStandalone(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        if (!text.startsWith("<?xml", start) || text.length() <= start + 5 || !isXmlSpace(text.charAt(start + 5))) {
            return "<?xml version=\"1.0\" standalone=\"yes\"?>" + text.substring(start);
        }
        int end = text.indexOf("?>", start);
        if (end < 0) {
            return text;
        }
        String declaration = text.substring(start, end);
        Matcher standalone = STANDALONE.matcher(declaration);
        String declared =
                standalone.find() ? standalone.replaceFirst("standalone=\"yes\"") : declaration + " standalone=\"yes\"";
        return declared + text.substring(end);
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * Whether SAX's {@code name} for an entity is a general one, not a parameter entity ({@code %name})
     * or the external DTD subset ({@code [dtd]}).
     */
    private static boolean isGeneralEntity(String name) {
        return !name.startsWith("%") && !name.equals("[dtd]");
    }

    /** Why a file that refers to {@code name} without declaring it is refused. */
    private static String undeclared(String name) {
        return "the entity &" + name + "; is declared outside this file or not at all, and the check loads no"
                + " external entity, so what it brings in cannot be judged; write its content into the file in"
                + " its place";
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
            // The parser's own words for a reference it found no declaration of, a declaration perhaps
            // kept in an external parameter entity it did not load, get the reason the check refuses it.
            Matcher notDeclared = PARSER_NOT_DECLARED.matcher(String.valueOf(parse.getMessage()));
            String reason = notDeclared.matches() ? undeclared(notDeclared.group(1)) : parse.getMessage();
            return new MalformedDescriptorException(displayPath, Math.max(parse.getLineNumber(), 0), reason, e);
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

        /**
         * While the parser expands an entity, the line of the file that refers to it, where its elements
         * are said to be; 0 otherwise. The locator counts the entity's own lines there.
         */
        private int entityLine;

        @Override
        public Element createElement(QName name) {
            return new LocatedElement(
                    name, entityLine > 0 ? entityLine : locator == null ? 0 : locator.getLineNumber());
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

        /**
         * Whether some declarations are out of the parser's sight: an external DTD subset or an
         * external parameter entity, neither of which is loaded.
         */
        private boolean declarationsUnseen;

        /** The encoding the parser read the bytes in, as it names it at the first element. */
        private String encoding;

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

        /** The charset the parser read the bytes in; UTF-8, XML's default, when it named none Java has. */
        Charset encoding() {
            try {
                return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
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
                    // The parser names the encoding it read the bytes in while it reads; by the document's
                    // end it no longer does.
                    if (encoding == null && factory.locator instanceof Locator2 located) {
                        encoding = located.getEncoding();
                    }
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

                private void inDocument() {
                    if (entityDepth == 0) {
                        documentLine = currentLine();
                    }
                }

                private void tagEndsHere() {
                    inDocument();
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

                /** How deep the parser is inside entities expanded in content. */
                private int entityDepth;

                /** The line the parser last reported from the document itself, outside any entity. */
                private int documentLine;

                @Override
                public void characters(char[] ch, int start, int length) throws SAXException {
                    inDocument();
                    super.characters(ch, start, length);
                }

                @Override
                public void skippedEntity(String name) throws SAXException {
                    // The parser loads no external entity and leaves out one it cannot find declared
                    // (its declaration may sit in an external DTD). The server may well read it, so what it
                    // holds, settings perhaps, must not simply vanish from the file the check judges.
                    if (!isGeneralEntity(name)) {
                        declarationsUnseen = true;
                        parameterEntitySkipped |= name.startsWith("%");
                        return;
                    }
                    // Inside an entity the locator counts the entity's own lines; the reference is where
                    // the file refers to the outermost one.
                    throw new SAXParseException(
                            undeclared(name), null, null, entityDepth > 0 ? factory.entityLine : currentLine(), 0);
                }

                /** Whether the internal subset declared, or referred to, a parameter entity never loaded. */
                private boolean parameterEntitySkipped;

                @Override
                public void internalEntityDecl(String name, String value) throws SAXException {
                    requireNoEarlierDeclarationUnseen(name);
                    super.internalEntityDecl(name, value);
                }

                @Override
                public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
                    requireNoEarlierDeclarationUnseen(name);
                    if (name.startsWith("%")) {
                        // Never loaded: what it declares is out of sight from here on.
                        declarationsUnseen = true;
                        parameterEntitySkipped = true;
                    }
                    super.externalEntityDecl(name, publicId, systemId);
                }

                /**
                 * Refuses an entity declared after a parameter entity the parser did not load: that one
                 * may declare the same entity first, and the first declaration binds, so the value the
                 * server uses cannot be known.
                 */
                private void requireNoEarlierDeclarationUnseen(String name) throws SAXException {
                    if (parameterEntitySkipped && !name.startsWith("%")) {
                        throw new SAXParseException(
                                "the entity &" + name + "; is declared after a parameter entity the check does not"
                                        + " load, which may declare it first, and the first declaration is the one"
                                        + " that holds, so its value cannot be judged; declare it before the"
                                        + " parameter entity, or write its content into the file in its place",
                                factory.locator);
                    }
                }

                @Override
                public void startEntity(String name) throws SAXException {
                    if (isGeneralEntity(name) && entityDepth++ == 0) {
                        // The locator has already moved into the entity.
                        factory.entityLine = documentLine;
                    }
                    super.startEntity(name);
                }

                @Override
                public void endEntity(String name) throws SAXException {
                    if (isGeneralEntity(name) && --entityDepth == 0) {
                        factory.entityLine = 0;
                    }
                    super.endEntity(name);
                }

                @Override
                public void startDTD(String name, String publicId, String systemId) throws SAXException {
                    declarationsUnseen |= systemId != null;
                    super.startDTD(name, publicId, systemId);
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
