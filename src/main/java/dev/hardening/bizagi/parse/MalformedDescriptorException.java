package dev.hardening.bizagi.parse;

/** A configuration file that cannot be parsed: where, and the parser's reason. */
public final class MalformedDescriptorException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    public MalformedDescriptorException(String file, int line, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": cannot be parsed: " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
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
