package dev.hardening.bizagi.mojo;

/**
 * One {@code <suppression>} of the POM's {@code <suppressions>}, as Maven fills it in: the elements as
 * written, checked when the check starts.
 */
public final class PomSuppression {

    /** The rule id, or {@code *} with a path. Required. */
    private String rule;

    /** An Ant-style pattern of the files it covers, matched against the finding's path. Optional. */
    private String path;

    /** Why the finding is accepted. Required. */
    private String reason;

    /** The last day it holds, {@code yyyy-MM-dd}. Optional. */
    private String until;

    String rule() {
        return rule;
    }

    String path() {
        return path;
    }

    String reason() {
        return reason;
    }

    String until() {
        return until;
    }
}
