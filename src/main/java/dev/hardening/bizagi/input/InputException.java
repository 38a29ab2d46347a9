package dev.hardening.bizagi.input;

/** An input that cannot be read: a missing, corrupt or oversized archive or file. */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String reason;

    /**
     * @param file the archive, entry or file, as messages name it
     * @param reason why it cannot be read
     */
    public InputException(String file, String reason) {
        this(file, reason, null);
    }

    public InputException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The archive, entry or file that cannot be read. */
    public String file() {
        return file;
    }

    /** Why it cannot be read. */
    public String reason() {
        return reason;
    }
}
