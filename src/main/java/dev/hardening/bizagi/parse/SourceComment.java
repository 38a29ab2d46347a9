package dev.hardening.bizagi.parse;

/**
 * A comment in a configuration file, with the lines it covers and the line of the markup it stands
 * above, so that a finding on that markup can be matched with it.
 *
 * @param file the file's display path
 * @param firstLine the 1-based line the comment starts on
 * @param lastLine the 1-based line the comment ends on
 * @param nextLine the line of the first tag (XML) or key (properties) after the comment, 0 when none
 *     follows; for a comment that trails a tag on its own line, that line, as the comment speaks of it
 * @param text the comment's text, without {@code <!--}, {@code -->} or the leading {@code #}
 */
public record SourceComment(String file, int firstLine, int lastLine, int nextLine, String text) {

    /** Whether the comment stands on {@code line} or directly above the markup on it. */
    public boolean appliesTo(int line) {
        return line > 0 && (line == nextLine || (firstLine <= line && line <= lastLine));
    }

    /** {@code file:line} of the comment's start. */
    public String where() {
        return file + ":" + firstLine;
    }
}
