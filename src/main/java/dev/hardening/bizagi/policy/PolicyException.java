package dev.hardening.bizagi.policy;

/**
 * A suppression or baseline the check cannot take: malformed, naming an unknown rule, or unreadable.
 * The message names the file and line, or the POM suppression, at fault.
 */
public final class PolicyException extends Exception {

    private static final long serialVersionUID = 1L;

    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
