package dev.hardening.bizagi.parse;

/**
 * A configuration file the check cannot take in: one that does not parse, or one that names another
 * file the check cannot resolve. Either way the check stops, naming the file, the line and why.
 */
public final class MalformedDescriptorException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    public MalformedDescriptorException(String file, int line, String reason, Throwable cause) {
        this(file, line, "cannot be parsed", reason, cause);
    }

    private MalformedDescriptorException(String file, int line, String what, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (what == null ? "" : what + ": ") + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** A file that parses but names another one the check cannot find or may not read. */
    public static MalformedDescriptorException unresolved(String file, int line, String reason) {
        return new MalformedDescriptorException(file, line, "cannot be resolved", reason, null);
    }

    /**
     * A file that parses but that the server it is meant for refuses to take, such as a web.xml with
     * two {@code session-config} blocks, so that judging any part of it would mislead.
     */
    public static MalformedDescriptorException refused(String file, int line, String reason) {
        return new MalformedDescriptorException(file, line, "is refused by the server", reason, null);
    }

    /**
     * A file that parses but is not of the kind the selection reads it as, such as a log4net file read
     * as web.config, so that judging it would mislead.
     */
    public static MalformedDescriptorException notReadableAs(String kind, String file, int line, String reason) {
        return new MalformedDescriptorException(file, line, "cannot be read as " + kind, reason, null);
    }

    /** A file that parses but that the package holds twice, so that which copy runs cannot be told. */
    public static MalformedDescriptorException ambiguous(String file, String reason) {
        return new MalformedDescriptorException(file, 0, "is ambiguous", reason, null);
    }

    /**
     * An archive or file the check could not read at all (corrupt, truncated, a zip bomb, an entry that
     * climbs out of it), so that nothing in it was judged; {@code reason} says what and why.
     */
    public static MalformedDescriptorException unreadable(String file, String reason, Throwable cause) {
        return new MalformedDescriptorException(file, 0, null, reason, cause);
    }

    /** The file's display path. */
    public String file() {
        return file;
    }

    /** The line the parser stopped at, 0 when it gave none. */
    public int line() {
        return line;
    }

    /** The parser's reason, in its words. */
    public String reason() {
        return reason;
    }
}
