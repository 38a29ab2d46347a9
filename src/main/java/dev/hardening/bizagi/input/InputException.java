package dev.hardening.bizagi.input;

/** An input that cannot be read: a missing, corrupt or oversized archive or file. */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
